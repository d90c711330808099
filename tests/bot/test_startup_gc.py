"""The garbage collector is off while the bot starts and always on again afterwards."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

import bot.app
from bot.app import freeze_startup_objects
from bot.cli import main


@pytest.fixture
def collector_back_on() -> Iterator[None]:
    yield
    gc.enable()  # whatever a failing test left, the rest of the session collects


def test_the_collector_is_on_once_the_bot_has_started(collector_back_on: None) -> None:
    gc.disable()
    freeze_startup_objects()
    assert gc.isenabled()


def test_a_start_that_fails_leaves_the_collector_on(
    collector_back_on: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen: list[bool] = []

    async def failing_serve(*_args: object) -> None:
        seen.append(gc.isenabled())
        raise RuntimeError("the database is gone")

    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'askanyway.db'}")
    monkeypatch.setattr(bot.app, "serve", failing_serve)
    with pytest.raises(RuntimeError, match="the database is gone"):
        main(["console", "--files", str(tmp_path)])
    assert seen == [False]  # started with the collector off
    assert gc.isenabled()
