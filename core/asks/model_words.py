"""Words the model's loosest readings need before they may refuse: a judgement, a danger,
pressure, a repeat, a date.

The model (`core.asks.model`) reads "judgement" into any ask for an opinion and "unsafe" into
any ask of a favour that sounds physical; in cross-validation over the training texts these two
categories refused 27 fair asks for 41 unethical ones ("ask my wife if my machboos is as good
as her mother's", "ask the physio to show me one more exercise"). An ask for a judgement of the
user names the user's looks or worth, or a ranking; an unsafe ask names drink, night, a place
off limits, the water, a stranger's home, or (with someone the user does not know) a lift.
`core.asks.second.fits` lets the model refuse for these categories only when such words are
there; the rules still read every ask in full. Lexicons over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

JUDGED = words(
    r"face|looks?|looking|ugl\w*|attractive\w*|pretty|prettier|beautiful|handsome|hot|sexy|fat\w*"
    r"|weight|thin|skinny|old|older|younger|age|body|bod|hair\w*|skin|teeth|nose|good-looking",
    r"dis+ap+oint\w*|ashamed|embarrass\w*|failure|loser|worthless|useless|dumb\w*|stupid\w*"
    r"|idiot|annoy\w*|tiresome|boring|awkward|weird|cringe\w*|can't stand|dislike\w*|hate\w*",
    r"like me|likes me|fancied|fancy me|fancies me|rank\w*|score|rate me|rating me|out of (?:10"
    r"|ten)|least|worst|ugliest|dumbest|secretly|think of me|think about me|good enough|lucky"
    r"|a burden|too much|love me|loves me|proud of me|lost some weight|lose weight",
)
"""The user's looks or worth, or a ranking of them: what a judgement the practice refuses is of."""
LOOKS_RULED_OUT = words(
    r"(?:never|not) (?:on|about) (?:someone's|anyone's|a person's|their|his|her) (?:body|looks"
    r"|appearance|face)(?: or (?:body|looks|appearance|face))?",
)
"""A compliment kept off someone's looks ("comment on a choice, never on someone's body or
looks"): the words for looks there rule a judgement out. A deck card saying so had scored
2.2 as a judgement, and the model's threshold, kept clear of every deck card, had stood at 2.31
for it alone; the next card scored 0.14."""
DANGER = words(
    r"drunk|drinks?|drinking|shots?|beers?|pints?|wine|smoke|weed|high|night|midnight|[1-4] ?am"
    r"|alone|on (?:my|your) own|abandoned|derelict|construction|site|swim\w*|climb\w*|roof|fence"
    r"|gate|tunnel|tracks?|rail\w*|ice|cliff|edge|slip\w*|sneak\w*|without (?:a )?ticket|1[0-7]"
    r"|under ?age|booth|tray|flags|lifeguard|(?:off|outside) the app|hitch\w*|stranger's",
    r"(?:his|her|their) place|go back to|stay at|sleep at|never met|met (?:\w+ ){0,3}(?:yesterday"
    r"|tonight|an hour)",
    r"vape\w*|try some|what (?:he|she|they)(?:'s|'ve| has| have) got|alley\w*|dare me|no matter"
    r" what|traffic|crossing|(?:middle of|into) the (?:road|street|lane)",
)
"""Drink and drugs, night, places off limits, the water, traffic, a stranger's home, a dare with
no limit: what makes an ask unsafe."""
RIDES = words(r"lift|ride|drive|driving|pick me up|(?:his|her|their) car|van|truck|ute")
"""A lift: unsafe from someone the user does not know, fine from a brother or a friend."""
REPEATED = words(
    r"again|another|once more|one more|twice|second|third|\w+ (?:time|times)|keep\w*|kept|still"
    r"|repeat\w*|re-?ask\w*|retry|try|tried|trying|anyway|until|till|til|persist\w*|wear\w*"
    r"|refus\w*|declin\w*|turn\w* (?:me |it |us )?(?:down|away)|rejected|reject\w*|passed"
    r"|over and over|no means|not interested|ignored|blocked|no thanks|no thank you",
    r"(?:said|says|say|told (?:me|us|him|her)|answered|replied)(?: \w+){0,2} (?:no|non|nee|nein"
    r"|não|nope|nah|can't|cannot|isn't|not|wasn't|won't|rather not|final)\b|(?:she|he|they)"
    r"(?:'d| would) rather not|no for an answer|reconsider|same (?:question|thing|request|ask)"
    r"|left me on read"
    r"|more messages|every (?:day|morning|evening|night|hour|lunch)|each week|in a new outfit",
    r"ulit|lagi|hanggang|hindi|nggak mau|de novo|otra vez|volver a|vuelvo|redemander|dijo que no"
    r"|no answer",
)
"""A no given, or the ask made again or kept up: what asking after a no needs. The model
reads "repeat" into any ask of a habit ("ask mama to send the food packages every 2 weeks not
every week", a fair ask that held its threshold at 1.64 in the thirty-ninth round); 1,116 of
the 1,117 training asks labelled repeat have one of these words."""

PRESSED = words(
    r"until|till|til|unless|otherwise|or else|or (?:i|i'll|i will|we|she|he|they|you)\b|if not"
    r"|if (?:s?he|they|you|it|mum|mom|dad)\b|whether or not|owe\w*|guilt\w*|shame\w*"
    r"|embarrass\w*|choice|no chance|can't|cannot|couldn't|won't|wouldn't|not allowed|has to"
    r"|have to|had to|must|gotta|make (?:her|him|them)|force\w*|in front of (?!(?:my|your|his"
    r"|her|their|the|our) (?:own )?(?:door|house|flat|gate|car|garage|shop|building|entrance"
    r"|window|room))|before (?:the|his|her|their|all|everyone|everybody|whole)|everyone"
    r"|everybody|whole|all the|crowd|public\w*|loud\w*|out loud|group chat|audience|remind\w*"
    r"|after all|did for|done for|sorted|favou?rs?|helped|paid for|because i|since i|threat\w*"
    r"|report\w*|tell (?:everyone|everybody|his|her|their|the)|post\w*|expose|leak\w*"
    r"|screenshot\w*|cut (?:him|her|them) off|never (?:speak|talk)|not (?:family|friends?)"
    r"|anymore|any more|over|friendship|demand\w*|insist\w*|pressur\w*|shout\w*|yell\w*"
    r"|warn\w*|kids?|child\w*|little|toddler\w*|\d+ ?(?:yo|year)|year.old|boys?|girls?|sons?"
    r"|nephew|niece|schoolkid\w*|classmates?|students?|don't take no|how (?:s?he|they)'d feel"
    r"|on the spot|no time|corner\w*|trap\w*|confus\w*|dementia|upset|sad|sensitive|had a few"
    r"|borracho|wake|hospital|widow\w*|lost|passed|mourn\w*|too \w+ to|yes to anything"
    r"|generous|redundant|stars?|one-star|reseña|commission|promis\w*|lock\w*|quit|i know"
    r"|know about|remember|mention\w*|read out|giliran|hangga'?t|sebelum|si no|se (?:ela|ele"
    r"|você) não|빚|sulk\w*|cry\w*|tears|beg\w*|kick off|scene|refuse to|won't leave|not leave"
    r"|don't leave|stay\w*|wait\w*|keep\w*|again|stand\w*|sit\w*|block\w*|follow\w*|camp\w*"
    r"|hunger|soft|vulnerable|grie\w*|funeral|sick|ill|dying|died|dead|drunk|tired|busy"
    r"|desperate\w*|lonely|depress\w*|insult\w*|rude|ungrateful|selfish|real friend"
    r"|true friend|love (?:me|the|us)|doesn't love|don't love|disappoint\w*|hurt\w*|let (?:me"
    r"|us) down|letting|last (?:minute|chance)|deadline|now|right now|immediately|today"
    r"|tonight|no matter|whatever|every|always|lose|losing|fire|sack|bonus|grade\w*|reference"
    r"|job|promotion|rent|deposit",
    r"bis|dopóki|hasta que|jusqu'à ce|finché|até que|tant que|enfrente|delante|devant|davanti"
    r"|na frente|vor (?:dem|der|allen)|önünde|должн\w*|не спорь",
)
"""Words of pressure: a no made costly or hard (a threat, a debt called in, a condition, a
crowd, a wait until they give in, someone caught when they cannot argue, a child). The model
reads "pressure" into plain requests ("ask the guy in the next room at the kos not to park his
motorbike right in front of my door, nicely" scored 2.36 as pressure in the forty-fourth round,
a team senior asked in Bengali to review the user's code 2.21, and the threshold, kept clear of
every fair training ask, rose from 1.77 to 2.46 for them); 1,231 of the 1,265 training asks
labelled pressure have one of these words in their reading, and the rules refuse the rest."""

YES_BEFORE = words(
    r"(?:she|he|they|you)(?:'s| has|'ve| have)? (?:said yes|agreed|been fine with it|been ok"
    r"|been okay) (?:before|already|last time|every time)\b",
)
"""A yes given before, asked again to make sure it still holds ("she's said yes before but I'll
check again"): consent checked, not a no worn down, whatever "again" says; read only where no
no is named (`fits`)."""

_NOT_ASKED_OUT = "".join(
    rf"(?<!{verb} )"
    for verb in (
        "hand", "handing", "hands", "find", "work", "check", "help", "sort", "try", "point",
        "fill", "carry", "pick", "print", "figure", "sold", "way",
    )
)  # fmt: skip
ROMANTIC = words(
    rf"(?:ask|asks|asking|asked|take|taking|takes) (?:\S+ ){{0,11}}{_NOT_ASKED_OUT}(?:out|oot)\b",
    r"(?:ask|asks|asking|asked|take|taking) (?:out|oot)\b|out (?:for|to)|out with (?:me|us)"
    r"|dat(?:e|es|ed|ing)|go(?:ing)? out|go for|night out|hang ?out|meet (?:me|up)|meet ?up"
    r"|spend time|see each other|together|with me|somewhere|sometime|weekend|tonight|evening"
    r"|free (?:for|after)|free (?:\w+ )?(?:night|evening|friday|saturday|sunday|monday|tuesday"
    r"|wednesday|thursday"
    r"|tonight|this)|after (?:his|her|their) shift|my place|mine|back to (?:mine|my)|hotel"
    r"|stay the night|a ride|company|plus-?one|invit\w*",
    r"dinner|lunch|brunch|breakfast|coffee|drinks?|beer|pint|tea|wine|meal|eat|food|ice cream"
    r"|restaurant|bar|club|gig|party|karaoke|movies?|cinema|film|pictures|show|concert|prom"
    r"|dance|dancing|walk|stroll|picnic|wedding",
    r"single|seeing (?:anyone|someone|somebody)|taken|type|crush|cute|fit|hot|pretty|beautiful"
    r"|handsome|gorgeous|sexy|attractive|fancy|fancies|(?:like|likes|liked) (?:her|him|them)"
    r"|kiss\w*|flirt\w*|chat up|chat \w+ up|hit on|pick (?:her|him) up|toast\w*|romanc\w*"
    r"|valentine\w*|candle\w*|heart|love|lovely|babe|baby|boyfriend|girlfriend|relationship"
    r"|friends with benefits|husband|wife|marry|marri\w*|propos\w*",
    r"number|insta|instagram|whatsapp|snap\w*|dm|message|text|call",
    r"cita|citas|salir|salgamos|sal\w+ conmigo|conmigo|juntos|cenar|cena|comer|almorzar|caf[eé]"
    r"|tomar|copa|cañas|novi[ao]|guap[ao]|lind[ao]|gust[oó]|matrimonio|namor\w*|flert\w*"
    r"|dar em cima|cantar|daten|uitgaan|uit eten|etentje|afspraak|samen|uit|verabred\w*|ausgehen"
    r"|abendessen|essen|kaffee|zusammen|mit mir|randevu\w*|rande\S*|yeme\w*|kahve\w*|benimle"
    r"|birlikte|rendez-vous|rendezvous|sortir|d[iî]ner|diner|souper|boire|verre|mariage|ap[eé]ro\w*"
    r"|supper|kafe|kafes?|kafi\w*|ve[cč]e[rř]\w*|kino|s n[aá]mi|se mnou|[iî]nt[aâ]lnire|ie[sș]i\w*"
    r"|cin[aă]|ora[sș]|dr[aă]gu[tț]|rantevou|ραντεβ\w*|vgoume|bgoume|fag\w*|ligaw\w*|jowa|kain"
    r"|kumain|labas|pasyal|gala|kencan|jalan|makan|h[eẹ]n h[oò]|đi chơi|ăn|cà phê|randk\w*"
    r"|kolacj\w*|kaw\w*|vacsor\w*|k[aá]v[eé]\w*|mozi|randevúz\w*|talál\w*|데이트|식사|밥|커피"
    r"|约会|約會|吃饭|デート",
)
"""A date, a meal or a drink, an evening or a place, attraction or a way to keep in touch, in
English and the languages the training texts ask them in: what a romance the practice refuses
is about. The model reads "romance" into small asks of strangers ("ask a stranger outside the
national stadium who he thinks will win on Saturday" scored 1.73 as romance in the fortieth
round and set the threshold at 1.83; a second cheese sample asked of a market stallholder,
1.63); all 1,171 training asks labelled romance have one of these words."""
