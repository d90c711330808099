"""What is asked for, in words, when it is someone's closeness: touch, a date, an introduction.

Split from `core.asks.requests` (money, things and contact details), which these follow in
the slots' reading. Touch is asked of a body, a date of a heart, and an introduction to
someone only noticed is a date by a friend's hand. The patterns match the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks import (
    closeness,
    evenings_out,
    hair_and_collars,
    hands_in_other_tongues,
    hands_on,
    love_letters,
    outings,
    overstepping,
    touch_further_afield,
)
from core.asks import taking_liberties as liberties
from core.asks.text import words

TOUCH = words(
    r"hug(?:s|ged|ging)?|kiss(?:es|ed|ing)?|cuddl\w*|massag\w*|snuggl\w*|tickl\w*|peluk(?:an)?"
    r"|bes(?:o|ito)s?|beij(?:o|inho)s?|bisous?|cium(?:an)?(?! (?:bau|aroma|wangi))|kecup(?:an)?"
    r"|cipika[- ]?cipiki",
    r"(?<!in )(?<!down a )(?<!up a )(?<!back a )(?<!just a )touch(?:es|ed|ing)?(?! base| with"
    r"| rugby| footy| football| tag\b)(?!(?<= a touch) (?:more|less|quieter|louder|lower"
    r"|higher|longer|shorter|earlier|later|slower|faster|warmer|cooler|softer|brighter|dimmer)\b)",
    r"hold (?:my|her|his|their|your) hands?|hold (?:on ?to )?my arm\b(?! (?:still|steady|in place"
    r"|out|straight|up|down)\b)|hold(?:ing)? hands|hold me\b(?! to| accountable"
    r"| responsible)",
    r"high[- ]?fives?|fist[- ]?bumps?|handshakes?|shake (?:my|their|his|her|your)? ?hands?",
    r"(?:shoulder|back|foot) rub|rub (?:my|their|his|her) (?:back|shoulders?|feet|neck"
    r"|head|arms?|hands?|legs?)|(?:neck|head|arm|leg) rub",
    r"(?:scrub|soap|oil|lotion|moisturi[sz]e|rub (?:\w+ ){0,2}(?:on|into)) (?:my|their|his|her)"
    r" (?:back|shoulders?|neck|chest|legs?|body)\b",
    r"piggy[- ]?back\w*|carry me|lean on (?:their|his|her|your)|rest my head|on (?:their|his|her"
    r"|my) lap|(?:lean|lay|put|rest) (?:my|your) head (?:on|against) (?:their|his|her|someone"
    r"|somebody|(?:the|a|that|this) (?:\w+ )?(?:stranger|man|woman|guy|girl|person|passenger"
    r"|lady|bloke|oke))\b|(?:nap|sleep|doze) on (?:their"
    r"|his|her|someone's|a stranger's) shoulder|sit on (?:the|a|someone's|a stranger's) (?:lap"
    r"|knee|knees)\b|(?:lap|knee|knees|shoulders) of (?:the|a|that|this|some)\b",
    r"(?:give|do|faire) (?:\w+ ){0,4}(?:la bise|the bise|bisous?|un beso|a beso|besos)"
    r"|(?:a |the )?(?:kiss|peck|bise)(?:es)? on (?:the|both|each) cheeks?",
    r"arm[- ]?wrestl\w*|feel (?:their|his|her) \w+|pat (?:their|his|her|them|me)(?! (?:dog|cat"
    r"|puppy|pet|horse))",
    r"dance (?:\w+ )?(?:close|cheek)|slow dance|stroke (?:their|his|her)",
    r"follow (?:them|him|her|someone|people|a stranger|strangers) (?:around|home|out|outside"
    r"|to their)|follow (?:a stranger|strangers)",
    r"block (?:their|the|someone's) (?:way|path|door)|block the shop door|corner (?:them|him|her"
    r"|someone)",
    r"link (?:arms|arm)|arm in arm|bump (?:hips|shoulders|chests)|sit on (?:their|his"
    r"|her) (?:shoulders|lap|knee)",
    r"(?:touch|feel|squeeze|braid|stroke|fix|grab|poke|smell|brush|style|adjust|straighten|hold"
    r"|rub|kiss|play with) (?:the (?:texture|skin|softness) of )?(?:their|his|her|your)"
    r" (?:arm|arms|hair|shoulders?|hands?|face"
    r"|cheeks?|waist|back|hips?|lap|knees?|legs?|feet|neck|collar|tie|muscles?|beard|skin|tattoo|ear|nose|belly"
    r"|tummy)",
    r"(?:touch|feel|stroke|rub) (?:the (?:texture|skin|softness|ink|lines|raised \w+) (?:of|on)"
    r" )?(?:their|his|her|your) (?:tattoos|scars?|piercings?|biceps|abs|curls|dreads|braids"
    r"|stubble)",
    r"holding my (?:waist|hand|arm)|by (?:holding|touching) my",
    r"(?:tie|do up|untie) (?:their|his|her) (?:shoelaces?|laces|shoes|tie|scarf)|(?:arms"
    r"|hands?) around (?:them|him|her)",
    r"arms? around (?:her|him|them|me)|(?:sit|perch) on my (?:knee|lap)",
    r"(?:touch|feel|brush|wipe|fix|stroke|smell|sniff|kiss|pat|poke|flick) (?:\w+ ){0,3}(?:a|the"
    r"|some) (?:\w+ )?\w+'s (?:cheeks?|face|hair|shoulders?|arms?|wrists?|neck|hands?|beard|lips"
    r"|ears?)|sniff (?:her|his|their) (?:wrist|neck|hair|perfume)",
    r"(?:tie|do up|untie) (?:a stranger's|someone's|(?:a|the) \w+'s) (?:shoelaces?|laces|shoes)",
    r"(?:stand|lean|get|sit|stay) (?:in )?(?:really |right |very |super )?(?:up )?close (?:to"
    r"|beside|next to)|lean in (?:really |very |super )?close",
    r"invade (?:their|his|her) (?:personal )?space",
    *closeness.TOUCH,
    *hands_on.PATTERNS,
    *hair_and_collars.PATTERNS,
    *hands_in_other_tongues.PATTERNS,
    *touch_further_afield.PATTERNS,
)

TOUCH_TRADES = words(
    r"(?:the|a|an|my|your|our|her|his) (?:\w+ )?(?:massage|shiatsu|sports massage|thai massage)"
    r" (?:therapists?|practitioners?|therapist's|place|parlou?r|salon|studio|clinic|centre|center"
    r"|chair|table)|(?:the|a|an|my|your|our|her|his) (?:\w+ )?(?:massage|shiatsu) (?:school"
    r"|course)(?! on (?:her|his|their|them|him|you|someone|somebody|people|strangers)\b)",
)
"""A trade or a place named for massage ("ask the massage therapist to go harder on my lower
back", "the massage place on Main St"): the name of who is asked or where, not touch asked of
them; a massage asked for in words of its own ("massage my shoulders") is still read as touch,
and so is a course practised "on her shoulders".
`core.asks.wants` reads touch without these names."""

ROMANCE = words(
    r"ask (?:[\w-]+(?:'s|s')? ){1,8}?(?<!take )(?<!find )(?<!work )(?<!check )(?<!point )"
    r"(?<!hand )(?<!sort )(?<!print )(?<!carry )(?<!try )(?<!it )(?<!straight )(?<!flat )"
    r"(?<!help )(?<!helping )(?<!fill )(?<!figure )(?<!clear )(?<!give )(?<!send )"
    r"(?<!sign )(?<!log )(?<!opt )(?<!look )(?<!watch )(?<!cut )(?<!spell )(?<!read )"
    r"out(?! of| loud| for (?:a|the)"
    r" (?:walk|run))|ask out",
    r"(?:on|for|to|go on) (?:a|the) (?:date|dinner date)|a date|(?:date|dates) with"
    r"|for date\b(?! of)",
    r"(?:maybe|hope|hoping|if|whether|so) (?:she|he|they)(?:'s| is| are|'re)? (?:also |too |even )?"
    r"interested\b(?! in\b)",
    r"(?:on|for|to|go on) a rendez-?vous(?! (?:about|to (?:discuss|talk|go over)|regarding|for"
    r" (?:my|his|her|our|their)|at the|with the (?:doctor|bank|office)))",
    r"go out with (?:me|him|her|them)|(?:would|if) (?:\w+ ){0,2}(?:go|come) out with",
    r"(?:she|he|they)(?:'s| is|'re| are) single|if (?:she's|he's|they're) single",
    r"ask (?:the|a|that|this) (?:\w+ ){0,2}(?:girl|guy|woman|man|lady|bloke|lad|lass|fella)"
    r" (?:(?:sat |sitting |standing )?next to (?:me|us) )?(?:at|from|in|on|behind)"
    r" (?:(?!(?:to|if|whether|for|and|so|but|it|them)\b)[\w'-]+ ){1,7}?"
    r"(?<!straight )(?<!flat )(?<!it )(?<!them )out\b(?! of| loud)",
    r"toast (?:one |a |that |this |the |some )?(?:\w+ )?(?:girl|babe|woman|lady|sisi|chic)s?",
    r"flirt\w*|chat (?:\w+ )?up|pick up (?:a|the|some) (?:\w+ )?(?:woman|man|girl|guy|women|men"
    r"|girls|guys)|hit on",
    r"(?:find (?:her|him|them)|(?:she|he|they)(?:'s| is|'re| are)) (?:so |very |really |truly"
    r" |super |quite )?(?:beautiful|gorgeous|pretty"
    r"|cute|hot|sexy|handsome|stunning)",
    r"(?:the |a |an )?(?:pretty|cute|hot|attractive|gorgeous|sexy|handsome|beautiful"
    r"|good-looking) (?:\w+ )?(?:stranger|woman|man|girl|guy|barista|waiter|waitress|cashier"
    r"|person|one)",
    r"(?:are|is|they're|she's|he's) (?:gorgeous|beautiful|stunning|hot|sexy|cute)",
    r"be my (?:girlfriend|boyfriend|partner|wife|husband|valentine|date)",
    r"(?:to|would|will|wanna|want to|like to|'d)(?: ever| maybe| even| consider| think about)?"
    r" date (?:me|him|her|them)",
    r"(?:seeing|dating) (?:anyone|someone)|(?:have|has) a (?:partner|boyfriend|girlfriend)",
    r"(?:'s|has|have|'ve) got a (?:partner|boyfriend|girlfriend|husband|wife)",
    r"(?:go|going) out (?:sometime|some time|together|with me)|take (?:her|him|them) (?:out"
    r"|to dinner|on a date)",
    r"come (?:back )?home with me|back to my place|spend the night|(?:come|go|head) back to mine\b",
    r"tak(?:e|ing) (?:her|him|them) out",
    r"(?:come|go) (?:back )?to my (?:place|flat|house|room|hotel|tent|bed|car)|take me out\b",
    r"(?:i|i've) (?:fancy|have a crush on|am attracted to|'m attracted to) (?:her|him|them|you)"
    r"|i'm attracted to",
    r"friends with benefits|hook ?up|one-night stand|sleep with|make out with",
    r"(?:for|have|grab|get|share) (?:a |some )?(?:drinks?|glass of wine|pint) (?:\w+ ){0,3}with me",
    r"call me(?= ;\))|my (?:name and )?number on (?:the|a) (?:receipt|napkin|cup|note)",
    r"(?:leave|write|slip) (?:\w+ ){0,3}my number|take (?:him|her|them) somewhere",
    r"get to know me (?:better )?over|over a (?:bottle|glass) of (?:red|wine|white|rose|rosé)",
    r"(?:if|whether) (?:she|he|they)(?:'s| is|'re| are) taken|what (?:his|her|their) type is"
    r"|(?:up|back) to my hotel|note with (?:a )?(?:little )?heart|not as (?:patient|client"
    r"|customer)",
    r"(?:if|whether) (?:she|he|him|her)(?:'s| is)? (?:single|taken|available)\b|(?:if|whether)"
    r" (?:she|he|him|her)(?:'s| is)? married,? (?:and |or )?(?:if not|not|single)\b",
    r"invitar(?:la|lo)? a salir|sal(?:ir|ga|dría) conmigo|una cita con",
    r"(?:coffee|drinks?|tea|movie|brunch|picnic|lunch) date\b|(?:go|come|going) (?:out )?dancing"
    r" with (?:me|an? (?:\w+ )?(?:widow|widower|man|woman|guy|gent|bloke|fella|lady))\b",
    r"(?:if|whether) (?:she|he|they) (?:has|have|got|has got) (?:a )?(?:bf|gf|boyfriend"
    r"|girlfriend|jowa)\b",
    r"(?:come|go|pop|sneak) (?:back |down |up |over |round )?(?:to|into) my (?:cabin|bunk|berth"
    r"|quarters|bedroom)\b",
    *outings.ROMANCE,
    *evenings_out.ROMANCE,
    *liberties.ROMANCE,
    *love_letters.ROMANCE,
)
INVITE = words(
    r"\S*?(?:สองต่อสอง|ไปเดท|ไปดูหนัง|ไปกินข้าว)\S*",  # Thai: just us two, a date, a film, dinner
    r"(?:together|with me|with you) over (?:a |some )?(?:dinner|a meal|lunch|coffee)|over (?:a "
    r"|some )?"
    r"(?:wine|drinks|cocktails|glass of \w+|bottle of \w+|pints)"
    r"|(?<!for )(?:just|only) the two of us|(?:just|only) (?:you and me|me and you|us two)",
    r"(?:(?:if|whether) (?:she|he)(?:'d| would| will|'ll| wan| wants? to)?|ask (?:her|him) to)"
    r" (?:come|go|comes|goes) (?:out |along )?with me (?:to|on)\b(?! (?:the |my |her |his )?"
    r"(?:dentist|doctor|gp|hospital|clinic|vet|appointment|bank|police|court|council|interview|funeral|pharmacy"
    r"|chemist|station|airport|office)\b)",
    r"(?:go|come) (?:and )?(?:see|watch) (?:a|the) (?:movie|film|show|play|gig|concert)"
    r"|(?:movie|film|gig|concert|show) with (?:me|you)\b",
    r"(?:dinner|a drink|drinks|coffee|lunch) with me|have dinner",
    r"(?:invite|take) (?:[\w']+ ){1,14}?(?:to|for|out for) (?:a )?(?:dinner|lunch|drinks?|coffee)",
    r"ask (?:[\w']+ ){1,14}?(?:to|out for|out to) (?:a )?(?:dinner|lunch|drinks?|coffee|cuppa"
    r"|meal|pint|bite)",
    r"(?:to|out to) dine\b|dine with me|meet (?:up with )?me alone\b",
    r"(?:come|go) (?:out )?to (?:a|an) (?:[\w-]+ ){1,2}?with me\b",
    r"(?:go|come|get|grab|have) (?:a |some )?(?:dinner|lunch|drinks?|coffee) (?:with me|together"
    r"|sometime|later|tonight)",
    r"(?:go|come) (?:out|for a walk|to the cinema|to a film) with me|hang out",
    r"(?:(?:like|want|fancy) (?:a|to get a|to grab a)|(?:likes|wants|wanna|fancies) (?:to get a"
    r"|to grab a|to go for a|to go get a)) (?:drink|coffee|dinner|bite)(?: sometime"
    r"| together| with me)?",
    r"meet (?:up|me)(?: \w+){0,3} (?:sometime|some time|after (?:work|we land|landing|the flight"
    r"|(?:your|her|his|their) shift)|later|tonight|this weekend|for (?:a )?(?:drink|coffee"
    r"|dinner))",
    r"(?:want|wants|wan|fancy|fancies|like) (?:a |an |some )?(?:pastis|pint|beer|glass of \w+"
    r"|wine|ap[ée]ro|aperitif|spritz|drink|coffee|café) with me\b|(?:want|wants|wan|fancy"
    r"|fancies) (?:to )?(?:come|go) (?:fi|for) (?:dinner|a meal|lunch|a drink|drinks)\b(?! (?:with"
    r"|at) (?:my|our|the|di) (?:family|parents|team|class|club|group|neighbours|kids|crew|gang"
    r"|lot|whole))",
    r"stay (?:the|one more|another|an extra) night (?:\w+ ){0,4}?with me (?:only|alone)\b",
    r"(?:cinema|movies|pictures) with me|(?:come|go) to the (?:cinema|movies|pictures)"
    r"|(?:go|going|come) for (?:a )?drinks?(?: \w+){0,2} after|drinks after",
    r"meet up outside (?:of )?(?:the |work|class)"
    r"|(?:after|once) (?:her|his|their|your) (?:shift|duty)",
    r"(?:take|have|grab|drink|share|get) (?:a |some |a cup of )?(?:tea|coffee|chai|drink"
    r"|gl[üu]hwein|beer|pint|wine|lassi|bubble tea) with me\b",
    r"ask (?:[\w']+ ){1,12}?to (?:grab|get|have|go for) (?:a |some )?(?:drinks?|coffee|dinner"
    r"|lunch|bite|beer|pint)\b(?! (?:for|to go|to take|from|on)\b)",
    r"free for (?:a |some )?(?:drink|coffee|tea|chai|gl[üu]hwein|beer|pint|wine|bite|dinner|lunch"
    r"|meal)\b(?: \w+){0,2} (?:after|later|tonight|once)\b",
    *outings.INVITE,
    *evenings_out.INVITE,
    *overstepping.INVITE,
    r"ask (?:the |a |that |this )?(?:cute|hot|fit|handsome|pretty|gorgeous|beautiful|sexy|fine"
    r"|lovely) (?:[\w']+ ){0,10}?for (?:a )?(?:drinks?|dinner|coffee|lunch|a bite|a meal)\b",
    r"(?:ask (?:her|him|them|(?:the|a|that|this) (?:[\w']+ ){0,6}?)to|(?:if|whether) (?:she|he)"
    r"(?:'d| would)?(?: like to| wants? to| wanna)?) (?:come|go) (?:out )?for (?:a )?(?:dinner"
    r"|drinks?|a meal|a bite)\b(?! (?:with|at) (?:my|our|the) (?:family|parents|team|class|club"
    r"|group|neighbours|kids|crew|gang|lot|whole))",
    r"(?:wants? to|wanna|(?:if|whether) (?:she|he)(?:'d| would)?(?: like to| wants? to| wanna)?)"
    r" (?:ride|come|tag|drive|road ?trip) along (?:to [\w-]+ )?with me\b",
    r"(?:want|wants|wanna|like to|go) (?:to )?(?:go )?(?:to )?(?:the |a )?(?:cafe|café|coffee shop"
    r"|cinema|movies) with me\b",
    r"follow (?:me|mi) go (?:eat|chop|drink|dance|club|watch|see (?:film|movie)|hang ?out|jolly)\b",
    # The user's hotel room, asked to with nothing to fix or bring: "to come up to my room tonight".
    r"(?:come|pop|stop|drop|swing) (?:up |over |by |round |back )?(?:to|into|by) my (?:hotel"
    r" |guest |cabin |dorm )?room(?= tonight| later| after (?:her|his|their) shift| when (?:she"
    r"|he|they) (?:finish|clock|get off)| once (?:she|he|they) (?:finish|clock|get off)| for (?:a"
    r" |an )?(?:drink|nightcap|chat|while|bit|glass|cuddle|movie)|\s*[.,!?;]|\s*$)",
)
INTRODUCE_TO_NOTICED = words(
    r"introduce (?:me|you) to (?:someone|somebody|a \w+|the \w+) (?:\w+ ){0,2}(?:you|i)(?:'ve"
    r"| have)? ?(?:noticed|seen|spotted|keep seeing|fancy|have a crush on)",
    r"introduce (?:me|you) to (?:the|a) (?:\w+ )?(?:girl|guy|woman|man|person) (?:i"
    r"|you) (?:keep seeing|noticed|saw|fancy)",
    # Someone only seen a moment ago, or noticed before the ask: "the guy at the bar, I just saw
    # him", "I noticed a very elegant gentleman ... introduce me to him".
    r"introduce (?:me|us) to (?:the|that|this|a) (?:\w+ ){0,3}(?:guy|girl|man|woman|gentleman|lady"
    r"|bloke|chap|dude|lad|lass)\b.{0,40}\b(?:i|we) (?:just |only )?(?:saw|noticed|spotted|clocked)"
    r" (?:him|her|them)\b",
    r"(?:i|we) (?:noticed|spotted|clocked) (?:a|an|the|this) (?:\w+ ){0,3}(?:guy|girl|man|woman"
    r"|gentleman|lady|bloke|chap|dude|lad|lass)\b.{0,80}\bintroduce (?:me|us) to (?:him|her)\b",
    # A stranger asked to introduce the user to a woman or a man who is with them.
    r"(?:random|stranger)\b.{0,60}\bintroduce (?:me|us) to (?:his|her|their) (?:\w+ )?(?:sister"
    r"|daughter|niece|cousin|friend|mate|brother|son|girlfriend|boyfriend)\b",
)
