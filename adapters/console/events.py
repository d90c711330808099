"""A typed line as a core event: a command, a button (by number or label), or text.

Two words belong to the console alone and never reach the engine: `/wait 1d` (or 8h,
30m) moves the virtual clock on, and `/quit` leaves.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import timedelta

from core.answering import parse_command
from core.messages import Button, Command, ReplyButton, Text

USER_ID = "local"
_WAIT = re.compile(r"^(\d{1,4})\s*([dhm])$")
_UNITS = {"d": "days", "h": "hours", "m": "minutes"}


def is_quit(line: str) -> bool:
    return line.strip().lower() in ("/quit", "/exit")


def wait_argument(line: str) -> str | None:
    """What follows `/wait`, or None when the line is not the console's clock command."""
    stripped = line.strip()
    return stripped[5:] if stripped.lower().startswith("/wait") else None


def parse_wait(text: str) -> timedelta | None:
    match = _WAIT.match(text.strip().lower())
    if not match:
        return None
    return timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})


def to_action(
    line: str, latest: Sequence[tuple[str, ReplyButton]], older: Sequence[ReplyButton] = ()
) -> Command | Button | Text:
    """A typed line as an event: a command, a button, or text.

    A number means the button shown with that number since the line before; when nothing
    shown since has buttons it is a question answered in words, so the number is text. A
    button's words press it on any message still on screen, the newest first, so an older
    message's button (a rest day offered before a reflection) still works; on an older
    message only words of two or more count, so a one-word answer to a question ("yes",
    "no") is read as the answer, never as an old card's button.
    """
    stripped = line.strip()
    command = parse_command(stripped)
    if command is not None:
        return command
    for key, button in latest:
        if stripped == key:
            return Button(button.payload)
    for button in (b for _k, b in latest):
        if stripped.casefold() == button.label.casefold():
            return Button(button.payload)
    if len(stripped.split()) > 1:
        for button in reversed(older):
            if stripped.casefold() == button.label.casefold():
                return Button(button.payload)
    return Text(line.rstrip("\n"))
