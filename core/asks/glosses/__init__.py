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
    bengali,
    catalan,
    danish,
    dutch,
    estonian,
    finnish,
    french,
    german,
    greek,
    hindustani,
    hungarian,
    icelandic,
    indonesian,
    italian,
    japanese,
    latvian,
    lithuanian,
    nepali,
    norwegian,
    portuguese,
    romanian,
    sinhala,
    spanish,
    swahili,
    swedish,
    tagalog,
    tamil,
    turkish,
    vietnamese,
)

GLOSSARIES: tuple[dict[str, str], ...] = (
    arabic.GLOSSES,
    arabizi.GLOSSES,
    bengali.GLOSSES,
    catalan.GLOSSES,
    danish.GLOSSES,
    dutch.GLOSSES,
    estonian.GLOSSES,
    finnish.GLOSSES,
    french.GLOSSES,
    german.GLOSSES,
    greek.GLOSSES,
    hindustani.GLOSSES,
    hungarian.GLOSSES,
    icelandic.GLOSSES,
    indonesian.GLOSSES,
    italian.GLOSSES,
    japanese.GLOSSES,
    latvian.GLOSSES,
    lithuanian.GLOSSES,
    nepali.GLOSSES,
    norwegian.GLOSSES,
    portuguese.GLOSSES,
    romanian.GLOSSES,
    sinhala.GLOSSES,
    spanish.GLOSSES,
    swahili.GLOSSES,
    swedish.GLOSSES,
    tagalog.GLOSSES,
    tamil.GLOSSES,
    turkish.GLOSSES,
    vietnamese.GLOSSES,
)
