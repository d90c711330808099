"""Glossaries for asks written in other languages (`core.asks.gloss`).

Each module holds one language's `GLOSSES`: a regular expression for a word or phrase,
written in lower case without accents and with no capturing group, mapped to the English
the rules read. A key names a word's common forms ("pid[eo]|pedir|pedirle") rather than one
text's spelling, and maps to the plainest English for it ("ask", "a stranger", "her phone
number"): a glossary is a small dictionary of the words an ask turns on, not a list of asks.
"""

from __future__ import annotations

from core.asks.glosses import (
    catalan,
    danish,
    dutch,
    french,
    german,
    icelandic,
    italian,
    norwegian,
    portuguese,
    romanian,
    spanish,
    swedish,
)

GLOSSARIES: tuple[dict[str, str], ...] = (
    spanish.GLOSSES,
    portuguese.GLOSSES,
    italian.GLOSSES,
    french.GLOSSES,
    romanian.GLOSSES,
    catalan.GLOSSES,
    german.GLOSSES,
    dutch.GLOSSES,
    swedish.GLOSSES,
    norwegian.GLOSSES,
    danish.GLOSSES,
    icelandic.GLOSSES,
)
