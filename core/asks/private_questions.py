"""Questions too private for a stranger, beyond those `core.asks.manners` lists.

"Ask an old man at the bus stop if he's scared of dying": death and the time someone has
left are theirs to raise, never a stranger's to ask; so are the medicine they take, who they
voted for, their faith, why they have no children, and whether they are expecting; why someone
is not married is not a colleague's question either, and whether they are married not a question
for whoever serves the user. A birth
the user handled on a farm animal ("the C-section on the heifer") is the user's own work
asked about, not someone's labour. Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

MORTALITY = words(
    r"(?:scared|afraid|frightened|terrified|fearful|worried) (?:\w+ )?of (?:dying|death|getting"
    r" old|growing old|ageing|aging|being alone when)",
    r"(?:fear|fears|think about|thinks about|ready (?:for|to)) (?:dying|death|die)\b",
    r"how (?:long|much time) (?:they|he|she) (?:\w+ )?(?:have|has|got) left",
    r"(?:if|whether) (?:they|he|she)(?:'s| is|'re| are| has| have) (?:\w+ )?(?:made peace with"
    r"|prepared for|planned (?:her|his|their) funeral)",
)
"""Death asked about: whether someone fears it, how long they have left, what someone died of."""

PRIVATE_LIFE = words(
    r"what (?:the (?:\w+ )?(?:person|man|woman|deceased)|he|she|they|(?:her|his|their) \w+)"
    r" died (?:of|from)|how (?:her|his|their) (?:\w+ )?died",
    r"(?:what|which) (?:meds|medication|medicines?|pills|drugs|steroids|tablets)"
    r" (?:she|he|they)(?:'s| is|'re| are) (?:\w+ )?(?:on|taking|collecting|picking up|getting)\b",
    r"how much (?:\w+ ){0,2}?(?:dowry|bride ?price|lobola|mahr|bride wealth)\b"
    r"|(?:dowry|bride ?price|lobola) (?:was |did |they |he |she )?(?:given|paid|gave|pay)\b",
    r"who (?:they|he|she) (?:voted|votes|vote|will vote|is voting|are voting) for",
    r"(?:she|he|they)(?:'s| is|'re| are) (?:a )?(?:muslim|christian|jewish|hindu|buddhist|sikh"
    r"|atheist|catholic|protestant|mormon)s?\b",
    r"why (?:he's|she's|they're|he is|she is|they are) (?:still )?(?:not|never been) married"
    r"|why no (?:kids|children|babies|baby)\b|why (?:they|he|she) (?:don't|doesn't|haven't"
    r"|hasn't) (?:got |had |have )?(?:any )?(?:kids|children|a baby)|why (?:they|he|she)"
    r" (?:have|has|had) no (?:kids|children|babies)",
    r"(?:her|his|their) (?:husband|wife|partner|boyfriend|girlfriend) treats (?:her|him|them)",
    r"(?:if|whether) she(?:'s| is) expecting(?=[.,!?;]|$| (?:a baby|twins|again|or))",
    r"what (?:his|her|their|the \w+'s) (?:prescription|medication|meds|pills|tablets|injection"
    r"|scan|test|treatment|surgery|operation|appointment)s? (?:is|are|was|were) for\b"
    r"|what (?:he's|she's|they're|he is|she is|they are) (?:being treated|on medication|seeing"
    r" the doctor) for\b",
    r"(?:if|whether) (?:she|he|they)(?:'s| is|'re| are)? (?:(?!me\b|my\b|us\b|our\b)\w+ ){0,4}?for"
    r" (?:(?:her|his|their) (?:\w+ )?)?(?:cancer|chemo\w*|radiotherapy|dialysis|ivf|rehab"
    r"|an abortion|a transplant|a biopsy|an operation|surgery|treatment)\b",
    r"how (?:many|much) (?:kilos?|kgs?|pounds|lbs|stone) (?:they|he|she) (?:weighs?|is|are)\b"
    r"|how heavy (?:he|she|they) (?:is|are)\b",
    r"(?:if|whether|how often) (?:she|he|they)(?: \w+)? (?:sleeps?|slept|sleeping|has slept|had sex"
    r"|has sex|have sex|hooked up|hooks up) with (?:her|his|their|a|the) (?:\w+ )?(?:boyfriend"
    r"|girlfriend|partner|husband|wife|fianc[eé]e?|lover|boss|guys?|girls?|men|women)\b"
    r"|(?:if|whether) (?:she|he)(?:'s| is) (?:still )?a virgin\b",
    r"(?:if|whether|when) (?:they|he|she)(?:'re|'s| are| is)? (?:planning|going|gonna|hoping"
    r"|thinking of|thinking about) (?:to )?(?:get(?:ting)? (?:married|engaged|hitched)|have (?:a"
    r" baby|kids|children)|having (?:a baby|kids|children))\b|when (?:they|he|she)(?:'re|'s|"
    r" are| is) (?:getting|gonna get|going to get) (?:married|engaged|hitched)\b",
    r"why (?:he|she|they) (?:got|were|was|are|is|'s) divorced|(?:if|whether) the (?:baby|kid|child"
    r"|kids|children)'s (?:dad|father|mum|mother) is (?:still )?around\b",
    r"(?:if|whether) (?:they're|they are) (?:actually |really |even )?happy together\b"
    r"|how many (?:children|kids) (?:she|he|they) (?:has|have|got)\b",
    r"why (?:she|he|they) (?:isn't|is not|aren't|are not|hasn't|never) (?:got )?married\b"
    r"|who (?:he's|she's|they're|he is|she is|they are) (?:texting|messaging|chatting to)\b",
    r"why (?:they|he|she) (?:look|looks) so (?:down|sad|upset|miserable|low|glum|fed up)\b"
    r"|(?:her|his|their) (?:whole )?life story\b",
)
"""Health, faith, votes, marriage and children (whether a couple at the next table plan to wed,
and when): a stranger's life is not the user's to ask;
nor whether she is flying south for cancer treatment, how many kilos he weighs, or whether
she sleeps with her boyfriend yet. A question about the user's own treatment ("if he's ready
for my treatment") is the user's business."""

SINGLE_QUESTIONED = words(
    r"(?:why|how come) (?:she|he|they)(?:'s| is|'re| are)? (?:still )?(?:not|isn't|aren't|never"
    r" got|never been|hasn't|has not|haven't|have not)(?: (?:yet|been|got|gotten|ever been))?"
    r" (?:married|wed|engaged)\b",
    r"(?:why|how come) (?:she|he|they)(?:'s| is|'re| are) (?:still )?single\b",
    r"(?:why|how come) (?:she|he|they) (?:still )?(?:doesn't|does not|don't|do not|hasn't|has not"
    r"|haven't|have not) (?:\w+ )?(?:got|have|had) (?:a |any )?(?:husband|wife|boyfriend"
    r"|girlfriend|kids|children|baby)(?=\s*(?:$|[,.!?;)]| yet| already| of (?:her|his|their) own))",
)
"""Why someone is not married or has no partner or children: theirs to raise, not a question for
a colleague, a nurse or a neighbour, let alone a stranger."""
MARRIED_ASKED = words(
    r"(?:if|whether) (?:she|he|they)(?:'s| is|'re| are) (?:\w+ )?(?:married|single|taken"
    r"|engaged|seeing (?:someone|anyone)|spoken for|available)\b",
    r"(?:if|whether) (?:she|he|they) (?:has|have|has got|have got) (?:a )?(?:husband|wife"
    r"|boyfriend|girlfriend|partner)\b",
)
"""Whether someone is married or taken: a question the person serving the user is not there
to answer."""

_ANIMALS = (
    r"(?:heifer|cow|calf|mare|foal|ewe|lamb|sow|gilt|goat|doe|nanny|bitch|dog|cat|queen|horse"
    r"|pig|llama|alpaca|animal|patient|herd|flock)s?"
)
ON_AN_ANIMAL = (
    rf"(?! (?:on|of|for|with) (?:the|a|an|my|our|this|that|their) (?:[\w'-]+ ){{0,2}}?{_ANIMALS}\b)"
)
"""Put after "the birth" or "the C-section": one done on an animal is the vet's own work."""
