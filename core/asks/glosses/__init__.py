"""Glossaries for asks written in other languages (`core.asks.gloss`).

Each module holds one language's `GLOSSES`: a regular expression for a word or phrase,
written in lower case without accents and with no capturing group, mapped to the English
the rules read. A key names a word's common forms ("pid[eo]|pedir|pedirle") rather than one
text's spelling, and maps to the plainest English for it ("ask", "a stranger", "her phone
number"): a glossary is a small dictionary of the words an ask turns on, not a list of asks.
"""

from __future__ import annotations

from core.asks.glosses import (
    bulgarian,
    czech,
    polish,
    russian,
    serbocroatian,
    slovak,
    spanish,
    ukrainian,
)

GLOSSARIES: tuple[dict[str, str], ...] = (
    spanish.GLOSSES,
    polish.GLOSSES,
    czech.GLOSSES,
    slovak.GLOSSES,
    russian.GLOSSES,
    ukrainian.GLOSSES,
    serbocroatian.GLOSSES,
    bulgarian.GLOSSES,
)
