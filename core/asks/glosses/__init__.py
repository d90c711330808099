"""Glossaries for asks written in other languages (`core.asks.gloss`).

Each module holds one language's `GLOSSES`: a regular expression for a word or phrase,
written in lower case without accents and with no capturing group, mapped to the English
the rules read. A key names a word's common forms ("pid[eo]|pedir|pedirle") rather than one
text's spelling, and maps to the plainest English for it ("ask", "a stranger", "her phone
number"): a glossary is a small dictionary of the words an ask turns on, not a list of asks.
"""

from __future__ import annotations

from core.asks.glosses import (
    arabic,
    arabizi,
    estonian,
    finnish,
    greek,
    hungarian,
    latvian,
    lithuanian,
    spanish,
    swahili,
)

GLOSSARIES: tuple[dict[str, str], ...] = (
    spanish.GLOSSES,
    arabic.GLOSSES,
    arabizi.GLOSSES,
    greek.GLOSSES,
    hungarian.GLOSSES,
    finnish.GLOSSES,
    estonian.GLOSSES,
    lithuanian.GLOSSES,
    latvian.GLOSSES,
    swahili.GLOSSES,
)
