"""Threats made beside an ask, said outright or veiled: a no made to cost the other person.

An ask with a threat attached is no longer an ask. Some threats are plain ultimatums ("Friday
off or I quit", "come to my show or we're done", "say our friendship depends on it"); others
are veiled, a gentle mention that the user knows something about the person ("remind her,
kindly, that I know about her long coffee breaks", "mentioning that I still remember certain
things about the temple's finances"), or a hint, when asking a favour of a host or a shop,
that the user writes reviews. The softening word ("kindly", "nicely", "casually") changes
nothing: the other person hears what a no would cost. `core.asks.slots` reads a threat into
the ask's `demands`, beside the insisting and leaning on someone of `core.asks.leverage`;
these lexicons match the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.branded_noes import brands_a_no
from core.asks.text import has, words

_WE_END = (
    r"(?:we(?:'re| are| is)?|it(?:'s| is)|its|this(?:'s| is)|that(?:'s| is)|our (?:friendship"
    r"|relationship|marriage)(?:'s| is)?|the (?:friendship|relationship)(?:'s| is)?)"
    r" (?:basically |pretty much |totally |officially |so |just )?(?:done|through|over|finished"
    r"|dead)\b|our (?:friendship|relationship|love) (?:isn't|is not|wasn't|was never|was not"
    r"|can't be|cannot be) (?:real|true|genuine)\b"
)
"""The relationship ended or unmasked: "we're done", "it's basically over", "our friendship is
over", "our friendship isn't real"."""
_FRIENDS_NO_MORE = (
    r"(?:we(?:'re| are)|i(?:'m| am)|we'll|we will) (?:no longer|not|never) (?:be )?(?:friends"
    r"|talking|speaking|mates)\b|(?:i'll|i will|i'm|i am|i) (?:never|not) (?:speak|speaking|talk"
    r"|talking) to (?:you|her|him|them) again|i(?:'m| am) done (?:being (?:his|her|their|your)"
    r" (?:friend|mate|buddy)|with (?:him|her|them|you))\b"
)
_WALKS_OUT = (
    r"i(?:'ll| will|'m| am)? (?:quit|quitting|resign|resigning|walk|walking|walkin'?)(?: out"
    r"| off)?"
    r"(?=[.,!?;)]|$| (?:mid\b|on the spot|right|today|now|tomorrow|immediately|for good"
    r"|(?:my|the|this) job))|i(?:'m| am) (?:out|gone|leaving)(?=[.,!?;)]|$| (?:of here|for good))"
    r"|i(?:'ll| will)? (?:leave|dump|divorce) (?:you|her|him|them)\b"
    r"|i(?:'ll| will|'m| am)? (?:move|moving) out\b"
    r"|i(?:'ll| will)? (?:break up|end (?:it|things|us|this|the friendship))\b"
    r"|i(?:'ll| will|'m| am)? (?:walk|walking|walkin'?|pull|pulling|pullin'?|take|taking|takin'?)"
    r" (?:the|my|our) (?:whole |entire )?(?:crew|team|men|lads|staff|workers|guys|gang|boys"
    r"|girls|drivers|band)(?: \w+)? (?:off|out)\b"
)
"""Quitting the job, moving out or walking out on the person, or walking the whole crew off
site, not "or I walk home" nor "quit smoking"."""
_SHAMES = (
    r"(?:trash|trashing|ruin|ruining|drag|dragging|smear|smearing|destroy|destroying|blacken"
    r"|tarnish) (?:his|her|their|your) (?:good )?(?:name|reputation|rep|business)\b"
    r"|(?:badmouth|bad-mouth|slag|slagging|slate|slating|rubbish|rubbishing) (?:him|her|them|you)"
    r"\b|(?:say|tell|warn|post|write)(?: it)? (?:to |in )?(?:every|all (?:the )?|each)"
    r" (?:\w+ ){0,3}?(?:chef|chefs|realtors?|agents?|group|groups|customer|customers|client"
    r"|clients|trader|traders|builder|builders|farmer|farmers|restaurant|restaurants|supplier"
    r"|suppliers|shop|shops|business|businesses|contact|contacts|forum|forums|page|pages"
    r"|colleague|colleagues|one|person|member|members)\b[^.!?;]{0,40}\b(?:(?:he|she|they)(?:'s|"
    r" is|'re| are)? (?:not|un\w+|useless|a (?:cowboy|scam|crook|fraud|joke)|bad|terrible"
    r"|dodgy|shit|rubbish)|about (?:him|her|them))"
)
"""A name spoilt among the person's trade after a no: "trash his name in every realtor group",
"say to every chef in Lyon he is not reliable", "bad-mouth him"."""

ULTIMATUM = words(
    rf"or (?:(?:\w+ ){{0,5}}(?:and )?i(?:'ll| will|'m going to)? (?:{_SHAMES})|(?:\w+ ){{0,3}}"
    rf"(?:{_WALKS_OUT}))",
    rf"or (?:else\b|{_WE_END}|{_FRIENDS_NO_MORE}|{_WALKS_OUT}|(?:don't|do not|never) bother"
    r" (?:calling|coming|texting|talking|speaking|asking)|(?:you|he|she|they)(?:'re| are)? dead"
    r" to me|(?:you|he|she|they)(?:'ll| will) (?:lose|never see) me)",
    r"(?:friendship|relationship|marriage|engagement|love) (?:\w+ ){0,2}(?:depends|depend"
    r"|hangs|hang|rests|rides|hinges) on\b",
    r"(?:friendship|relationship|marriage|we|it)(?:'s| is| are|'re)? (?:on the line|at stake"
    r"|over|done|through|finished)\b[^.!?;]{0,25}\b(?:if|unless) (?:you|he|she|they)\b",
    r"(?:if|unless) (?:you|he|she|they) (?:don't|do not|won't|will not|doesn't|does not|can't"
    rf"|refuses?|says? no|said no|isn't|is not|aren't)\b[^.!?;]{{0,60}}\b(?:{_WE_END}"
    rf"|{_FRIENDS_NO_MORE}|(?:i'll|i will|i'm going to) (?:quit|resign|walk out|leave (?:you"
    r"|her|him|them)|end (?:it|the friendship)|cut (?:you|her|him|them) off))",
    r"(?:test|proof) of (?:our|the|your|his|her|their) (?:friendship|love|loyalty)\b",
    r"(?:you|he|she|they)(?:'re|'s| are| is|'ll be| will be) (?:dead|nothing) to me\b",
    r"or (?:else )?i(?:'ll| will)? (?:tell|report (?:you|him|her|them) to|grass (?:you|him|her"
    r"|them) up to) (?:(?:your|his|her|their|our|the) )?(?:mum|mom|mam|mãe|mama|dad|papa|parents"
    r"|teacher|boss|manager|wife|husband|police|cops|everyone|everybody|family|school)\b",
    r"or no (?:more )?(?:rides|lifts|money|allowance|pocket money|presents|gifts|dinner|help"
    r"|babysitting|wifi|loans?|visits?|christmas|birthday|car|phone)\b",
    r"or (?:else )?i(?:'ll| will)? (?:snitch|grass|squeal|dob (?:you|her|him|them) in|rat (?:you"
    r"|her|him|them) out|tell on (?:you|her|him|them)|spill|expose (?:you|her|him|them))\b",
    r"(?:know|see|find out|learn|tell) (?:exactly )?(?:what|how much) (?:our|the|this|your|her"
    r"|his|their) (?:friendship|relationship|marriage|love|loyalty|word) (?:is|'s|was) (?:really )?"
    r"worth\b",
)
"""A no made to end the job, the friendship or the relationship, to be told on ("or I tell
mum", "or I snitch", "she's dead to me"), to cost what the user gives them ("pass nephew or
no rides"), or to price the friendship ("then I'll know what our friendship is worth")."""

_REFUSAL = (
    r"(?:won't|will not|wouldn't|doesn't|does not|don't|do not|didn't|can't|refuses?|says? no"
    r"|said no|hesitates?|declines?|bails?|backs? out|not (?:lend|give|help|come|pay|let|agree"
    r"|sign)|says? (?:he|she|they)(?:'s| is|'re| are) (?:too )?busy|argues?|push(?:es)? back"
    r"|makes? (?:an |any )?excuses?|drags? (?:his|her|their) feet)"
)
"""A no, or its dialect form ("if he not lend me his boat")."""
_THEM = r"she|he|they|you|it|the \w+|my \w+"
_THREAT_ACTS = (
    r"(?:move out|leave (?:her|him|them|you)\b|quit|resign|walk out|(?:tell|let) (?:everyone"
    r"|everybody|the whole \w+|the family|(?:her|his|their|your) (?:boss|manager|mum|mom|dad"
    r"|parents|wife|husband|partner|family|teacher|girlfriend|boyfriend))|report (?:her|him"
    r"|them|you)|write (?:her|him|them|you) out|cut (?:her|him|them|you) off|stop (?:talking"
    r"|speaking|paying|helping|visiting)|never (?:speak|talk|help|lend|visit|forgive|invite)"
    r"|(?:not|won't|will not) (?:speak|talk|help|invite|visit)|(?:not|won't|will not) (?:come"
    r"|go|be (?:there|coming)|show up|turn up) (?:to|for|at) (?:her|his|their|your)"
    r" (?:[\w-]+'s )?\w+"
    r"|sell (?:the|our|my) (?:family |old |(?:late )?(?:father|mother|dad|mum|mom|grandfather"
    r"|grandmother|grandad|granny|gran)'s )?(?:house|home|farm|land|flat|business|horses?|cattle"
    r"|cows|boat|tractor|ring|piano)"
    r"|report (?:his|her|their|the) (?:[\w-]+ )?(?:drinking|smoking|vaping|gambling|affair|lateness"
    r"|long breaks|absences|side (?:job|hustle|gig)|habit|habits)\b"
    r"|(?:just |simply )?(?:leave|quit|go)(?: and| so)? (?:she|he|they|you) can (?:\w+ )?find"
    r" (?:a new|another|someone else|somebody else)"
    r"|leave (?:tomorrow|today|tonight|now|immediately|for good|on the spot)|(?:don't|do not"
    r"|never) (?:bother )?(?:come|coming|show up|turn up) (?:to|at) (?:my|our) \w+"
    r"|tell (?:our |my )?(?:father|mother|dad|mum|mom|mam|parents|grandma|granny|gran|nan|mama"
    r"|mamá|mamã|mãe|papa|papà|papá|amma|appa|abba|ammi|nanay|tatay)\b"
    rf"|{_SHAMES}|say (?:to )?(?:every|all|each) \w+"
    r"|post (?:it|the|her|his|their|about)|expose|unfriend|dump|break up|end (?:it|things|the"
    r" friendship)|kick (?:her|him|them|you) out|leave (?:a |an )?(?:bad|nasty|negative|angry"
    r"|terrible|horrible|one-star|1-star) (?:\w+ )?(?:review|comment|rating|post)"
    r"|make (?:his|her|their|your) (?:life|days|shifts|job|work) (?:a )?(?:hell|misery|miserable"
    r"|difficult|hard)|(?:tell|let) the (?:boss|manager|supervisor|foreman|teacher|police|cops"
    r"|landlord|principal|head) (?:know )?(?:about (?:him|her|them|his|their)|that (?:he|she|they)"
    r"|what (?:he|she|they))\b|(?:not|won't|will not|never) (?:come|go)(?: and)? visit"
    r"|uninvite|(?:not|won't|will not|stop) (?:\w+ing )?(?:plough|plow|mow|clear|shovel|grit"
    r"|drive|babysit|cover|feed|water|fix|look after|pick up|walk) (?:\w+ ){0,3}?(?:his|her|their"
    r"|your|for (?:him|her|them|you))\b)"
)
"""What the user says they will do to the person after a no: leave them with the rent, tell
the family, write them out of the will, not come to the wedding, sell the late father's horse,
report his drinking (a habit of his, not the matter asked about)."""

CONDITIONAL = words(
    rf"(?:i|you|we|ill)(?:'ll| will|'m going to| am going to|'d| would)? (?:\w+ ){{0,5}}?"
    rf"{_THREAT_ACTS}\b[^.!?;]{{0,70}}\b(?:if (?:{_THEM}) (?:\w+ )?(?:{_REFUSAL}|is not"
    rf"|isn't)|unless (?:{_THEM}))\b",
    rf"(?:(?:if|when) (?:{_THEM}) (?:\w+ )?{_REFUSAL}|unless (?:{_THEM}) \w+)\b[^.!?;]{{0,60}}"
    rf"\b(?:i|you|we)(?:'ll| will|'m going to| am going to)? {_THREAT_ACTS}",
    rf"(?:if|unless) (?:{_THEM}) (?:\w+ )?{_REFUSAL}\b[^.!?;]{{0,60}}\b(?:don't|do not|never"
    r"|needn't|need not|shouldn't|can't|cannot)(?: even)? (?:bother )?(?:come|coming|show(?:ing)?"
    r" up|turn(?:ing)? up|show(?:ing)? (?:his|her|their|your) face|call|text) (?:to|at|for)"
    r" (?:(?:my|our|the) )?\w+",
    r"(?:she|he|they|you)(?:'ll| will) regret (?:it|this|that)\b",
    rf"(?:if|when) (?:it's|its|it is|the answer(?:'s| is)|(?:she|he|they) says?) (?:a |an )?"
    rf"(?:no|naw|nae|nope|non|nein)\b[^.!?;]{{0,40}}\b(?:{_WALKS_OUT}|i(?:'ll| will|'m going"
    rf" to)? {_THREAT_ACTS})",
    r"(?:the whole \w+|the family|everyone|everybody|all (?:her|his|their|our) \w+) (?:will|'ll"
    r"|is going to|are going to) (?:know|hear|find out) (?:that |how |what |about it\b)?(?:she|he"
    r"|they|you)\b",
    r"(?:the|his|her|their|our) (?:kids|children|family|parents|wife|husband|boss|neighbours)"
    r" (?:will|'ll|is going to|are going to|might|may) (?:know|hear|find out|learn) (?:about )?"
    r"(?:what (?:she|he|they|you) (?:did|does|has done|have done|really)|the truth about)\b",
    r"(?:she|he|they|you)(?:'s| is|'re| are) (?:not|no) (?:a |my )?(?:real |true |proper )?"
    r"(?:friend|sister|brother|son|daughter|mate|family)\b[^.!?;]{0,20}\b(?:if|unless)",
    rf"(?:if|unless) (?:she|he|they|you) (?:\w+ )?{_REFUSAL}\b[^.!?;]{{0,60}}\b(?:she|he|they"
    r"|you)(?:'s| is|'re| are) (?:not|no) (?:really |actually |even )?(?:a |my )?(?:real |true"
    r" |proper )?(?:friend|sister|brother|son|daughter|mate|family)\b",
    rf"(?:if|unless) (?:{_THEM}) (?:\w+ )?{_REFUSAL}\b[^.!?;]{{0,60}}\b(?:she|he|they|you)(?:'s"
    r"| is|'re| are|'ll be| will be)? (?:not|no longer|un-?) ?invited\b",
    r"\bsi no\b[^.!?;]{0,60}\b(?:le|se lo) (?:cuento|digo|contar[ée]|dir[ée]|voy a contar|voy a"
    r" decir) (?:todo )?(?:a|al) (?:l |la |su |sus )?(?:jefe|jefa|encargad[oa]|profe\w*|madre"
    r"|padre|mam[áa]|pap[áa]|padres|novi[oa]|mujer|marido|polic[íi]a)\b",
    r"tell (?:the \w+|him|her|them) (?:to )?pay\b[^.!?;]{0,30}\bor (?:alight|get off|get out"
    r"|walk|be (?:dropped|left|put off))\b",
    rf"(?:if|unless) (?:she|he|they|you) (?:\w+ )?{_REFUSAL}\b[^.!?;]{{0,40}}\b(?:she|he|they"
    r"|you) (?:doesn't|don't|does not|do not|never) (?:really )?(?:loved?|loves|cared?|cares)",
    r"if (?:she|he|they|you) (?:really|truly|actually) (?:loved|cared|were|was)\b[^.!?;]{0,60}"
    r"\b(?:would|'d)\b",
    rf"(?:whoever|anyone who|anybody who) (?:\w+ )?{_REFUSAL}\b[^.!?;]{{0,20}}\b(?:is|will be"
    r"|'s) (?:letting|not)\b",
    r"so (?:she|he|they) (?:feels?|will feel|'ll feel) (?:that )?(?:(?:she|he|they) (?:has|have"
    r"|must|owes?|can't say no)|obliged|obligated|indebted|bad|guilty)",
)
"""A no answered in advance with a threat or with love withdrawn: "I'll move out and leave
her with the rent if she won't swap", "if he doesn't visit I'll write him out of the will",
"if he refuses I'll tell the boss", "I'll make his life hell", "I won't plough his road",
"she's not invited to my wedding", "si no me cambia el turno le cuento al jefe", "tell the
passenger pay double or alight here",
"tell her she's not a real friend if she says no", "so she feels she has to", "if you don't
help, don't come to my wedding", "he needn't bother showing his face at Christmas"."""

_TELLS = (
    r"(?:mention|remind|hint|point\w* out|drop\w* (?:in|it)|slip\w* in|let(?:ting)? (?:\w+ )"
    r"{1,2}know|make (?:it )?clear|say|saying|said|tell|telling|bring\w* up|add|adding"
    r"|note|noting|casually|gently|kindly|nicely|subtly)\w*"
)
"""Saying something alongside the ask, however softly."""
_WRONGDOING = (
    r"(?:copied|copies|cheated|cheats|stole|steals|steal|lied|lies|fiddl\w+|fudg\w+|skiv\w+"
    r"|slack\w*|forged|forges|faked|fakes|plagiari\w+|bunk\w+|snuck|sneaks?|sneaked|pocket\w*"
    r"|nick\w*|pinch\w*|cooked|cooks|slept with|sleeps with|(?:is|was) having an affair"
    r"|had an affair|takes? long|took long|leaves? early|left early|clocks? (?:out|off)"
    r"|calls? in sick|called in sick|drinks? (?:at|on|during)|smokes?|vapes?|owes?|gambl\w+)"
)
"""Things done that a person would not want known."""
_ABOUT_THEM = (
    r"(?:about (?:her|his|their|the \w+'s|that|what|how (?:she|he|they))\b|exactly\b|certain\b"
    r"|about the (?:thing|business|incident|stuff|matter|episode|night|time|deal) (?:with|at|in"
    r"|on|from|behind) (?:her|his|their|the)\b"
    r"|(?:a few |some |several )?things\b|everything (?:about|she|he|they)\b|what (?:she|he|they"
    r"|really)\b|what happened\b|where (?:she|he|they) (?:really |actually )?(?:go|goes|went|is"
    r"|are|was|were|spend|spends|spent|live|lives)\b|which \w+ (?:she|he|they)\b|who (?:she|he"
    r"|they) (?:really |actually )?(?:sees|saw|meets|met|dates|dated|texts|texted|visits|visited"
    r"|sleeps|slept)\b|(?:her|his|their) (?:little |dirty |big )?(?:secrets?|affairs?|past"
    rf"|record|debts?|search history|browser history)\b|(?:she|he|they|her|him|them) (?:\w+ )"
    rf"{{0,2}}{_WRONGDOING}\b)"
)
"""What is known about the person: her breaks, exactly which letters she gets, what he did."""
KNOWS_SOMETHING = (
    r"(?:i (?:still |already |also |happen to |do |definitely |clearly )?(?:know|remember|recall"
    rf"|saw|have seen|'ve seen|heard|noticed)\b (?:all )?{_ABOUT_THEM}|i (?:still |also )?(?:have"
    r"|'ve got|got|kept|took) (?:the |some |those )?(?:photos|pictures|videos|screenshots"
    r"|recordings) of (?:her|him|them|what)\b)"
)
"""The user knowing something about the person: about her breaks, exactly which letters she
gets, certain things about the finances, what he did."""

VEILED = words(
    rf"{_TELLS}\b(?:,? [\w']+){{0,6}}?,? (?:that )?{KNOWS_SOMETHING}",
    rf"(?:she|he|they) knows? (?:that )?{KNOWS_SOMETHING}",
    r"i (?:still )?remember certain things|(?:dirt|something|stuff) on (?:her|him|them)\b",
    r"(?:be )?a (?:real )?shame if (?:her|his|their|the|anyone|someone|people)\b.{0,40}\b(?:found"
    r" out|find out|knew|heard|learned|learnt|saw)",
    r"(?:i'd|i would) hate for (?:her|his|their|the) \w+ (?:\w+ )?to (?:find out|know|hear|see)",
    r"so (?:she|he|they) (?:understands?|gets?|knows?|sees?|realises?|realizes?) (?:that )?(?:it"
    r"|helping|saying yes|agreeing)(?:'d| would|'s| is) (?:be )?(?:wise|wiser|better|smart"
    r"|smarter|safer|in (?:her|his|their) (?:best )?interests?)",
    r"(?:or|otherwise|else) (?:\w+ ){0,2}(?:his|her|their|your) (?:wife|husband|partner|boss"
    r"|manager|girlfriend|boyfriend|family|parents|mum|mom|dad|kids|church|employer|teacher)"
    r" (?:will|might|may|could|would|'ll) (?:\w+ )?(?:hear|find out|know|learn|see|get a call)\b",
    r"(?:keep|kept) (?:quiet|my mouth shut|it (?:quiet|to myself|between us)) (?:about \w+ )?"
    r"(?:\w+ ){0,3}(?:if|as long as|provided) (?:she|he|they)",
)
"""Knowledge of the person raised beside the ask: "remind her that I know about her breaks",
"she knows I saw him leave early", "it would be a shame if her boss found out", "or maybe
his wife will hear about it"."""

REVIEWS_HINTED = words(
    rf"{_TELLS}\b(?:,? [\w']+){{0,6}}?,? (?:that )?(?:i(?:'m| am)? (?:\w+ ){{0,2}}(?:write|writes"
    r"|writing|post|posts|posting|leave|leaves|leaving|do|give|review)\b(?: \w+){0,4}"
    r" (?:reviews?|ratings?|tripadvisor|yelp|google)\b|i(?:'m| am) (?:a |an )?(?:\w+ ){0,2}"
    r"(?:reviewer|local guide|yelp elite)\b|(?<!about )(?<!before )(?<!after )(?<!at )(?<!in )"
    r"(?<!during )(?<!since )my (?:\w+ ){0,2}"
    r"(?:reviews?|ratings?)\b)",
    r"hint\w* (?:at|about) (?:\w+ ){0,3}(?:reviews?|ratings?|stars|tripadvisor|yelp)\b",
    r"(?:my|the) (?:review|rating)(?: \w+){0,2} (?:depends|depend|will depend|could depend"
    r"|hinges|rests) on\b",
)
"""A hint, when asking a favour, that the user reviews places: the rating held over a no. The
user's own review at work, when something was said ("he said no at my last review"), is a
time, not a rating."""


def threatens(text: str) -> bool:
    """Whether the ask carries a threat, plain (an ultimatum) or veiled (what the user knows
    about the person, the reviews they write)."""
    if brands_a_no(text):
        return True  # "if she says no, tell the whole department she's selfish"
    return any(has(lexicon, text) for lexicon in (ULTIMATUM, CONDITIONAL, VEILED, REVIEWS_HINTED))
