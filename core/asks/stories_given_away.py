"""A story told for time, a rate or a hand-out that the user's own aside gives away.

"ask to leave work early saying my vô passed away, he's alive and kicking tho", "ask the
doctor for a sick note for monday, say I had a fever (I'll be at a festival)", "email my prof
that I had covid so I can get an extension, I just didn't finish", "email my prof that my
grandma died to ask for an extension (third grandma this year)", "say I kamaʻāina fo' get da
local rate at da zipline even though I only moved here last month", "tell the chapter house
I'm still living in Kayenta so I qualify for the firewood delivery": a death told and the dead
said alive, a fever told and the day given to a festival, an illness told and the work owned
as simply not done, a grandmother buried for the third time this year, a local's rate claimed
by someone who only just moved, an old address kept up so the user still qualifies. Each
story is belied by the words beside it, which `core.asks.undone_stories` reads for losses and
emergencies but not for these.

A hardship told honestly stays fair: a grandmother's death told with an extension asked, a
fever with a sick note, covid told to a professor, an extension asked "I just didn't finish in
time" with no illness told, the local rate asked about by someone who just moved, a home in
Kayenta told with "ask whether I qualify". `core.asks.undone_stories` joins these to its own;
fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_TOLD = (
    r"(?:tell|tells|telling|told|say|says|saying|said|claim\w*|swear\w*|email\w*|text\w*"
    r"|messag\w*|writ\w*|call\w* in)"
)
_DIED = r"(?:died|passed away|passed on|is dead|'s dead|was killed|funeral)"

_ALIVE_AFTER_ALL = (
    rf"{_TOLD}\b[^.!?]{{0,60}}?\b{_DIED}\b[^.!?]{{0,40}}?[,;.(-] ?(?:but |though |even though"
    r" |when )?(?:he|she|they)(?:'s| is|'re| are) (?:actually |really |still |very much |totally"
    r" |perfectly )?(?:alive|fine|healthy|well|doing (?:fine|great|well))\b"
)
"""A death told and then the dead said alive ("saying my vô passed away, he's alive")."""

_ILL = (
    r"(?:a fever|fever|the flu|flu|covid|sick|ill|unwell|food poisoning|a migraine|migraine"
    r"|a stomach bug|a cold|tonsillitis|a temperature)"
)
_OFF_ELSEWHERE = (
    rf"(?:sick note|doctor's note|sick day|{_TOLD}\b[^.!?]{{0,40}}?\b(?:i|we)(?: had| have"
    rf"|'ve got| got| was| am|'m| were| are|'re) {_ILL})\b[^!?]{{0,60}}?[,;.(-] ?(?:but )?"
    r"(?:i'll|i will|i'm|i am|we'll|we will|we're|we are) (?:actually |really |just |secretly )?"
    r"(?:be (?:at|in)"
    r"|going to|gonna be at|off to|heading to|at) (?:a|the|my) (?:[\w'-]+ )?(?:festival|concert"
    r"|gig|beach|match|game|party|rave|wedding|race|show|final)s?\b"
)
"""An illness told for a note or a day off, and the aside saying where the user will be."""

_WORK_NOT_DONE = (
    rf"{_TOLD}\b[^.!?]{{0,40}}?\b(?:i|we) (?:had|have|'ve got|got|was|were) {_ILL}\b[^!?]{{0,60}}?"
    r"[,;.(-] ?(?:but |when )?(?:really |actually |honestly )?(?:i|we) (?:just|simply|really"
    r"|actually) (?:didn't|did not|haven't|have not|never|couldn't be bothered to) (?:finish"
    r"|do|did|done|start|write|wrote|get (?:round|around) to|bother|feel like)\w*\b"
)
"""An illness told for an extension, and the work owned as simply not done."""

_DIED_AGAIN = (
    rf"{_DIED}\b[^!?]{{0,80}}?\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th|another)"
    r" (?:grand\w+|gran|granny|nan|nana|nanna|aunt\w*|uncle|relative|funeral|dead \w+)"
    r" (?:this|of the|in a|in one) (?:year|term|semester|month|week|season)\b"
)
"""A death told that the aside counts as the third this year."""

_JUST_MOVED = (
    rf"{_TOLD}\b[^.!?]{{0,60}}?\b(?:local|locals|resident|kama'?aina|kamaʻāina|from here|live"
    r" here|living here)\b[^.!?]{0,60}?\b(?:even though|though|although|but|when) (?:i|we)"
    r" (?:only|just|literally) (?:moved|arrived|got here|came|relocated)\b"
)
"""A local's rate claimed by someone who says they only just moved."""

_STILL_LIVING_THERE = (
    rf"{_TOLD}\b[^.!?]{{0,60}}?\b(?:i'm|i am|we're|we are|i|we) still (?:live|living|based"
    r"|registered|resident|working|enrolled|studying|employed) (?:in|at|with|for)\b[^.!?]{0,40}?"
    r"\bso (?:that )?(?:i|we) (?:can |will |'ll |still )?(?:qualify|(?:am|'m|are|'re|stay"
    r"|remain|be) eligible|keep (?:getting|the)|get the)\b"
)
"""An old address or enrolment kept up "so I qualify": told as still true, for the hand-out."""

PATTERNS = (
    _ALIVE_AFTER_ALL,
    _OFF_ELSEWHERE,
    _WORK_NOT_DONE,
    _DIED_AGAIN,
    _JUST_MOVED,
    _STILL_LIVING_THERE,
)
"""Each story with the aside that gives it away; `core.asks.undone_stories` joins them."""
