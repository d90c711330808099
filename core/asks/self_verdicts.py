"""The user's body or age put to others for a verdict, in more of the words users write.

"Ask my coworkers at lunch to rate how much weight I've put on since January", "ask the b'ys
down the Legion if they think I've gone soft and old since I came ashore", "post a barefaced
selfie in the group chat and ask them to rate kung pangit ba talaga ako" (whether I'm really
ugly): each asks people to judge the user's body, age or looks, which no card may ask. A
verdict on the user's work ("rate how clear my slides were") names no body, and stays fair.
Fragments for `core.asks.judgement.JUDGEMENT`, over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_GONE = (
    r"(?:soft|weak|old|older|fat|fatter|past it|washed[- ]up|over the hill|flabby|saggy"
    r"|wrinkly|ugly|frumpy|dumpy|haggard)"
)
_WEIGHT = r"(?:weight|pounds|kilos|kilograms|stone|lbs|kg|timber|a few pounds)\b"
JUDGEMENT = (
    rf"(?:rate|score|guess|judge|if|whether|how much) (?:[\w']+ ){{0,2}}?{_WEIGHT} i(?:'ve| have)?"
    r" (?:put on|gained|piled on|stacked on)\b",
    r"(?:rate|score|guess|judge|if|whether) (?:[\w']+ ){0,2}?i(?:'ve| have)? (?:put on|gained"
    rf"|piled on|stacked on) (?:\w+ ){{0,2}}?{_WEIGHT}",
    rf"(?:if|whether|reckons?|thinks?|think) (?:\w+ ){{0,3}}i(?:'ve| have)? (?:gone|got|gotten"
    rf"|grown|become|turned) (?:too |so |a bit |very |really )?{_GONE}\b(?! (?:spots?|points?"
    r"|on|with|at|in|about)\b)",
    r"(?:pangit|panget|maganda|gwapo|guwapo|pogi|mataba|chaka|losyang) (?:ba )?(?:talaga |na )?"
    r"ako\b",
)
"""Weight the user has put on, the user gone soft or old, and "am I ugly" in Tagalog."""
