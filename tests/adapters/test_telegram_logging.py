"""The bot token never reaches the logs, whatever the log level."""

from __future__ import annotations

import logging

import pytest
from telegram.error import InvalidToken

from adapters.telegram.logs import redact_token
from adapters.telegram.platform import TelegramAdapter
from core.commands import user_commands
from core.messages import Reply
from core.ports import Address, RecipientGone
from tests.adapters.conftest import FAST, ScriptedConversation, StartBot
from tests.fakes.telegram_api import TOKEN, FakeTelegramAPI

PERSON = 4242
NOISY = ("httpx", "httpcore", "telegram", "aiohttp", "adapters", "tests")


async def exercise(telegram_api: FakeTelegramAPI, bot: TelegramAdapter) -> None:
    """Make the adapter log: messages, a button, a failure with a traceback, a block."""
    telegram_api.user_sends_text(PERSON, "buttons")
    await telegram_api.wait_for_sends(1, PERSON)
    telegram_api.user_presses(PERSON, telegram_api.sends(PERSON)[0].message_id, "o:1:y")
    telegram_api.user_sends_text(PERSON, "boom")
    await telegram_api.wait_for_sends(3, PERSON)
    telegram_api.block(PERSON + 1)
    with pytest.raises(RecipientGone):
        await bot.send(Address("telegram", str(PERSON + 1)), Reply("card"))


def leaks(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [line for line in caplog.text.splitlines() if TOKEN in line]


async def test_a_run_at_debug_level_logs_no_token(
    telegram_api: FakeTelegramAPI, start_bot: StartBot, caplog
):
    caplog.set_level(logging.DEBUG)
    bot = await start_bot()
    await exercise(telegram_api, bot)
    await bot.stop()

    assert caplog.records, "the run should have logged something"
    assert "went wrong" in telegram_api.sends(PERSON)[-1].text
    assert leaks(caplog) == []
    assert logging.getLogger("httpx").level == logging.WARNING


async def test_even_request_urls_logged_at_debug_have_the_token_masked(
    telegram_api: FakeTelegramAPI, start_bot: StartBot, caplog
):
    bot = await start_bot()
    for name in NOISY:
        caplog.set_level(logging.DEBUG, logger=name)
    await exercise(telegram_api, bot)

    assert "/bot***/sendMessage" in caplog.text
    assert leaks(caplog) == []


async def test_a_rejected_token_is_reported_without_quoting_it(
    telegram_api: FakeTelegramAPI, conversation: ScriptedConversation, caplog
):
    caplog.set_level(logging.DEBUG)
    wrong = TOKEN.replace("TEST", "WRONG")
    bot = TelegramAdapter(
        token=wrong,
        base_url=telegram_api.base_url,
        conversation=conversation,
        commands=user_commands(),
        limits=FAST,
    )

    with pytest.raises(InvalidToken) as raised:
        await bot.start()

    assert wrong not in str(raised.value)
    assert raised.value.__cause__ is None and raised.value.__suppress_context__
    assert not [line for line in caplog.text.splitlines() if wrong in line]


def test_the_filter_masks_the_token_in_messages_arguments_and_tracebacks():
    mask = redact_token(TOKEN)
    try:
        raise RuntimeError(f"GET /bot{TOKEN}/getMe failed")
    except RuntimeError as error:
        record = logging.LogRecord(
            "x",
            logging.ERROR,
            __file__,
            1,
            "calling %s",
            (f"/bot{TOKEN}/x",),
            (type(error), error, error.__traceback__),
        )

    assert mask.filter(record)
    assert record.getMessage() == "calling /bot***/x"
    assert record.exc_text is not None and TOKEN not in record.exc_text
    assert "/bot***/getMe" in record.exc_text
