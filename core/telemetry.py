"""What the tick tells an operator about its deliveries, through a port core defines.

Core counts nothing itself and logs nothing: it reports how each delivery ended (sent,
failed and waiting for a retry, gone, ...) to a `DeliveryWatch`, and the composition root
turns that into log lines and metrics. A failure carries what an operator needs (which
platform, which kind of delivery, how long the platform asked to wait, when the bot will
try again, the error's kind), never what the message said.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Ended:
    """How one delivery ended.

    `kind` is the delivery's kind without its target (`follow_up`, not `follow_up:42`),
    so there are few of them. `retry_at` is set when it will be tried again.
    """

    platform: str
    kind: str
    outcome: str
    retry_after: float | None = None
    """The seconds the platform asked to wait, when it asked."""
    retry_at: datetime | None = None
    error: str = ""
    """The failure's kind (an exception class name), never its text."""


class DeliveryWatch(Protocol):
    def ended(self, ended: Ended) -> None:
        """Called once for every delivery the tick sent or tried to send."""
        ...


class Unwatched:
    """The watch when nobody watches (tests, the console)."""

    def ended(self, ended: Ended) -> None:
        return None


def kind_of(kind: str) -> str:
    """`follow_up:42` -> `follow_up`: a delivery's kind without the thing it is about."""
    return kind.split(":", 1)[0]


def error_kind(error: BaseException) -> str:
    """The name of what went wrong underneath, e.g. `RetryAfter` or `TimedOut`."""
    cause = error.__cause__ or error
    return type(cause).__name__
