"""Repairs asked of whoever keeps a building: a roof fixed is not a roof climbed.

`UNSAFE` in `core.asks.danger` reads a roof as somewhere the user means to go up on ("get
onto the roof of the library"). A tenant asking the owner to get a leaking roof patched
before the rains ("the bunkhouse roof, it's leakin again"), or a studio's landlord to fix
the roof above the mats, asks for the building to be made safe, and the user goes nowhere
near it. The slots read `UNSAFE` on the text with these repairs blanked out, so going up
there to fix it still counts. So does a roof terrace, unless the words say it is the shared
one of the user's own building, a space the residents are meant to use, or pots kept up
there with the owner's leave ("grow a small herb garden on the roof"); and a hand with a
neighbour's roof offered in return for a favour is the user's offer, not the ask. It
matches the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import without, words

_LEAKING = r"(?:leak(?:s|ing|in|y)?|drip(?:s|ping|pin)?|letting (?:in )?(?:the )?(?:rain|water))"
"""A roof letting water in, typed with its "g" or without ("leakin")."""
REPAIRS = words(
    r"(?:fix|fixed|fixing|repair\w*|patch\w*|mend\w*|seal\w*|reseal\w*|re-?roof\w*|re-?tile\w*"
    r"|replac\w*|waterproof\w*) (?:the |our |my |her |his |their |a |that |this )?(?:[\w'-]+ )?"
    r"roofs?",
    r"roofs? (?:leaks?|leaking|is leaking|has (?:a |got a )?leak|repairs?|damage|needs? (?:fixing"
    r"|repairing|patching|work))",
    rf"roofs?(?:'s)?,? (?:(?:it's|it is|is|has been|been|'s|keeps|still|again|always) ){{0,2}}"
    rf"{_LEAKING}",
    r"(?:leak|leaks|leaking|hole|holes|damp|drip\w*) (?:in|through|from) (?:the|our|my) roof",
)
"""A roof fixed or leaking: the building's upkeep, asked of whoever keeps it."""
SHARED_ROOF = words(
    r"(?:shared|communal|residents'?|building's) roof ?(?:terrace|garden|deck|top)s?",
)
"""The roof terrace of the user's own building, shared by those who live there."""
ROOF_GARDEN = words(
    r"(?:grow|plant|keep|put|start|set up|have) (?:a |some |my |our )?(?:\w+ ){0,3}(?:garden"
    r"|herbs|plants|pots|planters|vegetables|veg|tomatoes|flowers|seedlings) (?:up )?on (?:the"
    r"|our|my) roof\b(?! (?:at night|after dark))",
)
"""Pots or a herb garden kept on the roof, asked of whoever owns it ("ask my landlord if I
can grow a small herb garden on the roof"): a use of the building, no climb for a thrill."""
HAND_OFFERED = words(
    r"(?:i'll|i will|i can|i could|and|or) (?:\w+ ){0,3}?help (?:him |her |them )?(?:out )?"
    r"(?:with|fix|mend|patch|clear) (?:his|her|their) (?:\w+ )?roof",
)
"""A hand with the other person's roof offered in return ("I'll pay him or help with his
roof"): what the user gives, not a roof the ask sends them up on."""


def without_upkeep(text: str) -> str:
    """The text with a building's upkeep, its shared roof terrace and a hand offered with a
    roof blanked out, for `UNSAFE` to read the rest."""
    if "roof" not in text:
        return text  # every reading here is of a roof: skip three scans
    kept = without(ROOF_GARDEN, without(SHARED_ROOF, without(REPAIRS, text)))
    return without(HAND_OFFERED, kept)
