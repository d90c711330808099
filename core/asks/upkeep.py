"""Repairs asked of whoever keeps a building: a roof fixed is not a roof climbed.

`UNSAFE` in `core.asks.danger` reads a roof as somewhere the user means to go up on ("get
onto the roof of the library"). A tenant asking the owner to get a leaking roof patched
before the rains, or a studio's landlord to fix the roof above the mats, asks for the
building to be made safe, and the user goes nowhere near it. The slots read `UNSAFE` on
the text with these repairs blanked out, so going up there to fix it still counts. It
matches the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

REPAIRS = words(
    r"(?:fix|fixed|fixing|repair\w*|patch\w*|mend\w*|seal\w*|reseal\w*|re-?roof\w*|re-?tile\w*"
    r"|replac\w*|waterproof\w*) (?:the |our |my |her |his |their |a |that |this )?(?:[\w'-]+ )?"
    r"roofs?",
    r"roofs? (?:leaks?|leaking|is leaking|has (?:a |got a )?leak|repairs?|damage|needs? (?:fixing"
    r"|repairing|patching|work))",
    r"(?:leak|leaks|leaking|hole|holes|damp|drip\w*) (?:in|through|from) (?:the|our|my) roof",
)
"""A roof fixed or leaking: the building's upkeep, asked of whoever keeps it."""
