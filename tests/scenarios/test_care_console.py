"""Crisis care in the console chat: the console adapter, the real engine and store.

Each story is a typed script, as `askanyway console < script` would read it; the
screener is the shipped rules plus a few phrases named as possible risk
(tests/engine/care/conftest.py), so every tier can be tried.
"""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import cast

import pytest

from adapters.console.platform import ConsoleAdapter
from core.care import Screener
from core.model import UserStatus
from tests.engine.care.conftest import POSSIBLE, PhraseScreener
from tests.engine.conftest import START
from tests.fakes.chat import Bot, FixedClock, migrated_sqlite, shipped_content

ASKANYWAY = Path(sys.executable).parent / "askanyway"
TO_THE_TIME_ZONE = "/start\nYes, let's start\nI'm 18 or older\n"
A_CARD_RECORDED = "/card\nSkip the guesses\nNo\n5\n2\n"


@pytest.fixture
async def bot(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Bot]:
    template = tmp_path_factory.getbasetemp() / "template" / "askanyway.db"
    url = await migrated_sqlite(tmp_path, template)
    content = replace(shipped_content(), screener=cast(Screener, PhraseScreener()))
    built = Bot.build(url, FixedClock(START), content=content)
    yield built
    await built.store.close()


async def console(bot: Bot, tmp_path: Path, script: str) -> str:
    """Type `script` into a console chat; everything it printed."""
    out = io.StringIO()

    async def wait(span: timedelta) -> None:
        bot.clock.advance(seconds=span.total_seconds())

    chat = ConsoleAdapter(
        bot.engine,
        stdin=io.StringIO(script),
        stdout=out,
        files_dir=tmp_path / "files",
        clock_now=bot.clock.now,
        on_wait=wait,
    )
    await chat.run()
    return out.getvalue()


def after(printed: str, typed: str) -> str:
    """What the console printed after the last time `typed` was typed, up to the next line."""
    return printed.rsplit(f"> {typed}\n", 1)[1].split("\n> ", 1)[0]


async def test_a_crisis_at_the_time_zone_question_then_setup_carries_on(
    bot: Bot, tmp_path: Path
) -> None:
    script = TO_THE_TIME_ZONE + "I want to kill myself\nJapan\nI'm ready to carry on\nLondon\n"
    printed = await console(bot, tmp_path, script)
    crisis = after(printed, "I want to kill myself")
    assert "findahelpline.com" in crisis and "your local emergency number" in crisis
    assert "Another country" in crisis
    assert "0570-783-556" in after(printed, "Japan")
    assert "Which time zone are you in?" in after(printed, "I'm ready to carry on")
    assert "Got it: Europe/London" in after(printed, "London")
    user = await bot.store.user_by_identity("console", "local")
    assert user is not None and user.timezone == "Europe/London"
    assert user.status is UserStatus.ONBOARDING


async def test_a_crisis_as_a_reflection_pauses_and_keeps_nothing(bot: Bot, tmp_path: Path) -> None:
    await bot.user("local", platform="console").onboard()
    printed = await console(bot, tmp_path, A_CARD_RECORDED + "i want to end my life\n/card\n")
    assert "116 123" in after(printed, "i want to end my life")
    assert "resting for now" in after(printed, "/card")
    user = await bot.store.user_by_identity("console", "local")
    assert user is not None and user.status is UserStatus.PAUSED
    assert await bot.store.reflections(user.id) == []


@pytest.mark.parametrize(
    ("answer", "then"),
    [
        ("Yes", "116 123"),
        ("Not right now, but things are hard", "no card you need to do today"),
        ("No, I'm okay", "Let's carry on"),
    ],
)
async def test_the_check_in_and_its_three_answers(
    bot: Bot, tmp_path: Path, answer: str, then: str
) -> None:
    await bot.user("local", platform="console").onboard()
    printed = await console(bot, tmp_path, A_CARD_RECORDED + f"{POSSIBLE}\n{answer}\n")
    asked = after(printed, POSSIBLE)
    assert "thoughts of ending your life, or of hurting yourself" in asked
    assert then in after(printed, answer)
    user = await bot.store.user_by_identity("console", "local")
    assert user is not None
    kept = [r.text for r in await bot.store.reflections(user.id)]
    assert kept == ([POSSIBLE] if answer == "No, I'm okay" else [])
    assert (user.status is UserStatus.PAUSED) == (answer == "Yes")


@pytest.mark.slow
def test_askanyway_console_never_quotes_a_sentence_and_keeps_the_setup(tmp_path: Path) -> None:
    """The installed command with the shipped screener, whatever tier it gives the rope."""
    script = TO_THE_TIME_ZONE + "I bought a rope today.\ni want to kill myself\nLondon\n"
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'askanyway.db'}",
        "TELEGRAM_BOT_TOKEN": "",
        "DISCORD_BOT_TOKEN": "",
    }
    done = subprocess.run(
        [str(ASKANYWAY), "console", "--now", "2026-03-02T09:00:00+00:00"],
        input=script,
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "rope" not in after(done.stdout, "I bought a rope today.")
    assert "findahelpline.com" in after(done.stdout, "i want to kill myself")
    assert "Got it: Europe/London" in after(done.stdout, "London")
    with sqlite3.connect(tmp_path / "askanyway.db") as db:
        [(status, zone, state)] = db.execute("SELECT status, timezone, state FROM users")
    assert (status, zone, state) == ("onboarding", "Europe/London", "onb:time")
