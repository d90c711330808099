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
    afrikaans,
    amharic,
    arabic,
    arabic_everyday,
    arabizi,
    arabizi_everyday,
    bengali,
    bengali_everyday,
    bulgarian,
    catalan,
    cebuano,
    chinese,
    czech,
    czech_everyday,
    danish,
    dutch,
    estonian,
    finnish,
    french,
    french_everyday,
    german,
    greek,
    greek_everyday,
    hausa,
    hebrew,
    hebrew_everyday,
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
    nepali_everyday,
    norwegian,
    persian,
    persian_everyday,
    polish,
    polish_everyday,
    portuguese,
    portuguese_everyday,
    romanian,
    romanian_everyday,
    russian,
    russian_everyday,
    serbocroatian,
    serbocroatian_everyday,
    sinhala,
    slovak,
    spanish,
    spanish_everyday,
    swahili,
    swahili_everyday,
    swedish,
    tagalog,
    tamil,
    tamil_everyday,
    thai,
    turkish,
    turkish_everyday,
    ukrainian,
    ukrainian_everyday,
    vietnamese,
    welsh,
    yoruba,
)

GLOSSARIES: tuple[dict[str, str], ...] = (
    afrikaans.GLOSSES,
    amharic.GLOSSES,
    arabic.GLOSSES,
    arabic_everyday.GLOSSES,
    arabizi.GLOSSES,
    arabizi_everyday.GLOSSES,
    bengali.GLOSSES,
    bengali_everyday.GLOSSES,
    bulgarian.GLOSSES,
    catalan.GLOSSES,
    cebuano.GLOSSES,
    chinese.GLOSSES,
    czech.GLOSSES,
    czech_everyday.GLOSSES,
    danish.GLOSSES,
    dutch.GLOSSES,
    estonian.GLOSSES,
    finnish.GLOSSES,
    french.GLOSSES,
    french_everyday.GLOSSES,
    german.GLOSSES,
    greek.GLOSSES,
    greek_everyday.GLOSSES,
    hausa.GLOSSES,
    hebrew.GLOSSES,
    hebrew_everyday.GLOSSES,
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
    nepali_everyday.GLOSSES,
    norwegian.GLOSSES,
    persian.GLOSSES,
    persian_everyday.GLOSSES,
    polish.GLOSSES,
    polish_everyday.GLOSSES,
    portuguese.GLOSSES,
    portuguese_everyday.GLOSSES,
    romanian.GLOSSES,
    romanian_everyday.GLOSSES,
    russian.GLOSSES,
    russian_everyday.GLOSSES,
    serbocroatian.GLOSSES,
    serbocroatian_everyday.GLOSSES,
    sinhala.GLOSSES,
    slovak.GLOSSES,
    spanish.GLOSSES,
    spanish_everyday.GLOSSES,
    swahili.GLOSSES,
    swahili_everyday.GLOSSES,
    swedish.GLOSSES,
    tagalog.GLOSSES,
    tamil.GLOSSES,
    tamil_everyday.GLOSSES,
    thai.GLOSSES,
    turkish.GLOSSES,
    turkish_everyday.GLOSSES,
    ukrainian.GLOSSES,
    ukrainian_everyday.GLOSSES,
    vietnamese.GLOSSES,
    welsh.GLOSSES,
    yoruba.GLOSSES,
)


def _language(module: ModuleType) -> str:
    return module.__name__.rsplit(".", 1)[1].removesuffix("_everyday")


LANGUAGES: dict[str, tuple[dict[str, str], ...]] = {}
"""Each language's glossaries, for the gloss to choose the languages an ask is in: a
language's everyday words may sit in a module of their own (`spanish_everyday` beside
`spanish`), and a glossary that leaves the words it shares with a neighbour to the
neighbour's names it in `READS_WITH` (Cebuano reads Tagalog's)."""
_MODULES = [value for value in tuple(globals().values()) if isinstance(value, ModuleType)]
for _module in _MODULES:
    if hasattr(_module, "GLOSSES"):
        LANGUAGES[_language(_module)] = (*LANGUAGES.get(_language(_module), ()), _module.GLOSSES)
for _module in _MODULES:
    for _neighbour in getattr(_module, "READS_WITH", ()):
        LANGUAGES[_language(_module)] += LANGUAGES[_neighbour]
