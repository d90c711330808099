"""Favours that cost more of someone's time than the moment a stranger or staff can be asked
for: hours minding the user's things, the user's own schoolwork done for them, a favour said to
take an hour, an audience for a whole rehearsal. The other ways an ask puts someone on the spot
are in `core.asks.manners`. The lexicons match the normal form of `core.asks.text`."""

from __future__ import annotations

from core.asks.text import words

HOURS_OF_THEIR_TIME = words(
    r"(?:mind|watch|look after|keep an eye on|hold|keep|store|walk|feed|babysit) (?:my|our|your)"
    r" (?:\w+ ){0,2}(?:bags?|luggage|suitcases?|stuff|things|dog|dogs|kids|children|baby|bike|car"
    r"|shopping|plants|cat) (?:for (?:hours|an hour|a couple of hours|(?:a few|two|three|four|\d+)"
    r" hours|the (?:whole )?(?:day|afternoon|morning|evening|weekend|week))|all day|at weekends"
    r"|every (?:day|week|weekend)|while (?:i|we) (?:go )?(?:and )?(?:eat|have (?:lunch|dinner"
    r"|a meal)|shop|swim|go (?:shopping|swimming|to the (?:pool|beach|gym|cinema|movies))))",
    r"(?:mind|watch|look after|keep an eye on|babysit) (?:my|our) (?:kids|children|baby|toddler"
    r"|son|daughter|little ones?)",
)
"""A favour that takes hours of someone's day: too much to ask of a stranger, or of staff,
whose time at work is not theirs to give."""
DOES_MY_WORK = words(
    r"(?:write|do|finish|draft|redo|complete) (?:\w+ ){0,3}(?:my|our) (?:\w+ ){0,2}(?:essay"
    r"|homework|assignment|coursework|thesis|dissertation|paper|report|cover letter|project|exam)",
)
"""Asking someone to do the user's own schoolwork or writing: more than a librarian's or a
stranger's moment, and not their work to do."""
_IT_TAKES = (
    r"(?:(?:it|that|this|which)(?:'ll|'s| will| would| should| could| might| usually| normally"
    r"| often| always)? (?:takes?|lasts?|taking)|should take|will take)"
)
"""The time a favour costs, said of the favour ("it usually takes", "should take"), not of a
tour or a course the person runs."""
LENGTHY = words(
    rf"{_IT_TAKES} (?:\w+ ){{0,4}}(?:two|three|four|five|six|\d+|a couple of|several|a few|an"
    rf"|one|half an) hours?\b|{_IT_TAKES} (?:\w+ ){{0,2}}the (?:whole|entire|better part of the)"
    r" (?:day|afternoon|morning|evening|journey|ride|trip|flight)",
    r"(?:listen to|hear) me (?:\w+ )?(?:rehearse|practi[sc]e|run through|read|recite)[^.!?]{0,40}"
    r"\b(?:the whole|the entire|all (?:of )?(?:it|my)|until|till|the rest of)",
    r"(?:review|read|check|proofread|go through|look over|critique|edit|mark) (?:my|our)"
    r" (?:entire|whole|complete) \w+",
    r"for the (?:whole|entire|rest of the) (?:journey|ride|trip|flight|train ride|bus ride|drive"
    r"|match|film)",
    rf"(?:{_IT_TAKES}|it's|it is|that's|the (?:journey|ride|trip|flight) (?:is|takes)) (?:about"
    r" |around |nearly |almost |a good )?(?:thirty|forty|fifty|sixty|ninety|forty-five|[3-9]\d)"
    r" (?:minutes|mins)\b",
    r"(?:pitch|sell|lecture|rant)\w* (?:[\w']+ ){0,4}?for (?:a (?:full|solid|whole"
    r"|good|straight) )?(?:(?:thirty|forty|fifty|sixty|ninety|forty-five|[2-9]\d) (?:minutes"
    r"|mins)|half an hour|(?:an|one|two|three|\d+) hours?)\b",
)
"""A favour that takes a long stretch of someone's time (an hour on the user's pitch deck,
an audience for a whole rehearsal, "pitch my app for a full 30 minutes"): more than the moment
a stranger can be asked for."""
