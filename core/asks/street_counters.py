"""Who serves at a street stall, a corner store or a small restaurant, named by what they sell
or where they stand.

"Ask the doubles man for slight pepper and extra channa" (doubles: Trinidad's chickpea
sandwich, sold from a roadside stand), "ask the guy at the dépanneur to keep me two copies of
La Presse" (a Quebec corner store), "ask the ajumma at the kbbq place to show me how to wrap
ssam" (the woman who runs a Korean barbecue restaurant): each serves the user, who pays for
what they order. Read as passers-by, an order was money asked of a stranger and a lesson in
wrapping ssam more than a moment of their day. Named with the food they sell or the shop
they stand in, they are staff, and the rules for staff apply (goods asked for nothing, their
number, a date: all still refused). A kin word alone ("the uncle at the next table") stays a
stranger: only a place that serves (a stall, a store, a restaurant, "the kbbq place") makes
them staff. Fragments for the role patterns of `core.asks.local_roles`, over the normal form
of `core.asks.text`.
"""

from __future__ import annotations

_FOODS = (
    r"(?:doubles|roti|bake and shark|pholourie|aloo pie|corn soup|jerk chicken|jerk|patty|patties"
    r"|suya|puff-?puff|akara|kelewele|chapati|mandazi|rolex|mutura|samosas?|chaat|pani ?puri"
    r"|golgappa|vada ?pav|dosa|idli|momo|momos|jhalmuri|fuchka|kebab|shawarma|falafel|tacos?"
    r"|tamales?|elotes?|arepas?|empanadas?|churros?|pupusas?|hot ?dogs?|ice ?cream|kulfi|gelato"
    r"|corn|coconut|sugarcane|juice|fruit|satay|sate|bakso|siomay|gorengan|banh mi|pho|noodles?"
    r"|dumplings?|bao|tteokbokki|hotteok|odeng|takoyaki|taiyaki|crepes?|cr[eê]pes?|waffles?"
    r"|pretzels?|popcorn|candy ?floss|doughnuts?|donuts?|bagels?|burgers?|chips|fish and chips"
    r"|chai|tea|coffee|lassi|pancakes?|kottu|hoppers?|puttu|bhel|pakoras?|bhajis?|jalebi"
    r"|paratha|biryani)"
)
_SELLS = (
    r"(?:man|men|woman|women|lady|ladies|guy|guys|uncle|auntie|aunty|bloke|boy|girl|fella|seller"
    r"|vendor|stand|cart|stall)"
)
_KIN = (
    r"(?:ajumma|ahjumma|ajusshi|ahjussi|ajumeoni|imo|auntie|aunty|uncle|tita|tito|ate|kuya"
    r"|bhaiya|didi|anna|akka|abang|kak|mbak|mas|señora|señor|doña|nonna)"
)
"""Kin words for whoever runs a small eatery ("the ajumma at the kbbq place")."""
_EATERIES = (
    r"(?:restaurant|place|joint|diner|eatery|canteen|cafeteria|stall|cart|truck|shack|hut"
    r"|pojangmacha|warung|dhaba|carinderia|mamak|izakaya|taqueria|fonda|comedor)"
)
_CORNER_STORES = (
    r"(?:dépanneur|depanneur|dep|bodega|corner store|convenience store|épicerie|epicerie|tabac"
    r"|bottle-?o|bottle shop|bottlo|liquor store|off-?licence|offie)"
)
_PERSON = r"(?:man|woman|lady|guy|bloke|fella|girl|owner|uncle|auntie|aunty)"
_NOT_NEXT = r"(?!(?:next|other|neighbouring|adjacent|nearby)\b)"

STAFF = (
    rf"(?:the|that|this|our|my) (?:[\w-]+ )?{_FOODS} {_SELLS}\b(?!')",
    rf"(?:the|that|this|our|my) {_KIN} (?:at|in|from|behind|who runs) the"
    rf" {_NOT_NEXT}(?:[\w'-]+ ){{0,2}}?{_EATERIES}\b",
    rf"(?:the|that|this) {_PERSON} (?:at|in|behind|from) the {_NOT_NEXT}(?:[\w'-]+"
    rf" ){{0,2}}?{_CORNER_STORES}\b",
    rf"(?:the|that|this|our|my) {_CORNER_STORES} {_PERSON}\b",
)
"""A seller named by the food they sell ("the doubles man"), whoever runs a small eatery by a
kin word ("the ajumma at the kbbq place"), someone at a corner store ("the guy at the
dépanneur") or named by it ("the bottle-o bloke"). Not a bar, where the man at it drinks, nor
the next cart, where a fellow seller stands."""
