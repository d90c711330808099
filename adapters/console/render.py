"""Replies as plain text: a title line, the text, a saved file's path, numbered buttons.

One rule for numbers: the number shown beside a button always means that button. A button
whose label is a number (a 0 to 10 scale, a mood "4 🙂") is shown and typed as that number,
so "[6] 6" never reads as "[7] 6"; the others take the numbers from 1 that are left.
Messages that arrive together (the morning card and a follow-up, during one /wait) share
one numbering, so no two buttons on screen since the last typed line have the same number.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from pathlib import Path

from core.i18n import _
from core.messages import Attachment, Reply, ReplyButton

Save = Callable[[Attachment], Path]
Keyed = tuple[str, ReplyButton]
_NUMBER_FIRST = re.compile(r"^(\d{1,3})(?:\s|$)")


def keys_for(buttons: Sequence[ReplyButton], taken: Collection[str] = ()) -> list[str]:
    """The number each button is typed as, in order (see the module's rule); numbers in
    `taken` belong to buttons already on screen since the person last typed."""
    own = [match.group(1) if (match := _NUMBER_FIRST.match(b.label)) else None for b in buttons]
    used: set[str] = set(taken)
    keys: list[str | None] = []
    for number in own:
        keys.append(number if number is not None and number not in used else None)
        used.update(k for k in keys[-1:] if k is not None)
    free = (str(n) for n in range(1, 10_000) if str(n) not in used)
    return [key if key is not None else next(free) for key in keys]


def render(
    replies: Sequence[Reply], save: Save, taken: Collection[str] = ()
) -> tuple[list[str], list[Keyed]]:
    """The lines to print, and each button shown with the number typed for it."""
    lines: list[str] = []
    buttons = [button for reply in replies for row in reply.buttons for button in row]
    keys = iter(keys_for(buttons, taken))
    shown: list[Keyed] = []
    for reply in replies:
        lines.append("")
        if reply.edit:
            lines.append(_("(updated)"))
        if reply.title:
            lines.append(f"== {reply.title} ==")
        lines.append(reply.text)
        if reply.attachment is not None:
            lines.append(_("(file saved: {path})").format(path=save(reply.attachment)))
        for row in reply.buttons:
            labels = []
            for button in row:
                key = next(keys)
                shown.append((key, button))
                labels.append(f"[{key}] {button.label}")
            lines.append("   " + "   ".join(labels))
    return lines, shown
