"""Glossaries for asks written in other languages (`core.asks.gloss`).

Each module holds one language's `GLOSSES`: a regular expression for a word or phrase,
written in lower case without accents and with no capturing group, mapped to the English
the rules read. A key names a word's common forms ("pid[eo]|pedir|pedirle") rather than one
text's spelling, and maps to the plainest English for it ("ask", "a stranger", "her phone
number"): a glossary is a small dictionary of the words an ask turns on, not a list of asks.
"""

from __future__ import annotations

from types import ModuleType

from core.asks.glosses import (
    arabic,
    arabic_everyday,
    arabizi,
    arabizi_everyday,
    bengali,
    bengali_everyday,
    bulgarian,
    catalan,
    chinese,
    czech,
    danish,
    dutch,
    estonian,
    finnish,
    french,
    french_everyday,
    german,
    greek,
    hausa,
    hebrew,
    hindustani,
    hindustani_everyday,
    hungarian,
    icelandic,
    indonesian,
    italian,
    italian_everyday,
    japanese,
    korean,
    latvian,
    lithuanian,
    nepali,
    norwegian,
    persian,
    polish,
    portuguese,
    portuguese_everyday,
    romanian,
    romanian_everyday,
    russian,
    serbocroatian,
    sinhala,
    slovak,
    spanish,
    spanish_everyday,
    swahili,
    swedish,
    tagalog,
    tamil,
    tamil_everyday,
    thai,
    turkish,
    ukrainian,
    vietnamese,
)

GLOSSARIES: tuple[dict[str, str], ...] = (
    arabic.GLOSSES,
    arabic_everyday.GLOSSES,
    arabizi.GLOSSES,
    arabizi_everyday.GLOSSES,
    bengali.GLOSSES,
    bengali_everyday.GLOSSES,
    bulgarian.GLOSSES,
    catalan.GLOSSES,
    chinese.GLOSSES,
    czech.GLOSSES,
    danish.GLOSSES,
    dutch.GLOSSES,
    estonian.GLOSSES,
    finnish.GLOSSES,
    french.GLOSSES,
    french_everyday.GLOSSES,
    german.GLOSSES,
    greek.GLOSSES,
    hausa.GLOSSES,
    hebrew.GLOSSES,
    hindustani.GLOSSES,
    hindustani_everyday.GLOSSES,
    hungarian.GLOSSES,
    icelandic.GLOSSES,
    indonesian.GLOSSES,
    italian.GLOSSES,
    italian_everyday.GLOSSES,
    japanese.GLOSSES,
    korean.GLOSSES,
    latvian.GLOSSES,
    lithuanian.GLOSSES,
    nepali.GLOSSES,
    norwegian.GLOSSES,
    persian.GLOSSES,
    polish.GLOSSES,
    portuguese.GLOSSES,
    portuguese_everyday.GLOSSES,
    romanian.GLOSSES,
    romanian_everyday.GLOSSES,
    russian.GLOSSES,
    serbocroatian.GLOSSES,
    sinhala.GLOSSES,
    slovak.GLOSSES,
    spanish.GLOSSES,
    spanish_everyday.GLOSSES,
    swahili.GLOSSES,
    swedish.GLOSSES,
    tagalog.GLOSSES,
    tamil.GLOSSES,
    tamil_everyday.GLOSSES,
    thai.GLOSSES,
    turkish.GLOSSES,
    ukrainian.GLOSSES,
    vietnamese.GLOSSES,
)


def _language(module: ModuleType) -> str:
    return module.__name__.rsplit(".", 1)[1].removesuffix("_everyday")


LANGUAGES: dict[str, tuple[dict[str, str], ...]] = {}
"""Each language's glossaries (a language's everyday words may sit in a module of their own,
`spanish_everyday` beside `spanish`), for the gloss to choose the languages an ask is in."""
for _module in [value for value in tuple(globals().values()) if isinstance(value, ModuleType)]:
    if hasattr(_module, "GLOSSES"):
        LANGUAGES[_language(_module)] = (*LANGUAGES.get(_language(_module), ()), _module.GLOSSES)
