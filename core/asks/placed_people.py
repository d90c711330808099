"""People named by where they live or what they keep, whom the role lexicons read as passers-by.

"Ask the fella over the fence if we can go halves on a new fence panel" and "ask the woman in
4B if I can borrow two eggs" name a neighbour by the fence between the gardens or the door
across the landing; read as "the fella" and "the woman", they were strangers asked for more
than a moment. "The fish lady at Margao market" and "the rental guy" name someone by the
goods or the hire they sell, staff at their stall or desk; "the uncle who runs langar seva at
the gurdwara" someone running the kitchen the user offers to help in. "Avó" (and "vovó",
"avô") is the user's Portuguese grandmother.
Fragments for the role patterns of `core.asks.local_roles`, over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

_PERSON = (
    r"(?:fella|fellow|woman|man|guy|lady|bloke|chap|couple|family|people|folks|girl|boy|lad"
    r"|gent|person|uncle|auntie|aunty|mum|mom|dad)s?"
)
_SEATED = (
    r"(?![^.!?;]{0,60}\b(?:seats?|rows?|aisle|window|carriage|coach|flight|plane|train|bus"
    r"|cabin|berth|tray|hotel|motel|hostel|ward)\b)"
)
_AT_HOME = (
    r"(?=[^.!?;]{0,80}\b(?:borrow|eggs?|sugar|flour|milk|parcels?|packages?|post|mail|hallway"
    r"|stairs|lift|bins?|laundry|washing|flat|apartment|building|plants?|keys?|wi-?fi|rubbish"
    r"|trash|garbage|recycling)\b)"
)
"""A seat number and a flat's door are spelled alike ("the guy in 2K", "the woman in 4B", "the
lady in 302"): the door is read only where a neighbour's errand follows (eggs, a parcel, the
bins, the keys, the rubbish) and no seat, row, flight, hotel or ward is named after it."""

NEIGHBOUR = (
    rf"(?:the|my|our) (?:\w+ )?{_PERSON} (?:over|across|behind|beyond|on the other side of) the"
    r" (?:back |garden |side |shared )?(?:fence|garden wall|hedge)\b",
    rf"(?:the|my|our) (?:\w+ )?{_PERSON} (?:in|at|from) (?:flat|apartment|apt|unit|no\.?|number"
    r"|door) ?\d{1,4}[a-z]?\b",
    rf"(?:the|my|our) (?:\w+ )?{_PERSON} (?:in|at|from) (?:\d{{1,3}}[a-z]|\d{{3,4}})\b{_SEATED}"
    rf"{_AT_HOME}",
)
"""Someone over the garden fence, or behind a flat's door by its number ("the woman in 4B")."""

_GOODS = (
    r"(?:fish|fruit|veg|vegetable|flower|bread|egg|chicken|meat|cheese|spice|sabzi|tea|chai"
    r"|coconut|corn|juice|samosa|tamale|taco|noodle|dumpling|kebab|paper|newspaper|ice cream"
    r"|honey|olive|plant|herb|tortilla|pão|cake|doughnut|donut|sweet|mango|banana)"
)
_HIRE = (
    r"(?:rental|rent-?a-?car|car hire|car rental|bike hire|bike rental|scooter (?:hire|rental)"
    r"|boat (?:hire|rental)|ski (?:hire|rental)|surf (?:hire|rental)|hire)"
)
STAFF = (
    rf"(?:the|a|an|that|this|our|my) {_GOODS} (?:lady|man|guy|woman|uncle|auntie|aunty|seller"
    r"|bloke|fella|vendor|wala|wallah|girl|boy|stall)\b",
    rf"(?:the|a|an|that|this|our|my) {_HIRE} (?:guy|man|woman|lady|bloke|fella|desk|agent"
    r"|office|counter|company|firm|place)\b",
    r"(?:the|a|an|that|this) (?:\w+ )?(?:uncle|auntie|aunty|lady|guy|man|woman|bloke|fella|chap"
    r"|gent|person) (?:who|that) (?:runs|organises|organizes|leads|coordinates|manages|is in"
    r" charge of|looks after) (?:the )?(?:\w+ ){0,2}?(?:seva|langar|kitchen|canteen|food bank"
    r"|soup kitchen|community kitchen|stall|shop|market|club|group|session|rota|volunteers)\b",
)
"""Someone named by the goods they sell ("the fish lady"), the hire they run ("the rental
guy"), or the kitchen or stall they run ("the uncle who runs langar seva")."""

FAMILY = (
    r"(?:(?<=ask )|(?<=tell )|(?<=call )|(?<=text )|(?<=ring )|(?<=visit )|(?<=my )|(?<=minha )"
    r"|(?<=meu )|(?<=our ))(?:av[óô]|vov[óô]|bisav[óô])\b",
)
"""A Portuguese grandmother or grandfather: "ask avó", "my vovó"."""
