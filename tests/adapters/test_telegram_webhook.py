"""Webhook mode: stored before answered, once per update_id, and nothing lost to a crash.

The real python-telegram-bot client talks to the fake Bot API; the fake posts updates to
the bot's own HTTP server on 127.0.0.1 as Telegram would. The conversation can be held at
a gate, so a test sees the inbox between Telegram's answer and the handling.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from adapters.store.database import create_engine
from adapters.telegram.platform import ALLOWED_UPDATES, TelegramAdapter
from adapters.telegram.webhook import TelegramWebhook, WebhookOptions
from core.messages import Text
from tests.adapters.conftest import StartBot
from tests.adapters.webhook_doubles import GatedConversation, WatchedInbox, free_port
from tests.fakes.chat import FixedClock, migrated_sqlite
from tests.fakes.telegram_api import FakeTelegramAPI

PERSON = 4242
SECRET = "a-shared-secret_for-tests"
T0 = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)


@pytest.fixture
def conversation() -> GatedConversation:
    return GatedConversation()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(T0)


@pytest.fixture
async def inbox(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[WatchedInbox]:
    template = tmp_path_factory.getbasetemp() / "template" / "askanyway.db"
    watched = WatchedInbox(create_engine(await migrated_sqlite(tmp_path, template)))
    yield watched
    await watched.close()


@pytest.fixture
def start_webhook_bot(start_bot: StartBot, inbox: WatchedInbox, clock: FixedClock) -> StartBot:
    """Start an adapter in webhook mode on a free loopback port (stopped after the test)."""

    async def start(*, secret: str | None = SECRET, grace: float = 10.0, **overrides: Any):
        port = free_port()
        options = WebhookOptions(
            url=f"http://127.0.0.1:{port}/telegram",
            host="127.0.0.1",
            port=port,
            secret=secret,
            stop_grace_seconds=grace,
        )
        return await start_bot(webhook=TelegramWebhook(options, inbox, clock), **overrides)

    return start


async def test_webhook_mode_registers_the_webhook_and_never_polls(
    telegram_api: FakeTelegramAPI, start_webhook_bot: StartBot
):
    bot = await start_webhook_bot()
    await bot.stop()

    [registered] = telegram_api.calls("setWebhook")
    assert registered.params["secret_token"] == SECRET
    assert registered.params["allowed_updates"] == list(ALLOWED_UPDATES)
    assert registered.params["drop_pending_updates"] in (False, "False", "false")
    assert telegram_api.calls("getUpdates") == []
    assert telegram_api.calls("deleteWebhook") == []
    assert telegram_api.webhook.url.endswith("/telegram")  # still set after the stop


async def test_an_update_is_stored_before_telegram_hears_it_arrived(
    telegram_api: FakeTelegramAPI,
    conversation: GatedConversation,
    inbox: WatchedInbox,
    start_webhook_bot: StartBot,
):
    await start_webhook_bot()
    conversation.gate.clear()
    update_id = telegram_api.user_sends_text(PERSON, "They said yes to the window seat!")

    assert await telegram_api.push_updates() == [200]

    [row] = await inbox.rows()
    assert row["update_id"] == update_id
    assert row["body"]["message"]["text"] == "They said yes to the window seat!"
    assert row["received_at"] == T0
    assert row["handled_at"] is None
    assert telegram_api.pending_updates == 0

    conversation.gate.set()
    await inbox.wait_handled(1)
    assert telegram_api.sends(PERSON)[0].text == "echo: They said yes to the window seat!"


async def test_a_redelivered_update_is_stored_once_and_handled_once(
    telegram_api: FakeTelegramAPI,
    conversation: GatedConversation,
    inbox: WatchedInbox,
    start_webhook_bot: StartBot,
):
    await start_webhook_bot()
    first = telegram_api.user_sends_text(PERSON, "first")

    assert await telegram_api.push_updates(copies=3) == [200, 200, 200]
    await inbox.wait_handled(1)
    telegram_api.user_sends_text(PERSON, "second")
    await telegram_api.push_updates()
    await inbox.wait_handled(2)

    assert [event.what for event in conversation.events] == [Text("first"), Text("second")]
    assert [send.text for send in telegram_api.sends(PERSON)] == ["echo: first", "echo: second"]
    assert [row["update_id"] for row in await inbox.rows()] == [first, first + 1]


async def test_a_wrong_or_missing_secret_gets_401_and_nothing_is_stored(
    telegram_api: FakeTelegramAPI, inbox: WatchedInbox, start_webhook_bot: StartBot
):
    await start_webhook_bot()
    telegram_api.user_sends_text(PERSON, "hello")

    assert await telegram_api.push_updates(secret="not-the-secret") == [401]
    assert await telegram_api.push_updates(secret="") == [401]

    assert await inbox.rows() == []
    assert telegram_api.pending_updates == 1  # Telegram keeps it and tries again
    assert await telegram_api.push_updates() == [200]
    await inbox.wait_handled(1)


async def test_an_update_the_database_cannot_take_is_not_acknowledged(
    telegram_api: FakeTelegramAPI, inbox: WatchedInbox, start_webhook_bot: StartBot
):
    await start_webhook_bot()
    telegram_api.user_sends_text(PERSON, "hello")
    inbox.failing_saves = 1

    assert await telegram_api.push_updates() == [503]
    assert telegram_api.pending_updates == 1
    assert await telegram_api.push_updates() == [200]
    await inbox.wait_handled(1)
    assert telegram_api.sends(PERSON)[0].text == "echo: hello"


async def test_a_mark_that_fails_is_tried_again_without_handling_the_update_twice(
    telegram_api: FakeTelegramAPI,
    conversation: GatedConversation,
    inbox: WatchedInbox,
    start_webhook_bot: StartBot,
):
    await start_webhook_bot()
    inbox.failing_marks = 1
    update_id = telegram_api.user_sends_text(PERSON, "hello")

    await telegram_api.push_updates()
    await inbox.wait_handled(1)

    assert inbox.handled == [update_id]
    assert [event.what for event in conversation.events] == [Text("hello")]
    assert len(telegram_api.sends(PERSON)) == 1


async def test_without_a_configured_secret_each_start_makes_one_of_its_own(
    telegram_api: FakeTelegramAPI, inbox: WatchedInbox, start_webhook_bot: StartBot
):
    first = await start_webhook_bot(secret=None)
    await first.stop()
    await start_webhook_bot(secret=None)

    made = [call.params["secret_token"] for call in telegram_api.calls("setWebhook")]
    assert len(set(made)) == 2
    assert all(len(secret) >= 32 for secret in made)
    telegram_api.user_sends_text(PERSON, "hello")
    assert await telegram_api.push_updates() == [200]
    await inbox.wait_handled(1)


async def test_a_body_that_is_not_an_update_is_refused(
    telegram_api: FakeTelegramAPI, inbox: WatchedInbox, start_webhook_bot: StartBot
):
    await start_webhook_bot()

    assert await telegram_api.webhook.post({"message": {"text": "no id"}}) == 400
    assert await telegram_api.webhook.post({"update_id": "12"}) == 400
    assert await inbox.rows() == []


async def test_an_update_the_library_cannot_read_is_set_aside_not_retried_forever(
    telegram_api: FakeTelegramAPI,
    conversation: GatedConversation,
    inbox: WatchedInbox,
    start_webhook_bot: StartBot,
):
    await start_webhook_bot()

    assert await telegram_api.webhook.post({"update_id": 5, "message": "not an object"}) == 200
    telegram_api.user_sends_text(PERSON, "hello")
    await telegram_api.push_updates()
    await inbox.wait_handled(2)

    assert sorted(set(inbox.handled)) == sorted(inbox.handled)
    assert [event.what for event in conversation.events] == [Text("hello")]
    assert await inbox.unhandled(10) == []


async def test_a_crash_leaves_the_update_unhandled_and_the_next_start_handles_it(
    telegram_api: FakeTelegramAPI,
    conversation: GatedConversation,
    inbox: WatchedInbox,
    start_webhook_bot: StartBot,
):
    crashing = await start_webhook_bot(grace=0)
    conversation.gate.clear()
    update_id = telegram_api.user_sends_text(PERSON, "I asked, they said no, I'm fine")
    assert await telegram_api.push_updates() == [200]
    await conversation.entered.wait()

    await crashing.stop()  # no grace: the handling in progress is cut short

    assert [row["handled_at"] for row in await inbox.rows()] == [None]
    assert telegram_api.sends(PERSON) == []
    after_restart = GatedConversation()
    await start_webhook_bot(conversation=after_restart)
    await inbox.wait_handled(1)

    assert inbox.handled == [update_id]
    assert [event.what for event in after_restart.events] == [
        Text("I asked, they said no, I'm fine")
    ]
    assert telegram_api.sends(PERSON)[0].text == "echo: I asked, they said no, I'm fine"


async def test_a_handled_update_keeps_only_its_id_and_times(
    telegram_api: FakeTelegramAPI, inbox: WatchedInbox, clock: FixedClock, start_webhook_bot
):
    await start_webhook_bot()
    update_id = telegram_api.user_sends_text(PERSON, "my mood after asking: 4/5")
    await telegram_api.push_updates()
    await inbox.wait_handled(1)

    assert await inbox.rows() == [
        {"update_id": update_id, "body": None, "received_at": T0, "handled_at": T0}
    ]


async def test_handled_updates_are_purged_after_a_day(
    telegram_api: FakeTelegramAPI, inbox: WatchedInbox, clock: FixedClock, start_webhook_bot
):
    yesterday = await start_webhook_bot()
    old = telegram_api.user_sends_text(PERSON, "yesterday")
    await telegram_api.push_updates()
    await inbox.wait_handled(1)
    await yesterday.stop()

    clock.advance(hours=25)
    await start_webhook_bot()
    new = telegram_api.user_sends_text(PERSON, "today")
    await telegram_api.push_updates()
    await inbox.wait_handled(2)

    rows = await inbox.rows()
    assert old not in [row["update_id"] for row in rows]
    assert [row["update_id"] for row in rows] == [new]


async def test_many_updates_from_several_chats_are_each_handled_in_order(
    telegram_api: FakeTelegramAPI,
    conversation: GatedConversation,
    inbox: WatchedInbox,
    start_webhook_bot: StartBot,
    report,
):
    await start_webhook_bot()
    chats, per_chat = 5, 10
    for n in range(per_chat):
        for chat in range(chats):
            telegram_api.user_sends_text(PERSON + chat, f"message {n}")

    began = time.perf_counter()
    statuses = await telegram_api.push_updates(copies=2)
    await inbox.wait_handled(chats * per_chat)
    took = time.perf_counter() - began

    assert statuses == [200] * (2 * chats * per_chat)
    for chat in range(chats):
        said = [e.what for e in conversation.events if e.who.user_id == str(PERSON + chat)]
        assert said == [Text(f"message {n}") for n in range(per_chat)]
    assert sorted(inbox.handled) == sorted(set(inbox.handled))
    report(
        f"telegram webhook: {chats * per_chat} updates (each posted twice) from {chats} chats "
        f"stored, handled once and in order per chat in {took:.2f} s"
    )


async def test_polling_is_unchanged_when_no_webhook_is_given(
    telegram_api: FakeTelegramAPI, inbox: WatchedInbox, telegram_bot: TelegramAdapter
):
    telegram_api.user_sends_text(PERSON, "hello")
    await telegram_api.wait_for_sends(1, PERSON)

    assert telegram_api.calls("setWebhook") == []
    assert telegram_api.calls("getUpdates")
    assert await inbox.rows() == []
