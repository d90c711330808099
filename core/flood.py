"""Flood control: a sliding window of recent messages per sender, with times passed in.

Someone (or a script holding their account) sending dozens of messages a minute would
otherwise cost a database round trip each and bury their own chat in replies. Past the
limit they get one polite "slow down" and the rest is dropped without any work until
the window has room again. Only admitted messages fill the window, so a sender who keeps
typing gets through at the allowed pace instead of being shut out for good, and the
warning comes once, until a whole window passes with none of their messages let through.

The state lives in memory and is bounded: senders idle for a whole window are
forgotten, and past `max_senders` the least recently seen are dropped first.
"""

from __future__ import annotations

from collections import OrderedDict, deque
from collections.abc import Hashable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum


class Verdict(StrEnum):
    ALLOW = "allow"
    SLOW_DOWN = "slow_down"
    """The first message over the limit: answer it, once, with a request to slow down."""
    DROP = "drop"


@dataclass(frozen=True, slots=True)
class FloodLimit:
    """At most `messages` in any `window`; the defaults are a generous human pace."""

    messages: int = 30
    window: timedelta = timedelta(seconds=60)
    max_senders: int = 10_000

    def __post_init__(self) -> None:
        if self.messages < 1 or self.window <= timedelta(0) or self.max_senders < 1:
            raise ValueError("a flood limit needs at least one message, a window and a sender")


@dataclass(slots=True)
class Window:
    """One sender's admitted message times, oldest first, and whether they were warned."""

    times: deque[datetime] = field(default_factory=deque)
    warned: bool = False

    def prune(self, now: datetime, span: timedelta) -> None:
        """Keep only times inside (now - span, now]; later ones mean the clock went back."""
        self.times = deque(t for t in self.times if now - span < t <= now)
        if not self.times:
            self.warned = False


def admit(window: Window, now: datetime, limit: FloodLimit) -> Verdict:
    """Count one message at `now` against `window`, which this updates."""
    window.prune(now, limit.window)
    if len(window.times) < limit.messages:
        window.times.append(now)
        return Verdict.ALLOW
    if window.warned:
        return Verdict.DROP
    window.warned = True
    return Verdict.SLOW_DOWN


class FloodControl:
    """Windows for every recent sender, in least-recently-seen order."""

    def __init__(self, limit: FloodLimit) -> None:
        self.limit = limit
        self._windows: OrderedDict[Hashable, Window] = OrderedDict()

    def __len__(self) -> int:
        return len(self._windows)

    def check(self, sender: Hashable, now: datetime) -> Verdict:
        self._forget_idle(now)
        window = self._windows.pop(sender, None) or Window()
        verdict = admit(window, now, self.limit)
        self._windows[sender] = window
        while len(self._windows) > self.limit.max_senders:
            self._windows.popitem(last=False)
        return verdict

    def _forget_idle(self, now: datetime) -> None:
        """Drop senders whose last message left the window; the oldest come first."""
        while self._windows:
            sender, window = next(iter(self._windows.items()))
            last = window.times[-1] if window.times else None
            if last is not None and now - self.limit.window < last <= now:
                return
            del self._windows[sender]
