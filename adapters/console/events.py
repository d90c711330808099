"""A typed line as a core event: a command, a button (by number or label), or text.

Two words belong to the console alone and never reach the engine: `/wait 1d` (or 8h,
30m) moves the virtual clock on, and `/quit` leaves.
"""

from __future__ import annotations

import re
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


def to_action(line: str, buttons: list[ReplyButton]) -> Command | Button | Text:
    """A typed line as an event: a command, a button (by number or label), or text."""
    stripped = line.strip()
    command = parse_command(stripped)
    if command is not None:
        return command
    for button in buttons:  # a label first, so "4" on a 0-10 scale means four
        if stripped.casefold() == button.label.casefold():
            return Button(button.payload)
    if stripped.isdigit() and 1 <= int(stripped) <= len(buttons):
        return Button(buttons[int(stripped) - 1].payload)
    return Text(line.rstrip("\n"))
