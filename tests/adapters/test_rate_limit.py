"""The send limiter on a virtual clock: limits kept, floods waited out, retries bounded."""

from __future__ import annotations

import asyncio
import itertools
from collections import defaultdict
from collections.abc import Awaitable, Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adapters.telegram.rate_limit import (
    ChatPaused,
    Flood,
    KeyedLocks,
    SendLimiter,
    TelegramLimits,
    Transient,
    Verdict,
)
from tests.fakes.telegram_clock import VirtualClock


class Flooded(Exception):
    def __init__(self, seconds: float, everywhere: bool = False) -> None:
        super().__init__(f"retry after {seconds}")
        self.seconds = seconds
        self.everywhere = everywhere


def classify(error: Exception) -> Verdict:
    if isinstance(error, Flooded):
        return Flood(error.seconds, error.everywhere)
    if isinstance(error, ConnectionError):
        return Transient()
    return None


class Platform:
    """Records when each send reached it; can refuse sends the way a platform does."""

    def __init__(self, clock: VirtualClock) -> None:
        self.clock = clock
        self.log: list[tuple[str, float, str]] = []
        self.refusals: dict[str, list[Exception]] = defaultdict(list)

    def send(self, chat: str, text: str = "") -> Callable[[], Awaitable[str]]:
        async def action() -> str:
            self.log.append((chat, self.clock.monotonic(), text))
            if self.refusals[chat]:
                raise self.refusals[chat].pop(0)
            await asyncio.sleep(0)
            return text

        return action

    def times(self, chat: str | None = None) -> list[float]:
        return [at for who, at, _ in self.log if chat is None or who == chat]


def tightest_window(times: list[float], count: int) -> float:
    ordered = sorted(times)
    return min((ordered[i + count] - ordered[i] for i in range(len(ordered) - count)), default=1e9)


def make(limits: TelegramLimits | None = None) -> tuple[SendLimiter, VirtualClock, Platform]:
    clock = VirtualClock()
    limiter = SendLimiter(
        limits or TelegramLimits(), classify, clock=clock.monotonic, sleep=clock.sleep
    )
    return limiter, clock, Platform(clock)


async def send_later(
    clock: VirtualClock, limiter: SendLimiter, platform: Platform, chat: str, delay: float
) -> None:
    await clock.sleep(delay)
    await limiter.run(chat, chat.startswith("-"), platform.send(chat))


async def run_all(clock: VirtualClock, *sends: Awaitable[object]) -> list[object]:
    return await clock.run(asyncio.gather(*sends, return_exceptions=True), real_timeout=5)


async def test_one_chat_gets_at_most_one_message_a_second():
    limiter, clock, platform = make()
    await run_all(clock, *(limiter.run("7", False, platform.send("7")) for _ in range(5)))

    assert tightest_window(platform.times(), 1) >= 1.0
    assert clock.elapsed == pytest.approx(4.0)


async def test_a_group_gets_at_most_twenty_messages_a_minute():
    limiter, clock, platform = make()
    await run_all(clock, *(limiter.run("-5", True, platform.send("-5")) for _ in range(45)))

    assert tightest_window(platform.times(), 20) >= 60.0
    assert len(platform.log) == 45
    assert clock.elapsed == pytest.approx(124.0)  # 0..19, 60..79, 120..124: one a second


async def test_the_bot_sends_at_most_thirty_messages_a_second_overall():
    limiter, clock, platform = make()
    chats = [str(n) for n in range(100)]
    await run_all(clock, *(limiter.run(chat, False, platform.send(chat)) for chat in chats))

    assert tightest_window(platform.times(), 30) >= 1.0
    assert clock.elapsed == pytest.approx(3.0)


async def test_one_chats_messages_go_out_in_the_order_they_were_given():
    limiter, clock, platform = make()
    texts = [f"part {n}" for n in range(6)]
    await run_all(clock, *(limiter.run("7", False, platform.send("7", text)) for text in texts))

    assert [text for _, _, text in platform.log] == texts


async def test_a_flood_pauses_that_chat_for_the_announced_time_while_others_send():
    limiter, clock, platform = make()
    platform.refusals["1"].append(Flooded(10))
    sends = [limiter.run(chat, False, platform.send(chat)) for chat in ["1", "2"] for _ in range(4)]
    results = await run_all(clock, *sends)

    refused_at, *retried = platform.times("1")
    assert min(retried) >= refused_at + 10
    assert sum(1 for at in platform.times("2") if at < refused_at + 10) == 4
    assert not any(isinstance(result, Exception) for result in results)


async def test_floods_in_several_chats_at_once_pause_every_chat():
    limiter, clock, platform = make(TelegramLimits(global_flood_chats=3))
    for chat in "abc":
        platform.refusals[chat].append(Flooded(5))
    flooded = [limiter.run(chat, False, platform.send(chat)) for chat in "abc"]
    await run_all(clock, *flooded, send_later(clock, limiter, platform, "d", 0.5))

    assert platform.times("d")[0] >= clock.start + 5


async def test_a_flood_in_one_chat_leaves_the_others_alone():
    limiter, clock, platform = make(TelegramLimits(global_flood_chats=3))
    platform.refusals["a"].append(Flooded(5))
    flooded = limiter.run("a", False, platform.send("a"))
    await run_all(clock, flooded, send_later(clock, limiter, platform, "d", 0.5))

    assert platform.times("d") == [clock.start + 0.5]


async def test_a_flood_said_to_be_global_pauses_every_chat():
    limiter, clock, platform = make()
    platform.refusals["a"].append(Flooded(3, everywhere=True))
    flooded = limiter.run("a", False, platform.send("a"))
    await run_all(clock, flooded, send_later(clock, limiter, platform, "b", 0.5))

    assert platform.times("b")[0] >= clock.start + 3


async def test_floods_are_retried_a_bounded_number_of_times():
    limiter, clock, platform = make(TelegramLimits(max_flood_retries=2))
    platform.refusals["1"].extend(Flooded(1) for _ in range(10))

    [result] = await run_all(clock, limiter.run("1", False, platform.send("1")))

    assert isinstance(result, Flooded)
    assert len(platform.log) == 3


async def test_a_flood_longer_than_the_patience_fails_at_once_and_holds_the_chat():
    limiter, clock, platform = make(TelegramLimits(max_wait_seconds=60))
    platform.refusals["1"].append(Flooded(3600))

    [first] = await run_all(clock, limiter.run("1", False, platform.send("1")))
    [second] = await run_all(clock, limiter.run("1", False, platform.send("1")))
    [elsewhere] = await run_all(clock, limiter.run("2", False, platform.send("2")))

    assert isinstance(first, Flooded)
    assert isinstance(second, ChatPaused) and second.seconds > 3500
    assert elsewhere is not None and not isinstance(elsewhere, Exception)
    assert [chat for chat, _, _ in platform.log] == ["1", "2"]


async def test_network_trouble_is_retried_with_growing_pauses_then_given_up():
    limiter, clock, platform = make(TelegramLimits(max_network_retries=3, backoff_seconds=0.5))
    platform.refusals["1"].extend(ConnectionError("reset") for _ in range(10))

    [result] = await run_all(clock, limiter.run("1", False, platform.send("1")))

    times = platform.times()
    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    assert isinstance(result, ConnectionError)
    # Backoffs of 0.5, 1 and 2 s; one message a second per chat rounds the first up.
    assert gaps == [1.0, 1.0, 2.0]


async def test_an_error_that_is_not_worth_retrying_is_raised_at_once():
    limiter, clock, platform = make()
    platform.refusals["1"].append(ValueError("bad request"))

    [result] = await run_all(clock, limiter.run("1", False, platform.send("1")))

    assert isinstance(result, ValueError)
    assert len(platform.log) == 1
    assert limiter.in_flight == 0


async def test_locks_for_quiet_chats_are_forgotten():
    locks: KeyedLocks[str] = KeyedLocks()
    async with locks.hold("a"):
        assert len(locks) == 1
    assert len(locks) == 0


sends_strategy = st.lists(
    st.tuples(st.sampled_from(["1", "2", "3", "-10", "-20"]), st.floats(0, 5)),
    min_size=1,
    max_size=60,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sends_strategy)
def test_no_pattern_of_sends_breaks_a_limit(plan: list[tuple[str, float]]):
    limits = TelegramLimits(per_chat_per_second=1, per_group_per_minute=4, overall_per_second=3)

    async def scenario() -> Platform:
        limiter, clock, platform = make(limits)

        await run_all(
            clock, *(send_later(clock, limiter, platform, chat, delay) for chat, delay in plan)
        )
        return platform

    platform = asyncio.run(scenario())

    assert len(platform.log) == len(plan)
    assert tightest_window(platform.times(), 3) >= 1.0
    for chat in {chat for chat, _ in plan}:
        assert tightest_window(platform.times(chat), 1) >= 1.0
        if chat.startswith("-"):
            assert tightest_window(platform.times(chat), 4) >= 60.0
