"""Risks taken on with no skill for them or against a closure: an unbroken horse, a closed pool.

"Ask the herder if I can ride his unbroken horse, never been on a horse in my life": a horse no
one has yet backed throws even a practised rider, and a first-timer on one is a fall waiting.
"Ask the guard to let me swim at the cachoeira after they closed it for flash flood risk": a
waterfall, a beach or a river closed for a flood, a current or sharks is closed because the
water kills; the guard's yes cannot make it safe. Unsafe whoever is asked, so these join
`core.asks.danger.UNSAFE`. A lesson on a quiet pony, a ride on the herder's old mare with him
leading, or a swim once the beach reopens stays fair. Fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

_UNBROKEN = (
    r"(?:unbroken|unbroke|un-?broken|untamed|half-?broken|half-?broke|green-?broke|unbacked"
    r"|unbacked|wild|bucking|unridden|never been ridden)"
)
_BEAST = r"(?:horses?|stallions?|colts?|mares?|ponies|pony|camels?|bulls?|broncos?|mustangs?)"
_WATER_WORD = (
    r"(?:swim|swims|swimming|bathe|bathing|dive|diving|jump in|go in|get in|paddle|paddling"
    r"|wade|wading|kayak\w*|raft\w*|tube|tubing|float|surf|surfing)"
)
_CLOSED = r"(?:closed|shut|shut down|fenced off|cordoned off|taped off|off limits|red-?flagged)"
_HAZARD = (
    r"(?:flash[- ]?floods?|floods?|flooding|high water|currents?|rips?|rip tides?|undertow"
    r"|sharks?|jellyfish|crocs?|crocodiles?|storms?|landslides?|rock ?falls?|risk|danger|safety"
    r"|unsafe|drownings?|sewage|contamination|algae|bacteria)"
)

PATTERNS = (
    rf"ride (?:\w+ ){{0,3}}?{_UNBROKEN} {_BEAST}\b",
    rf"{_WATER_WORD}\b[^.!?;]{{0,60}}\b(?:after|when|while|though|even though|although|since"
    rf"|because|but|now) (?:\w+ ){{0,3}}?(?:is |are |was |were |has been |have been |'s |got )?"
    rf"{_CLOSED}\b[^.!?;]{{0,30}}\b{_HAZARD}\b",
    rf"{_CLOSED} (?:\w+ ){{0,3}}?(?:for|because of|due to|over) (?:\w+ ){{0,3}}?{_HAZARD}\b"
    rf"[^.!?;]{{0,80}}\b(?:let (?:me|us)|if (?:i|we) (?:can|could)) (?:\w+ )?{_WATER_WORD}\b",
)
"""An unbroken horse ridden, or water entered where it is closed for a flood, a current or
sharks."""
