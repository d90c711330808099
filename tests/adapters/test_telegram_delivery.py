"""Sending at Telegram's speed through the real client: floods, blocks, dropped connections.

The limit tests run the limiter on a virtual clock shared with the fake server, so the
fake's request log carries the times a real run would have had, in milliseconds of test.
"""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict

import pytest

from adapters.telegram.platform import TelegramAdapter
from adapters.telegram.rate_limit import SendLimiter, TelegramLimits
from adapters.telegram.send import classify
from core.messages import Reply
from core.ports import Address, RecipientGone, SendFailed
from tests.adapters.conftest import ScriptedConversation, StartBot
from tests.fakes.telegram_api import ApiRequest, FakeTelegramAPI
from tests.fakes.telegram_clock import VirtualClock

PERSON = 4242


def to(chat_id: int) -> Address:
    return Address("telegram", str(chat_id))


async def start_on_virtual_time(
    telegram_api: FakeTelegramAPI, start_bot: StartBot, limits: TelegramLimits
) -> tuple[TelegramAdapter, VirtualClock, SendLimiter]:
    clock = VirtualClock()
    telegram_api.clock = clock.monotonic
    limiter = SendLimiter(limits, classify, clock=clock.monotonic, sleep=clock.sleep)
    bot = await start_bot(limiter=limiter)
    return bot, clock, limiter


def times_by_chat(requests: list[ApiRequest]) -> dict[str, list[float]]:
    times: dict[str, list[float]] = defaultdict(list)
    for request in requests:
        if request.chat_id is not None and request.method.startswith("send"):
            times[request.chat_id].append(request.at)
    return times


def tightest_window(times: list[float], count: int) -> float:
    """The shortest span holding `count + 1` sends (inf when there are not that many)."""
    ordered = sorted(times)
    spans = [ordered[i + count] - ordered[i] for i in range(len(ordered) - count)]
    return min(spans, default=float("inf"))


async def test_a_flood_pauses_only_that_chat_and_everything_arrives_in_the_end(
    telegram_api: FakeTelegramAPI, start_bot: StartBot, report
):
    bot, clock, limiter = await start_on_virtual_time(telegram_api, start_bot, TelegramLimits())
    flooded, others = 1001, [1002, 1003]
    telegram_api.flood(1, retry_after=5, chat_id=flooded)

    sends = [
        bot.send(to(chat), Reply(f"card {n}")) for n in range(3) for chat in [flooded, *others]
    ]
    await clock.run(asyncio.gather(*sends), busy=lambda: limiter.in_flight > 0)

    refused = next(r for r in telegram_api.requests if r.status == 429)
    later_to_flooded = [r.at for r in telegram_api.calls("sendMessage")[1:] if r.chat_id == "1001"]
    during_pause = [r for r in telegram_api.sends() if refused.at < r.at < refused.at + 5]
    assert all(at >= refused.at + 5 for at in later_to_flooded)
    assert {r.chat_id for r in during_pause} == {"1002", "1003"}
    assert [len(telegram_api.sends(chat)) for chat in [flooded, *others]] == [3, 3, 3]
    report(f"telegram flood: chat paused {min(later_to_flooded) - refused.at:.1f} s for 5 s asked")


async def test_scattered_floods_delay_messages_but_lose_none(
    telegram_api: FakeTelegramAPI, start_bot: StartBot
):
    limits = TelegramLimits(max_flood_retries=10)
    bot, clock, limiter = await start_on_virtual_time(telegram_api, start_bot, limits)
    telegram_api.flood_fraction(0.25, retry_after=2, seed=7)
    chats = [3000 + n for n in range(10)]

    sends = [bot.send(to(chat), Reply(f"card {n}")) for chat in chats for n in range(3)]
    await clock.run(asyncio.gather(*sends), busy=lambda: limiter.in_flight > 0)

    refused = [r for r in telegram_api.requests if r.status == 429]
    assert refused, "the fake should have refused some sends"
    assert all(len(telegram_api.sends(chat)) == 3 for chat in chats)
    for flood in refused:
        after = [
            r.at for r in telegram_api.requests if r.chat_id == flood.chat_id and r.at > flood.at
        ]
        assert min(after) >= flood.at + 2


async def test_a_flood_during_a_conversation_is_waited_out(
    telegram_api: FakeTelegramAPI, telegram_bot
):
    telegram_api.flood(1, retry_after=1, chat_id=PERSON)
    telegram_api.user_sends_text(PERSON, "hello")
    await telegram_api.wait_for_sends(1, PERSON)

    refused, delivered = telegram_api.calls("sendMessage")
    assert refused.status == 429 and delivered.ok
    assert delivered.at - refused.at >= 1.0


async def test_a_blocked_chat_raises_recipient_gone_and_is_not_tried_again(
    telegram_api: FakeTelegramAPI, telegram_bot
):
    telegram_api.block(PERSON)

    with pytest.raises(RecipientGone):
        await telegram_bot.send(to(PERSON), Reply("Today's card"))
    with pytest.raises(RecipientGone):
        await telegram_bot.send(to(PERSON), Reply("Tomorrow's card"))

    assert len(telegram_api.calls("sendMessage")) == 1


async def test_a_missing_chat_counts_as_gone(telegram_api: FakeTelegramAPI, telegram_bot):
    telegram_api.block(PERSON, "Bad Request: chat not found", status=400)

    with pytest.raises(RecipientGone):
        await telegram_bot.send(to(PERSON), Reply("Today's card"))


async def test_a_block_met_while_answering_tells_the_engine_and_stops_sending(
    telegram_api: FakeTelegramAPI, conversation: ScriptedConversation, telegram_bot
):
    conversation.answer = lambda event: [Reply("one"), Reply("two"), Reply("three")]
    telegram_api.block(PERSON)
    telegram_api.user_sends_text(PERSON, "hello")
    await telegram_api.wait_for(lambda _: len(telegram_api.calls("sendMessage")) >= 1)
    # The same chat's next update is handled only after this one is finished.
    telegram_api.unblock(PERSON)
    conversation.answer = lambda event: [Reply("welcome back")]
    telegram_api.user_sends_text(PERSON, "I'm back")
    await telegram_api.wait_for_sends(1, PERSON)

    assert [r.status for r in telegram_api.calls("sendMessage")] == [403, 200]
    assert conversation.gone == [("telegram", str(PERSON))]


async def test_blocking_the_bot_tells_the_engine_at_once(
    telegram_api: FakeTelegramAPI, conversation: ScriptedConversation, telegram_bot
):
    telegram_api.user_blocks_bot(PERSON)
    telegram_api.user_sends_text(PERSON + 1, "hello")
    await telegram_api.wait_for_sends(1, PERSON + 1)

    assert conversation.gone == [("telegram", str(PERSON))]
    with pytest.raises(RecipientGone):
        await telegram_bot.send(to(PERSON), Reply("Today's card"))
    assert telegram_api.sends(PERSON) == []


async def test_a_dropped_connection_is_retried(telegram_api: FakeTelegramAPI, telegram_bot):
    telegram_api.drop(1, method="sendMessage")
    telegram_api.user_sends_text(PERSON, "hello")
    await telegram_api.wait_for_sends(1, PERSON)

    assert [r.status for r in telegram_api.calls("sendMessage")] == [0, 200]


async def test_network_trouble_that_does_not_pass_raises_send_failed(
    telegram_api: FakeTelegramAPI, telegram_bot
):
    telegram_api.drop(100)

    with pytest.raises(SendFailed):
        await telegram_bot.send(to(PERSON), Reply("Today's card"))

    attempts = TelegramLimits().max_network_retries + 1
    assert [r.status for r in telegram_api.calls("sendMessage")] == [0] * attempts


async def test_forty_chats_and_two_groups_never_exceed_telegrams_limits(
    telegram_api: FakeTelegramAPI, start_bot: StartBot, report
):
    limits = TelegramLimits()
    bot, clock, limiter = await start_on_virtual_time(telegram_api, start_bot, limits)
    people = [2000 + n for n in range(40)]
    groups = [-1001, -1002]
    sends = [bot.send(to(chat), Reply(f"card {n}")) for chat in people for n in range(3)]
    sends += [bot.send(to(group), Reply(f"challenge {n}")) for group in groups for n in range(25)]

    started = time.perf_counter()
    await clock.run(asyncio.gather(*sends), busy=lambda: limiter.in_flight > 0)
    real = time.perf_counter() - started

    times = times_by_chat(telegram_api.sends())
    everything = [at for chat_times in times.values() for at in chat_times]
    assert len(everything) == 40 * 3 + 2 * 25
    assert min(tightest_window(times[str(chat)], 1) for chat in people) >= 1.0
    assert min(tightest_window(times[str(group)], 20) for group in groups) >= 60.0
    assert tightest_window(everything, limits.overall_per_second) >= 1.0
    busiest = max(sum(1 for t in everything if start <= t < start + 1) for start in everything)
    report(
        f"telegram limits: {len(everything)} sends to 42 chats over {clock.elapsed:.1f} virtual s "
        f"({real:.2f} s real); busiest second {busiest}/s, groups 20/min"
    )
