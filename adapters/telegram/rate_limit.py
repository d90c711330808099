"""Outgoing sends at the platform's speed, with retries that never stall other chats.

Telegram drops a bot's messages (429) past roughly one message a second to a chat,
twenty a minute to a group and thirty a second overall. Every send goes through one
`SendLimiter`, which keeps a sliding log of send times per chat, per group and overall
and waits until each window has room, so the log of sends never breaks a limit.

A 429 pauses only the chat it came from (a flood reported by several chats at once is
taken as a flood of the whole bot and pauses everything); other chats keep sending.
Network trouble is retried with exponential backoff. Both are bounded, after which the
original error is raised for the caller to map.

The clock and sleep are injected so the tests can run hours of sending in virtual time.
The module is pure asyncio: the platform's errors reach it only through `classify`.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True, slots=True)
class TelegramLimits:
    """Sending limits and retry bounds; the defaults are Telegram's published limits."""

    per_chat_per_second: int = 1
    per_group_per_minute: int = 20
    overall_per_second: int = 30
    max_flood_retries: int = 3
    max_network_retries: int = 3
    backoff_seconds: float = 0.5
    max_backoff_seconds: float = 8.0
    max_wait_seconds: float = 60.0
    """A pause longer than this fails the send (the caller retries later) instead of holding it."""
    global_flood_chats: int = 3
    """This many chats flooded within a second means the whole bot is flooded."""


@dataclass(frozen=True, slots=True)
class Flood:
    """The platform asked to wait `retry_after` seconds before the next send."""

    retry_after: float
    everywhere: bool = False


@dataclass(frozen=True, slots=True)
class Transient:
    """A failure worth retrying after a backoff (network trouble, a timeout)."""


Verdict = Flood | Transient | None
"""What `classify` says about a failed send; None means: do not retry, re-raise."""


class ChatPaused(Exception):
    """The chat (or the bot) is paused for longer than the caller should wait."""

    def __init__(self, chat_id: str, seconds: float) -> None:
        super().__init__(f"chat {chat_id} is paused for {seconds:.1f} s")
        self.chat_id = chat_id
        self.seconds = seconds


class _SlidingLog:
    """Send times per key; a key may send `count` times in any window of `seconds`."""

    def __init__(self, count: int, seconds: float) -> None:
        self.count = count
        self.seconds = seconds
        self._times: dict[str, deque[float]] = {}

    def wait(self, key: str, now: float) -> float:
        times = self._times.get(key)
        if times is None or len(times) < self.count:
            return 0.0
        elapsed = now - times[0]
        return 0.0 if elapsed >= self.seconds else self.seconds - elapsed

    def record(self, key: str, now: float) -> None:
        times = self._times.setdefault(key, deque(maxlen=self.count))
        times.append(now)

    def prune(self, now: float) -> None:
        """Forget keys whose last send left the window, so quiet chats cost no memory."""
        stale = [key for key, times in self._times.items() if now - times[-1] >= self.seconds]
        for key in stale:
            del self._times[key]


class KeyedLocks(Generic[K]):
    """One first-come-first-served lock per key, forgotten when nobody holds or awaits it."""

    def __init__(self) -> None:
        self._locks: dict[K, tuple[asyncio.Lock, int]] = {}

    def __len__(self) -> int:
        return len(self._locks)

    @contextlib.asynccontextmanager
    async def hold(self, key: K) -> AsyncIterator[None]:
        lock, users = self._locks.get(key, (asyncio.Lock(), 0))
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[key]
            if users == 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)


class SendLimiter:
    """Runs sends within the limits, retrying floods and network trouble (bounded)."""

    _PRUNE_EVERY = 1000
    _OVERALL = ""

    def __init__(
        self,
        limits: TelegramLimits,
        classify: Callable[[Exception], Verdict],
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        on_flood: Callable[[float], None] | None = None,
    ) -> None:
        self.limits = limits
        self._classify = classify
        self._on_flood = on_flood
        """Told of every 429 and the seconds it asked for (the bot counts them)."""
        self._clock = clock
        self._sleep = sleep
        self._per_chat = _SlidingLog(limits.per_chat_per_second, 1.0)
        self._per_group = _SlidingLog(limits.per_group_per_minute, 60.0)
        self._overall = _SlidingLog(limits.overall_per_second, 1.0)
        self._paused_until: dict[str, float] = {}
        self._all_paused_until = 0.0
        self._recent_floods: deque[tuple[float, str]] = deque()
        self._chat_locks: KeyedLocks[str] = KeyedLocks()
        self._sends = 0
        self.in_flight = 0

    async def run(self, chat_id: str, is_group: bool, action: Callable[[], Awaitable[T]]) -> T:
        """Call `action` (one send to `chat_id`) when the limits allow, retrying as classified."""
        floods = network_errors = 0
        while True:
            await self._acquire(chat_id, is_group)
            backoff = 0.0
            try:
                return await action()
            except Exception as exc:
                verdict = self._classify(exc)
                if isinstance(verdict, Flood):
                    floods += 1
                    self._pause(chat_id, verdict)
                    if self._on_flood is not None:
                        self._on_flood(verdict.retry_after)
                    too_long = verdict.retry_after > self.limits.max_wait_seconds
                    if too_long or floods > self.limits.max_flood_retries:
                        raise
                elif isinstance(verdict, Transient):
                    network_errors += 1
                    if network_errors > self.limits.max_network_retries:
                        raise
                    backoff = self._backoff(network_errors)
                else:
                    raise
            finally:
                self.in_flight -= 1
            if backoff:
                await self._sleep(backoff)

    def paused_for(self, chat_id: str) -> float:
        """Seconds until `chat_id` may send again after a flood (0 when it may now)."""
        now = self._clock()
        until = max(self._paused_until.get(chat_id, 0.0), self._all_paused_until)
        return max(0.0, until - now)

    async def _acquire(self, chat_id: str, is_group: bool) -> None:
        # One waiter per chat at a time (asyncio.Lock is first come, first served), so a
        # busy chat's messages go out in order and never starve each other.
        async with self._chat_locks.hold(chat_id):
            while True:
                now = self._clock()
                paused = self.paused_for(chat_id)
                if paused > self.limits.max_wait_seconds:
                    raise ChatPaused(chat_id, paused)
                wait = max(paused, self._window_wait(chat_id, is_group, now))
                if wait <= 0:
                    self._record(chat_id, is_group, now)
                    return
                await self._sleep(wait)

    def _window_wait(self, chat_id: str, is_group: bool, now: float) -> float:
        waits = [self._per_chat.wait(chat_id, now), self._overall.wait(self._OVERALL, now)]
        if is_group:
            waits.append(self._per_group.wait(chat_id, now))
        return max(waits)

    def _record(self, chat_id: str, is_group: bool, now: float) -> None:
        # Recorded in the same step as the check (no await between), and counted in
        # flight at once, so a virtual clock never moves between the decision and the send.
        self._per_chat.record(chat_id, now)
        self._overall.record(self._OVERALL, now)
        if is_group:
            self._per_group.record(chat_id, now)
        self.in_flight += 1
        self._sends += 1
        if self._sends % self._PRUNE_EVERY == 0:
            self._prune(now)

    def _pause(self, chat_id: str, flood: Flood) -> None:
        now = self._clock()
        until = now + flood.retry_after
        self._paused_until[chat_id] = max(self._paused_until.get(chat_id, 0.0), until)
        self._recent_floods.append((now, chat_id))
        while self._recent_floods and now - self._recent_floods[0][0] > 1.0:
            self._recent_floods.popleft()
        flooded_chats = {chat for _, chat in self._recent_floods}
        if flood.everywhere or len(flooded_chats) >= self.limits.global_flood_chats:
            self._all_paused_until = max(self._all_paused_until, until)

    def _backoff(self, failures: int) -> float:
        delay = self.limits.backoff_seconds * 2 ** (failures - 1)
        return float(min(delay, self.limits.max_backoff_seconds))

    def _prune(self, now: float) -> None:
        for log in (self._per_chat, self._per_group, self._overall):
            log.prune(now)
        expired = [chat for chat, until in self._paused_until.items() if until <= now]
        for chat in expired:
            del self._paused_until[chat]
