"""Misfortunes told for gain, in words: a relative's illness or death told so someone gives.

"Tell ma'am my mother very sick in Yangon so she give me advance salary", "tell rice supplier
my mother die so he give me rice on credit", "tell the manager my mother in Romania is sick, so
I get two weeks extra holiday", "call in with covid so I can go to the game", "my essay is
late because I left it too long, I'll tell my professor my grandmother is in hospital". A
misfortune told
"so" someone gives is how users write a pretext, in any English, with the relative's town or a
comma between; a loss told honestly comes with the question ("tell my landlord my mum passed
away and ask for a week more on the rent"), which leaves the answer to them, and stays fair.
`core.asks.deception` reads the tight "in hospital so I ..."; these reach a few words further.
`core.asks.deception.DECEPTION` joins them to its own; fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

_TOLD = r"(?:tell|tells|telling|told|say|says|saying|said|claim\w*|swear\w*)"
_KIN = (
    r"(?:my|mi|ma|our|his|her) (?:[\w-]+ )?(?:mother|mum|mom|mam|ma|mama|mummy|dad|father|papa|da"
    r"|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|nan|nana|nanna"
    r"|nonna|nonno|abuela|abuelo|lola|lolo|bibi|cucu|shosho|wife|husband|son|daughter|kid|child"
    r"|baby|brother|sister|uncle|aunt|auntie|aunty|cousin|nephew|niece|family|old man|old lady"
    r"|in-laws?|mother-in-law|father-in-law)"
)
_STRUCK = (
    r"(?:(?:is |'s |was |be |has been |got |are )?(?:very |really |so |real |seriously |gravely"
    r" |terribly )?(?:sick|ill|unwell|poorly|dying)|die|died|dies|has died|is dead|'s dead"
    r"|pass away|passed away|passed on|(?:is |'s |was )?(?:in (?:the )?(?:hospital|icu"
    r"|intensive care)|(?:pon|on) (?:oxygen|a ventilator|dialysis))"
    r"|(?:has|'s got|got) (?:cancer|covid|malaria|typhoid|a stroke|a heart attack)"
    r"|had (?:a stroke|a heart attack|an accident))"
)
"""Kin struck by illness or death, in standard English or in learners' ("my mother die")."""
_FOR_GAIN = (
    r",? so (?:that )?(?:i|we|they|he|she|the \w+|ma'am|sir|boss|\w+)(?:'ll| will| can| could"
    r"| would)? (?:give|gives|get|gets|let|lets|waive|waives|bump|bumps|advance"
    r"|lend|lends|pay|pays|sell|sells|skip|move|moves|put|puts|sign|signs|extend|extends"
    r"|reconnect|reconnects|restore|restores|fix|fixes|hold|holds|refund|refunds)\b"
)
_KIN_FOR_GAIN = (
    rf"{_TOLD}\b[^.!?;]{{0,40}}\b{_KIN}(?:'s)?(?: [^.!?;]{{1,25}}?)? {_STRUCK}\b[^.!?;]{{0,30}}?"
    + _FOR_GAIN
)
"""A relative's misfortune told "so" the listener gives, lets or waives."""
_LOSS_FOR_GAIN = (
    rf"{_TOLD}\b[^.!?;]{{0,40}}\b(?:that )?(?:there(?:'s| is| was|'s been| has been| have been)"
    r"|(?:i|we)(?:'ve| have)? had) (?:a |an )?(?:sudden )?(?:death|bereavement|loss|funeral)s?"
    r" in (?:the|my|our) family\b[^.!?;]{0,30}?" + _FOR_GAIN
)
"""A death in the family told "so" the supplier holds the invoice: unnamed, the same lever as a
relative's illness; told with the question ("there's been a death in the family, could they
hold the invoice?"), it leaves the answer to them."""
_THING_FOR_GAIN = (
    rf"{_TOLD}\b[^.!?;]{{0,40}}\b(?:that )?my (?:\w+ )?(?:card|wallet|purse|phone|shop|stall|store"
    r"|house|flat|van|car|e-bike|bike|bicycle|scooter|motorbike|laptop|tools) (?:got |was"
    r" |has been )?(?:skimmed|cloned|hacked|stolen|nicked|flooded"
    r"|burgled|robbed|burned down|burnt down)\b[^.!?;]{0,30}?" + _FOR_GAIN
)
"""The user's own card skimmed, shop flooded or e-bike stolen, told "so" the servo lets them pay
next week or the platform waives the rental."""


_AILMENT = (
    r"(?:covid|flu|the flu|a fever|fever|a cold|food poisoning|a bug|a stomach bug|the runs"
    r"|a migraine|migraine|a virus|tonsillitis|strep|norovirus|the norovirus|the vomiting bug)"
)
_CALLED_IN_WITH = (
    rf"(?:call|calls|calling|called|phone|phoning|ring|ringing) in (?:sick )?with {_AILMENT}\b"
    r"[^.!?;]{0,60}\b(?:so (?:i|we) can|to|and) (?:go|see|watch|catch|make|hit|do|get to)\b"
    r"[^.!?;]{0,40}\b(?:game|match|gig|concert|show|festival|race|party|beach|trip|sale|sales"
    r"|fight|final)s?\b"
)
"""An illness called in so the user can go to the game: the day off is for the game."""

_SELF_GRAVE = (
    rf"{_TOLD}\b[^.!?;]{{0,40}}\b(?:i've got|i have|i got|i'm dying of|i am dying of) (?:a )?"
    r"(?:cancer|terminal \w+|a tumou?r|leukaemia|leukemia|hiv|aids)\b[^.!?;]{0,20}\bso\b"
    r"[^.!?;]{0,40}\b(?:knock\w* (?:\w+ )?off|discount\w*|cheaper|for free|free|money off|price)\b"
)
"""A grave illness told to knock something off the price."""

_OWN_FAULT = (
    r"(?:because|since|cos|cause|as) i (?:left it (?:too long|too late|to the last minute|till"
    r" the last minute)|forgot|overslept|procrastinated|was (?:lazy|hungover|out partying)"
    r"|couldn't be bothered|didn't (?:start|bother|get round to)|partied|went out)\b"
)
_MISFORTUNE_OVER_FAULT = (
    rf"{_OWN_FAULT}.{{0,100}}?\b{_TOLD}\b[^.!?;]{{0,40}}\b{_KIN}(?:'s)?(?: [^.!?;]{{1,25}}?)?"
    rf" {_STRUCK}\b"
)
"""The user's own fault named, then a relative's misfortune told in its place: "My essay is late
because I left it too long. I'll tell my professor my grandmother is in hospital"."""

_PRANK_CALL = (
    r"prank[- ]?(?:call|calls|called|calling|ring|rings|rang|ringing|phone|phones|phoned|text"
    r"|texts|texted|texting|message|messages|messaged)(?: up)? (?:my|our|the|a|an|his|her|their"
    r"|him|them|someone|somebody|people|strangers?|[a-z]+'s)\b",
    r"(?:call|ring|phone|text|message)\w* (?:\w+ ){0,3}?(?:saying|to say|and say|and tell"
    r" (?:him|her|them)) (?:that )?(?:i'm|i am|i've been|i have been|i got|i was) (?:\w+ )?(?:in"
    r" jail|in prison|arrested|locked up|kidnapped|in a cell|detained)\b[^.!?;]{0,40}\b(?:then"
    r"|and) (?:see|watch|find out|test)\b",
)
"""A prank call put to someone, or an arrest or a kidnapping told them to see whether they
would help: a fright faked for the user's test. A real arrest, told and help asked, has no
test in it."""

PATTERNS = (
    *_PRANK_CALL,
    _KIN_FOR_GAIN,
    _LOSS_FOR_GAIN,
    _THING_FOR_GAIN,
    _CALLED_IN_WITH,
    _SELF_GRAVE,
    _MISFORTUNE_OVER_FAULT,
)
"""Each misfortune with its gain, and a fright faked on the phone; `core.asks.deception.DECEPTION`
joins them to its own."""
