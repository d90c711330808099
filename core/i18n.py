"""Translation hooks: every sentence a user reads goes through `_`.

Core only marks strings; `bot/` installs a catalog when one exists. With none, the
standard library's gettext returns the English text unchanged.
"""

from __future__ import annotations

import gettext

DOMAIN = "askanyway"


def _(message: str) -> str:
    return gettext.dgettext(DOMAIN, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return gettext.dngettext(DOMAIN, singular, plural, n)
