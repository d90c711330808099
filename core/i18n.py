"""Translation hooks: every sentence a user reads goes through `_`.

Core only marks strings. A catalog for the "askanyway" domain in the system's locale
directories is used when one exists; with none, the English text comes back unchanged.
"""

from __future__ import annotations

import gettext
from functools import cache

DOMAIN = "askanyway"


@cache
def _catalog() -> gettext.NullTranslations:
    """Found once: `gettext.dgettext` would search the locale directories on every call,
    which cost the morning fan-out about 50 µs per sentence."""
    return gettext.translation(DOMAIN, fallback=True)


def _(message: str) -> str:
    return _catalog().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _catalog().ngettext(singular, plural, n)
