"""What the logs hold: no bot token and no Discord interaction token at any level, text or JSON.

The Discord run goes through the real discord.py client and the fake Discord on 127.0.0.1,
with the library's own loggers forced to DEBUG (the most they could ever write), and every
line the configured handler wrote is searched.
"""

# ruff: noqa: F811 (fixtures are imported by name, then requested as arguments)

from __future__ import annotations

import asyncio
import io
import json
import logging
from collections.abc import Iterator

import pytest

from adapters.log_redaction import MASK, RedactSecrets
from bot.logs import configure_logging
from tests.fakes.discord_api import FakeDiscord
from tests.fakes.discord_fixtures import (  # noqa: F401 (fixtures)
    GUILD,
    TOKEN,
    USER,
    adapter,
    conversation,
    fake_discord,
)

ORIGINAL = "/webhooks/{application_id}/{token}/messages/@original"
ALL_LOGGERS = ("discord", "discord.http", "discord.gateway", "discord.client", "adapters")


@pytest.fixture
def written() -> Iterator[io.StringIO]:
    """A stream the configured handler writes to; the logging set-up is put back afterwards."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    levels = {name: logging.getLogger(name).level for name in ALL_LOGGERS}
    stream = io.StringIO()
    yield stream
    root.handlers[:] = handlers
    root.setLevel(level)
    for name, old in levels.items():
        logging.getLogger(name).setLevel(old)


def _everything_at_debug(stream: io.StringIO, log_format: str = "text") -> None:
    configure_logging("DEBUG", [TOKEN], log_format, stream=stream)  # type: ignore[arg-type]
    for name in ALL_LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG)


async def test_a_discord_run_at_debug_logs_no_interaction_token(
    written: io.StringIO, fake_discord: FakeDiscord, conversation
) -> None:
    from tests.fakes.discord_fixtures import make_adapter

    _everything_at_debug(written)
    bot = make_adapter(fake_discord, conversation)
    await bot.start()
    try:
        await asyncio.wait_for(bot.wait_ready(), 5)
        command = await fake_discord.slash_command(USER, "card", guild=GUILD)
        await fake_discord.wait_for(lambda: fake_discord.find("PATCH", ORIGINAL))
        await conversation.wait_for(lambda: len(conversation.events) >= 1)
    finally:
        await bot.stop()

    text = written.getvalue()
    assert f"/interactions/{command.id}/{MASK}/callback" in text, "the run should log its calls"
    assert command.token not in text
    assert "interaction-token-" not in text
    assert TOKEN not in text


def test_interaction_tokens_are_masked_in_messages_and_tracebacks() -> None:
    url = "https://discord.com/api/v10/webhooks/1001/aW50ZXJhY3Rpb246MTIz/messages/@original"
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "PATCH %s failed", (url,), None)
    try:
        raise RuntimeError("POST /interactions/77/aW50ZXJhY3Rpb246NDU2/callback: 404")
    except RuntimeError:
        import sys

        record.exc_info = sys.exc_info()
    RedactSecrets([]).filter(record)
    assert record.getMessage().endswith(f"/webhooks/1001/{MASK}/messages/@original failed")
    assert record.exc_text is not None
    assert "aW50ZXJhY3Rpb246NDU2" not in record.exc_text
    assert f"/interactions/77/{MASK}/callback" in record.exc_text


def test_json_lines_carry_the_same_redaction(written: io.StringIO) -> None:
    configure_logging("INFO", [TOKEN], "json", stream=written)
    log = logging.getLogger("adapters.example")
    log.info("sending with %s to %s", TOKEN, "/interactions/5/secret-token-xyz/callback")
    try:
        raise ValueError(f"bad token {TOKEN}")
    except ValueError:
        log.exception("it failed")

    lines = [json.loads(line) for line in written.getvalue().splitlines()]
    assert [line["level"] for line in lines] == ["INFO", "ERROR"]
    assert lines[0]["logger"] == "adapters.example"
    assert lines[0]["message"] == f"sending with {MASK} to /interactions/5/{MASK}/callback"
    assert "ValueError: bad token ***" in lines[1]["error"]
    assert TOKEN not in written.getvalue() and "secret-token-xyz" not in written.getvalue()
    assert lines[0]["time"].endswith("+00:00")


def test_the_chat_libraries_stay_at_info_when_the_bot_logs_at_debug(
    written: io.StringIO,
) -> None:
    configure_logging("DEBUG", [], stream=written)
    assert logging.getLogger("discord").getEffectiveLevel() == logging.INFO
    assert logging.getLogger("telegram").getEffectiveLevel() == logging.INFO


def test_log_format_and_metrics_address_are_read_and_checked() -> None:
    from bot.settings import SettingsError, load_settings

    assert load_settings(LOG_FORMAT=" JSON ").log_format == "json"
    assert load_settings(LOG_FORMAT="").log_format == "text"
    assert load_settings(METRICS_LISTEN="").metrics_listen is None
    assert load_settings(METRICS_LISTEN="127.0.0.1:9108").metrics_listen == "127.0.0.1:9108"
    with pytest.raises(SettingsError, match=r"^LOG_FORMAT: "):
        load_settings(LOG_FORMAT="xml")
    with pytest.raises(SettingsError, match=r"^METRICS_LISTEN: must be host:port"):
        load_settings(METRICS_LISTEN="everywhere")


def test_a_value_postgresql_could_not_take_is_never_quoted() -> None:
    """The store hides statement parameters, but asyncpg's own message quotes the value."""
    said = "my hands shook \ud800 at the counter"
    error = f"invalid input for query argument $3: {said!r} ('utf-8' codec can't encode)"
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "saving failed: %s", (error,), None)
    RedactSecrets([]).filter(record)
    assert record.getMessage() == f"saving failed: invalid input for query argument $3: {MASK}"


@pytest.mark.postgres
async def test_a_real_postgresql_refusal_is_logged_without_the_value(
    written: io.StringIO,
) -> None:
    from sqlalchemy import text

    from adapters.store.database import create_engine
    from tests import postgres

    engine = create_engine(await postgres.run_database())
    said = "my hands shook \ud800 at the counter"
    configure_logging("INFO", [], stream=written)
    try:
        async with engine.connect() as connection:
            await connection.execute(text("SELECT CAST(:said AS text)"), {"said": said})
    except Exception:
        logging.getLogger("adapters.store").exception("saving failed")
    finally:
        await engine.dispose()
    logged = written.getvalue()
    assert "invalid input for query argument $1: ***" in logged
    assert "my hands shook" not in logged
