"""Someone the user has only just met, and an ask that leaves the user alone with them.

A match from yesterday, the man from the metro, a taxi driver the user doesn't know, a
lad from the club met twenty minutes ago: the rules may read any of them as an
acquaintance or as staff, yet a ride with them, their flat or their village at midnight is
what safety advice warns against, the same as with a stranger. Meeting them somewhere
public, or asking them a question, stays fair; only the ride and their home are read.
Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_PLACES_MET = (
    r"(?:the |a |an )?(?:bar|pub|club|nightclub|party|gig|festival|rave|metro|train|bus|tube"
    r"|subway|tram|station|street|beach|hostel|airport|app|forum|discord|reddit|online|internet"
    r"|tinder|hinge|bumble|grindr|dating (?:app|site)|game|server|(?:\w+ )?forum|instagram|insta"
    r"|twitter|facebook|snapchat|tiktok|a chat ?room)"
)
_WHEN_MET = (
    r"(?:yesterday|today|tonight|last night|earlier(?: today| tonight)?|this (?:morning|evening"
    r"|afternoon|week)|the other (?:day|night)|(?:an?|one|\d+|a few|twenty|ten|five) (?:min|mins"
    r"|minutes|hours?|days?) ago)"
)
JUST_MET = words(
    r"(?:i|we)(?:'ve| have)? (?:just |only |recently )?(?:matched|match) (?:with|on)"
    r"|(?:my|a|the|this|our) (?:tinder|hinge|bumble|grindr|dating[- ]app|app|online) (?:match|date"
    r"|guy|girl)|(?:from|off) (?:tinder|hinge|bumble|grindr|the app|(?:a|the) dating (?:app|site))",
    r"(?:i|we) (?:don't|do not|barely|hardly) know\b(?! (?:how|what|where|when|why|if|whether"
    r"|which|the way|much|anything|yet))|never met (?:him|her|them)\b",
    rf"(?:i|we)(?:'ve| have|'d| had)? (?:just |only |recently )?(?:met|got talking to|started"
    rf" (?:talking|chatting) (?:to|with)|chatted(?: to| with)?)(?: [\w']+){{0,5}}? (?:(?:on|at|in"
    rf"|off|from|through|via) {_PLACES_MET}|{_WHEN_MET})\b",
    r"random (?:\w+ )?(?:guy|man|woman|girl|lad|bloke|fella|person|driver|trucker|biker|stranger"
    r"|dude)s?|(?:some|a) (?:\w+ )?(?:fella|bloke|lad|guy|man|dude)s? (?:at|in|from|outside) (?:the"
    r"|a) (?:pub|bar|club|party|servo|car park|parking lot)",
)
"""Someone the user met on an app, in a bar or on a train a moment ago, or doesn't know."""
ALONE_WITH = words(
    r"(?:his|her|their) (?:flat|place|house|home|apartment|apt|room|hotel|hotel room|village"
    r"|farm|hut|tent|caravan|boat|yacht|dorm|pad|digs|cabin)\b",
    r"(?:go|come|head|going|coming|went) (?:back )?(?:to|home with) (?:him|her|them)\b"
    r"|go home with|back to (?:his|her|their)\b",
    r"pick (?:me|us) up|drive (?:me|us)\b|(?:give|gives|offer|offers|offering|accept) (?:me |us )?"
    r"(?:a |the )?(?:free )?(?:lift|ride)|(?:lift|ride)s? (?:home|back)|for a (?:drive|ride|spin)"
    r"|take (?:me|us) (?:to|home|back|for|out)\b|(?:in|into) (?:his|her|their) (?:car|cab|truck"
    r"|lorry|van|ute|bakkie|motorbike|bike|boat)\b|stay (?:at|with|over)\b|sleep (?:at|over)\b"
    r"|crash (?:at|on)\b|spend the night",
)
"""A ride with them, their home, or a night under their roof: alone with them, out of sight."""


def alone_with_someone_just_met(text: str) -> bool:
    """Whether the ask puts the user alone with someone met a moment ago: in their car or
    their home. `text` is in normal form."""
    return has(JUST_MET, text) and has(ALONE_WITH, text)
