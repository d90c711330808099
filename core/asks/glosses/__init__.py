"""Glossaries for asks written in other languages (`core.asks.gloss`).

Each module holds one language's `GLOSSES`: a regular expression for a word or phrase,
written in lower case without accents and with no capturing group, mapped to the English
the rules read. A key names a word's common forms ("pid[eo]|pedir|pedirle") rather than one
text's spelling, and maps to the plainest English for it ("ask", "a stranger", "her phone
number"): a glossary is a small dictionary of the words an ask turns on, not a list of asks.
"""

from __future__ import annotations

import pkgutil
from importlib import import_module
from types import ModuleType


def _language(module: ModuleType) -> str:
    return module.__name__.rsplit(".", 1)[1].removesuffix("_everyday")


LANGUAGES: dict[str, tuple[dict[str, str], ...]] = {}
"""Each language's glossaries, for the gloss to choose the languages an ask is in: a
language's everyday words may sit in a module of their own (`spanish_everyday` beside
`spanish`), and a glossary that leaves the words it shares with a neighbour to the
neighbour's names it in `READS_WITH` (Cebuano reads Tagalog's)."""
_MODULES = [
    import_module(f"{__name__}.{found.name}")
    for found in sorted(pkgutil.iter_modules(__path__), key=lambda found: found.name)
]
"""Every module of this package, alphabetically: a new glossary needs no list of its own."""
GLOSSARIES: tuple[dict[str, str], ...] = tuple(module.GLOSSES for module in _MODULES)
"""Every glossary (each key is checked by the tests)."""
for _module in _MODULES:
    LANGUAGES[_language(_module)] = (*LANGUAGES.get(_language(_module), ()), _module.GLOSSES)
for _module in _MODULES:
    for _neighbour in getattr(_module, "READS_WITH", ()):
        LANGUAGES[_language(_module)] += LANGUAGES[_neighbour]
