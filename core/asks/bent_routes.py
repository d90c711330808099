"""A bus's route bent for the user: its stops skipped, or the user dropped at their own door.

"Ask the bus driver to skip the other stops and drop me right outside my place", "get the tram
driver to go straight to my stop without stopping", "ask the trotro mate to leave the route and
take me to my house": a bus, a tram or a shared minibus runs for everyone aboard and everyone
waiting down the line, and the driver is asked, before them all, to put the user ahead of them
and to break the route the job sets. The same words of a taxi or a lift a friend gives ask only
what the ride is for, and a driver asked where to get off, whether the bus stops near the
hospital, or to let the user off at the next stop stays fair, and so does a stop asked nearer
home for a body that needs it (on crutches, in a wheelchair, pregnant, unwell). Read by
`core.asks.intrusions`
as a queue jumped, which puts those passed over on the spot whoever is asked; fragments over
the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_BUS = (
    r"(?<!school )(?:bus|tram|coach|minibus|trotro|tro-tro|matatu|danfo|jeepney|dala-?dala"
    r"|route \d+)(?: \w+)? (?:driver|conductor|mate|operator|man|guy|lady|uncle|aunty|auntie)s?"
)
"""Whoever drives or runs a vehicle with a route and stops for many riders: not a taxi hired by
the user, a friend's lift, or a school bus, which goes door to door."""

_BENT = (
    r"(?:skip|skipping|miss out|not stop at|drive past|go past|pass|ignore) (?:all |the rest of )?"
    r"(?:the |his |her |its )?(?:other |next |remaining |rest of the |intermediate )?(?:few |\d+ )?"
    r"stops\b",
    r"(?:go|drive|head) (?:straight|direct|directly|non-?stop) (?:to|home to) my (?:stop|place"
    r"|house|home|street|door|flat|estate|village|area)\b",
    r"(?:leave|go off|come off|change|break|divert from) (?:the|his|her|its|their) (?:usual )?"
    r"route\b|(?:detour|divert|go out of (?:his|her|the|its|their) way)\b[^.!?;]{0,30}\bmy"
    r" (?:place|house|home|street|door|flat|estate)\b",
    r"(?:drop|let|take|bring|drive) me (?:off )?(?:right |just |directly )?(?:outside|at|to|by)"
    r" my (?:own )?(?:place|house|home|door|doorstep|front door|flat|gate|building|apartment)\b",
)
"""The route bent for one rider: stops skipped, the route left, the user taken to their door."""

ROUTE_BENT = words(rf"{_BUS}\b[^.!?;]{{0,60}}?\b(?:{'|'.join(_BENT)})")
"""The driver or the mate of a bus, a tram or a minibus, asked to bend its route for the user."""

NEED = words(
    r"crutch(?:es)?|wheelchair|walking (?:stick|frame)|disabled|disability|pregnant|injured"
    r"|(?:broken|sprained|bad|twisted) (?:leg|ankle|foot|knee|hip)|blind|partially sighted"
    r"|unwell|sick|ill|dizzy|limp\w*|can't walk|cannot walk|elderly|frail|chemo"
)
"""A body that needs the nearer stop: a driver may be asked that, and free to say no."""


def bends_the_route(text: str) -> bool:
    """Whether the driver of a bus, a tram or a minibus is asked to bend its route for the
    user, with no need of the user's body given for it."""
    return has(ROUTE_BENT, text) and not has(NEED, text)
