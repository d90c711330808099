"""`askanyway run` at DEBUG level, as a subprocess: its output holds no secret and no person.

The bot talks to the fake Bot API on 127.0.0.1, so real requests carry the token in
their URLs. A person goes through onboarding to a reflection, the bot is stopped with
SIGTERM, and every line it wrote is searched for the token, the person's name and
what they wrote; once with text lines and once with JSON lines (LOG_FORMAT=json). A
Discord run does the same through the fake Discord, and searches for every interaction
token Discord handed the bot as well (each lets its holder post as the bot for 15 minutes).
The store hides statement parameters in its errors, so a failed save cannot put a
reflection into a logged traceback either.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import sys
from pathlib import Path

import aiohttp
import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from adapters.store.database import create_engine
from tests.fakes.discord_api import FakeDiscord
from tests.fakes.discord_payloads import FakeGuild, FakeUser
from tests.fakes.telegram_api import ApiRequest, FakeTelegramAPI
from tests.fakes.telegram_updates import BOT_ID
from tests.scenarios._discord import SECRET_PARTS as DISCORD_SECRETS
from tests.scenarios._discord import Member, discord_env
from tests.scenarios._process import TEST_PACE, midday_zone, running_bot

pytestmark = pytest.mark.slow

ASKANYWAY = Path(sys.executable).parent / "askanyway"
TOKEN = f"{BOT_ID}:LOGTEST-do-not-print-me-0123456789abcdef"
PERSON = 7301
NAME = "Philippa Quarrington"
SECRETS_WRITTEN = ("Mouseferry Lane", "my hands shook like leaves in Quillborough")
STARTUP = 60.0


def _buttons(request: ApiRequest) -> list[dict[str, str]]:
    markup = request.params.get("reply_markup") or {}
    rows = markup.get("inline_keyboard", []) if isinstance(markup, dict) else []
    return [button for row in rows for button in row]


def _shows(request: ApiRequest, label: str) -> dict[str, str] | None:
    """The button called `label` (or `label` and an emoji, like "3 😐"), if shown."""
    return next(
        (
            b
            for b in _buttons(request)
            if b.get("text") == label or str(b.get("text")).startswith(label + " ")
        ),
        None,
    )


class Person:
    """One Telegram user, scripted through the fake server, waiting for each answer."""

    def __init__(self, api: FakeTelegramAPI) -> None:
        self.api = api

    async def _answered(self, before: int) -> ApiRequest:
        await self.api.wait_for(lambda _: len(self.api.sends(PERSON)) > before, timeout=20)
        return self.api.sends(PERSON)[-1]

    async def says(self, text: str) -> ApiRequest:
        before = len(self.api.sends(PERSON))
        self.api.user_sends_text(PERSON, text, name=NAME)
        return await self._answered(before)

    async def taps(self, label: str) -> ApiRequest:
        """Press `label` on the latest message showing it, once the bot has sent it."""
        await self.api.wait_for(
            lambda _: any(_shows(r, label) for r in self.api.sends(PERSON)), timeout=20
        )
        sends = self.api.sends(PERSON)
        pressed = next(r for r in reversed(sends) if _shows(r, label))
        button = _shows(pressed, label)
        assert button is not None
        self.api.user_presses(PERSON, pressed.message_id, button["callback_data"])
        return await self._answered(len(sends))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def _get(port: int, path: str) -> tuple[int, str]:
    """The bot's health and metrics endpoint (METRICS_LISTEN), as a monitoring system asks."""
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"http://127.0.0.1:{port}{path}") as answer,
    ):
        return answer.status, await answer.text()


async def a_day_of_practice(person: Person) -> None:
    await person.says("/start")
    await person.taps("Yes, let's start")
    await person.taps("I'm 18 or older")
    await person.says(SECRETS_WRITTEN[0])  # not a place: the bot quotes it back, never logs it
    await person.says("Europe/London")
    await person.taps("08:00")
    await person.taps("Done")
    await person.taps("3")
    await person.says("/card")
    await person.taps("Skip the guesses")
    await person.taps("No")
    await person.taps("6")
    await person.taps("3")
    await person.api.wait_for(
        lambda _: any("A moment to reflect" in r.text for r in person.api.sends(PERSON)),
        timeout=20,
    )
    thanks = await person.says(SECRETS_WRITTEN[1])
    assert "No one else using the bot will see it" in thanks.text


@pytest.mark.slow(seconds=30)
@pytest.mark.parametrize("log_format", ["text", "json"])
async def test_a_debug_run_writes_no_token_no_name_and_nothing_a_person_wrote(
    tmp_path: Path, report, log_format: str
) -> None:
    port = _free_port()
    async with FakeTelegramAPI(TOKEN) as api:
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": api.base_url,
            "DISCORD_BOT_TOKEN": "",
            "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'askanyway.db'}",
            "LOG_LEVEL": "DEBUG",
            "LOG_FORMAT": log_format,
            "ASKANYWAY_TICK_SECONDS": "0.5",
            "TELEGRAM_PER_CHAT_PER_SECOND": str(TEST_PACE),
            "METRICS_LISTEN": f"127.0.0.1:{port}",
        }
        bot = await asyncio.create_subprocess_exec(
            str(ASKANYWAY),
            "run",
            env=env,
            cwd=tmp_path,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            await api.wait_for(lambda rs: any(r.method == "getUpdates" for r in rs), STARTUP)
            await a_day_of_practice(Person(api))
            ready, readiness = await _get(port, "/readyz")
            _status, metrics = await _get(port, "/metrics")
        finally:
            if bot.returncode is None:
                bot.send_signal(signal.SIGTERM)
            stdout, stderr = await asyncio.wait_for(bot.communicate(), timeout=30)
        requests = len(api.requests)

    lines = (stdout + stderr).decode(errors="replace").splitlines()
    assert bot.returncode == 0, "\n".join(lines[-30:])
    assert ready == 200 and '"telegram": true' in readiness, readiness
    assert "askanyway_active_users 1.0" in metrics and "askanyway_tick_seconds_count" in metrics
    assert any("telegram is running" in line for line in lines)
    if log_format == "json":
        records = [json.loads(line) for line in lines]  # every line is one JSON object
        assert any(r["level"] == "DEBUG" for r in records), "LOG_LEVEL=DEBUG logs at DEBUG"
    else:
        assert any(" DEBUG " in line for line in lines), "LOG_LEVEL=DEBUG should log at DEBUG"
    secret_parts = [TOKEN, TOKEN.split(":", 1)[1]]
    leaks = [
        line
        for line in [*lines, *metrics.splitlines()]  # the metrics are searched like the log
        if any(word in line for word in (*secret_parts, NAME, *SECRETS_WRITTEN))
    ]
    assert leaks == []
    report(
        f"logs ({log_format}): {len(lines)} lines at DEBUG over {requests} Bot API requests, "
        "0 leaks"
    )


async def test_a_database_error_does_not_quote_what_was_being_saved(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'x.db'}")
    try:
        async with engine.begin() as connection:
            await connection.execute(text("CREATE TABLE notes (body TEXT CHECK (body = 'ok'))"))
        with pytest.raises(IntegrityError) as raised:
            async with engine.begin() as connection:
                await connection.execute(
                    text("INSERT INTO notes VALUES (:body)"), {"body": SECRETS_WRITTEN[1]}
                )
    finally:
        await engine.dispose()
    assert SECRETS_WRITTEN[1] not in str(raised.value)
    assert "hidden" in str(raised.value)


DISCORD_WORDS = (
    "Wobblethorpe Crescent",  # not a place: quoted back, never logged
    "my voice cracked asking the baker in Fennimore about the loaf",
    "next time I will ask before I talk myself out of it, Quentavia said",
)
SAM = FakeUser(4_000_000_000_000_077, "Saoirse Blennerhassett")
GUILD = FakeGuild()


async def test_a_discord_debug_run_writes_no_token_no_interaction_token_and_nothing_typed(
    tmp_path: Path, report
) -> None:
    fake = FakeDiscord(guilds=(GUILD,))
    await fake.start()
    try:
        async with running_bot(discord_env(fake, tmp_path), tmp_path) as bot:
            await bot.wait_for_line("Connected to Discord")
            sam = Member(fake, SAM)
            welcome = await sam.uses("start", "not therapy")
            age = await sam.taps(welcome, "Yes, let's start", "How old are you?")
            await sam.taps(age, "I'm 18 or older", "Which time zone are you in?")
            await sam.writes(DISCORD_WORDS[0], "a big city near you")
            when = await sam.writes(midday_zone(), "What time should your card arrive")
            fears = await sam.taps(when, "08:00", "Which kinds of asks feel hardest")
            await sam.taps(fears, "Work and career", "Which kinds of asks")
            strength = await sam.taps(fears, "Done", "How strong does the fear")
            ready = await sam.taps(strength, "3", "You're all set")
            card = await sam.taps(ready, "Today's card", "how likely is a yes")
            await sam.taps(card, "Skip the guesses", "tell me how it went")
            await sam.taps(card, "No", "A no, collected")
            await sam.taps(card, "4", "how is your mood right now?")
            await sam.taps(card, "3 😐", "A moment to reflect")
            await sam.writes(DISCORD_WORDS[1], "A moment to reflect")
            await sam.writes(DISCORD_WORDS[2], "No one else using the bot will see it")
            await sam.uses("help", "not therapy", guild=GUILD)
            assert await bot.stop() == 0
    finally:
        await fake.stop()

    tokens = [i.token for i in sam.interactions]
    assert len(tokens) >= 10 and all(len(t) > 10 for t in tokens)
    names = (SAM.name, SAM.name.title())
    assert bot.leaks([*DISCORD_SECRETS, *tokens, *DISCORD_WORDS, *names]) == []
    assert any(" DEBUG " in line for line in bot.lines)
    report(
        f"logs (discord): {len(bot.lines)} lines at DEBUG over {len(fake.requests)} requests "
        f"and {len(tokens)} interaction tokens, 0 leaks"
    )
