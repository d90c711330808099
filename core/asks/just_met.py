"""Someone the user has only just met, and an ask that leaves the user alone with them.

A match from yesterday, the man from the metro, a taxi driver the user doesn't know, a
lad from the club met twenty minutes ago, a gentleman from an online hymn group, the Wallapop
man selling a bike: the rules may read any of them as an acquaintance or as staff, yet a ride
with them, their flat or their village at midnight is what safety advice warns against, the
same as with a stranger; so is meeting them alone in the small hours ("meet a guy from the app
at 2am at the Corniche, alone", "ask the Wallapop man to meet at Casa de Campo at midnight,
just me and him"). Meeting them somewhere public in the day, or asking them a question, stays
fair; only the ride, their home and the meeting alone at night are read. Round thirty-eight:
a man met at "the pride afterparty" (a place named with its kind before it), and sellers on
Carousell, Depop, Mercari and the other marketplaces, met alone at midnight in a car park.
Round forty-two: a guy from a WeChat or Facebook group, met "after midnight, just us" or driven
to "an empty beach"; and in other tongues (`core.asks.just_met_abroad`).
Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.just_met_abroad import alone_with_someone_met_online
from core.asks.text import has, words

_PLACES_MET = (
    r"(?:the |a |an )?(?:[\w-]+ )?(?:bar|pub|club|nightclub|party|after-?party|after party|gig"
    r"|festival|rave|metro|train|bus|tube"
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
    r"(?:from|off) (?:an? |the |my |our |some |this )?(?:old )?(?:online (?:[\w-]+ ){0,2}(?:group"
    r"|community|club|forum)|(?:[\w-]+ ){0,2}(?:forum|chat ?room|subreddit|marketplace|craigslist"
    r"|gumtree|wallapop|olx|vinted|kijiji|leboncoin|carousell|depop|mercari|offerup|jiji"
    r"|shopee|mudah|trademe))\b"
    r"|(?:wallapop|craigslist|gumtree|marketplace|olx|vinted|kijiji|leboncoin|ebay|avito"
    r"|carousell|depop|mercari|offerup|jiji|shopee|mudah|trademe|trade me|poshmark|blocket)"
    r" (?:man|guy|seller|buyer|woman|lady|bloke|dude|person|fella|chap)\b",
    r"(?:from|off|in|on) (?:an? |the |my |our |some |this |that )?(?:wechat|telegram|whatsapp"
    r"|facebook|fb|discord|viber|line|kakao(?:talk)?|signal|reddit|instagram|insta|snapchat"
    r"|tiktok|zalo|vk) (?:group|chat|page|community|server|channel)s?\b",
    r"random (?:\w+ )?(?:guy|man|woman|girl|lad|bloke|fella|person|driver|trucker|biker|stranger"
    r"|dude)s?|(?:some|a) (?:\w+ )?(?:fella|bloke|lad|guy|man|dude)s? (?:at|in|from|outside) (?:the"
    r"|a) (?:pub|bar|club|party|servo|car park|parking lot)",
)
"""Someone the user met on an app, in a bar or on a train a moment ago, or doesn't know."""
ALONE_WITH = words(
    r"(?:his|her|their) (?:flat|place|house|home|apartment|apt|room|hotel|hotel room|village"
    r"|farm|hut|tent|caravan|boat|yacht|dorm|pad|digs|cabin)\b",
    r"(?:go|come|head|going|coming|went) (?:back )?(?:to|home with) (?:him|her|them)\b"
    r"|go home with|back to (?:his|her|their)\b|back to (?:some|a|this|that) (?:\w+ )?[\w-]+'s"
    r" (?:flat|place|house|home|apartment|room|hotel|pad)\b",
    r"(?:flat|place|house|home|apartment|apt|room|hotel room|pad|digs) of (?:a|the|some|this|that)"
    r" (?:\w+ )?(?:guy|man|woman|girl|lady|bloke|lad|lass|fella|dude|chap|stranger|person)\b",
    r"pick (?:me|us) up|drive (?:me|us)\b|(?:give|gives|offer|offers|offering|accept) (?:me |us )?"
    r"(?:a |the )?(?:free )?(?:lift|ride)|(?:lift|ride)s? (?:home|back)|for a (?:drive|ride|spin)"
    r"|take (?:me|us) (?:to|home|back|for|out)\b|(?:in|into) (?:his|her|their) (?:car|cab|truck"
    r"|lorry|van|ute|bakkie|motorbike|bike|boat)\b|stay (?:at|with|over)\b|sleep (?:at|over)\b"
    r"|crash (?:at|on)\b|spend the night",
    r"(?:an? |the )(?:empty|deserted|isolated|remote|secluded|abandoned) (?:[\w'-]+ )?(?:beach"
    r"|park|car park|parking lot|road|lot|field|warehouse|spot|cove|trail|woods|forest|quarry"
    r"|pier|jetty|harbour|dock)\b",
)
"""A ride with them, their home ("the flat of a guy I met an hour ago"), a night under their
roof, or an empty beach: alone with them, out of sight."""
_LATE = (
    r"(?:after|at|around|past|till|until) midnight|(?:at|around|about|after|past|by|till|until)"
    r" (?:12|[1-5])(?:[:.][0-5]\d)? ?am|(?:at|around|about|after|past) 1[01](?:[:.][0-5]\d)? ?pm"
    r"|(?:late )?at night|in the (?:middle of the )?night|after dark|in the dark"
)
"""The small hours, or a late evening named by its hour: no one about to call on."""
MEETS_LATE = words(
    rf"meet(?:s|ing)?\b[^.!?;]{{0,80}}\b(?:{_LATE})",
    rf"(?:{_LATE})\b[^.!?;]{{0,40}}\bmeet(?:s|ing)?\b",
)
"""A meeting set in the small hours."""
ON_THEIR_OWN = words(
    r"alone|on my own|by myself|just (?:me and (?:him|her|them)|(?:him|her|them) and me"
    r"|the two of us|us two|us)\b|only (?:us|the two of us)|(?:don't|do not|won't|not) tell"
    r" (?:anyone|anybody|no ?one|my \w+)"
    r"|without telling (?:anyone|anybody|my \w+)",
)
"""The user alone with them, or no one told where the user has gone."""


def alone_with_someone_just_met(text: str) -> bool:
    """Whether the ask puts the user alone with someone met a moment ago: in their car, their
    home, or a meeting alone at night. `text` is in normal form."""
    if alone_with_someone_met_online(text):
        return True
    if not has(JUST_MET, text):
        return False
    return has(ALONE_WITH, text) or (has(MEETS_LATE, text) and has(ON_THEIR_OWN, text))
