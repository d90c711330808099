"""Replies as plain text: a title line, the text, a saved file's path, numbered buttons."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from core.i18n import _
from core.messages import Attachment, Reply, ReplyButton

Save = Callable[[Attachment], Path]


def render(replies: Sequence[Reply], save: Save) -> tuple[list[str], list[ReplyButton]]:
    """The lines to print, and the buttons in the order their numbers were given."""
    lines: list[str] = []
    shown: list[ReplyButton] = []
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
                shown.append(button)
                labels.append(f"[{len(shown)}] {button.label}")
            lines.append("   " + "   ".join(labels))
    return lines, shown
