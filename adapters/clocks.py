"""Clocks: the real one, and the console's virtual one that can jump ahead."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class VirtualClock:
    """Runs at real speed from a chosen start, and jumps forward on request.

    The console uses it so the whole daily cycle can be tried in a minute:
    `--now` picks the start and `/wait 8h` moves it.
    """

    def __init__(self, start: datetime, monotonic: Callable[[], float] = time.monotonic) -> None:
        if start.tzinfo is None:
            raise ValueError("the start time needs a time zone")
        self._start = start.astimezone(UTC)
        self._monotonic = monotonic
        self._origin = monotonic()
        self._jumped = timedelta()

    def now(self) -> datetime:
        elapsed = timedelta(seconds=self._monotonic() - self._origin)
        return self._start + elapsed + self._jumped

    def advance(self, by: timedelta) -> None:
        if by < timedelta():
            raise ValueError("the clock only moves forward")
        self._jumped += by
