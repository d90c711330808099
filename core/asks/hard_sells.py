"""The user's wares sold to people who cannot get away: in the chair, on the ride, at a feast.

"Push my mate's protein powder on every customer in the chair, don't take the cape off till
they buy a tub", "sell my makeup line to everyone sa jeep, di sila makakatakas anyway", "go
to my cousin's walima and sell my phone covers to every guest, they cannot refuse family":
someone mid-haircut, a passenger before their stop, a guest at a wedding feast cannot walk
away from a pitch, and a service held back until they buy leaves no no at all. The user's own
stall, or a shop's own customers at its counter, are no one held. Fragments for
`core.asks.captive.PITCH_TO_THE_CAPTIVE`, refused whoever is asked; over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

_SELL = r"(?:sell|push|flog|pitch|hawk|plug|peddle|market|shill)(?:s|ing|ed)?"
_HELD = (
    r"(?:in|on) (?:the|my|their|his|her) (?:barber'?s? |salon |dentist'?s? )?chairs?\b"
    r"|(?:in|on|sa|aboard) (?:the |a |my )?(?:jeep|jeepney|tricycle|trike|bus|tram|train|cab"
    r"|taxi|minibus|matatu|ferry|plane|flight|uber|lift|elevator)\b(?! (?:route|stop|station"
    r"|shelter|timetable|lane|depot|terminal)\b)"
    r"|(?:every|each|all the|all my) (?:\w+ )?(?:guests?|mourners|wedding guests|relatives)\b"
    r"|(?:at|to) (?:my |our |the |a |[\w']+'s )?(?:\w+ )?(?:walima|wedding|nikah|mehndi|baptism"
    r"|christening|funeral|wake|birthday party|engagement party|reunion|baby shower|shiva)\b"
    r"(?! (?:fair|expo|show|market|fayre|suppliers?)\b)"
)
"""Where people cannot walk away: in the chair, aboard a ride, as guests at a feast."""
_CANNOT_GET_AWAY = (
    r"(?:can't|cannot|won't be able to|di|hindi) (?:\w+ )?(?:refuse|escape|get away|leave|say no"
    r"|makakatakas|makakaalis|makatanggi)\b"
)
PITCH_TO_THE_HELD = (
    rf"(?<!can )(?<!could )(?<!may )(?<!might ){_SELL} (?:[\w'-]+ ){{0,5}}?(?:on|to) (?:[\w']+ )"
    rf"{{0,3}}?(?:{_HELD})",
    rf"{_SELL} (?:[\w'-]+ ){{0,5}}?(?:to|on) (?:every|each|all)(?:one|body)? (?:[\w']+ ){{0,3}}?"
    rf"[^.!?]{{0,20}}{_CANNOT_GET_AWAY}",
    r"(?:don't|do not|won't|never) (?:take|let|unlock|open|release|finish)\b[^.!?]{0,40}"
    r"\b(?:till|until|unless) (?:they|he|she) (?:buy|buys|pay|pays|order|orders|sign|signs"
    r"|agree|agrees)\b",
)
"""A pitch to people held in the chair, on a ride or at a feast, or to all who the words
say cannot refuse, or a service held back until they buy. Asking the ferry company or the
organiser whether the user may sell there ("if I can sell snacks on the ferry") leaves the no
with them."""
