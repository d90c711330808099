"""With no model configured, nothing opens a network connection: /plan, /advisor, the card
and the morning tick all run on the embedded advisor alone."""

from __future__ import annotations

import asyncio
import socket
from datetime import UTC, datetime
from typing import Any

import pytest

from bot.advisor import language_model
from bot.settings import load_settings
from tests.fakes.chat import Bot, FixedClock

START = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)


@pytest.fixture
def connections(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Every attempt to open a connection or resolve a name, refused and recorded."""
    tried: list[Any] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        tried.append(args)
        raise OSError("no network in this test")

    async def refuse_async(*args: Any, **kwargs: Any) -> Any:
        return refuse(*args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(asyncio.BaseEventLoop, "create_connection", refuse_async)
    monkeypatch.setattr(asyncio.BaseEventLoop, "getaddrinfo", refuse_async)
    return tried


def test_the_model_is_off_unless_both_its_address_and_name_are_set() -> None:
    assert language_model(load_settings(_env_file=None)) is None
    assert language_model(load_settings(_env_file=None, advisor_model="m")) is None
    only_url = load_settings(_env_file=None, advisor_base_url="http://127.0.0.1:9/v1")
    assert language_model(only_url) is None
    both = load_settings(
        _env_file=None, advisor_base_url="http://127.0.0.1:9/v1", advisor_model="m"
    )
    model = language_model(both)
    assert model is not None and model.host == "127.0.0.1"


async def test_with_the_model_off_no_code_path_opens_a_connection(
    connections: list[Any],
) -> None:
    bot = Bot.in_memory_advised(FixedClock(START), language_model(load_settings(_env_file=None)))
    ana = bot.user()
    await ana.onboard()

    await ana.says("/advisor")
    await ana.says("/plan")
    await ana.says("Ask my manager to let me lead the next project")
    await ana.taps("9")
    await ana.taps("Build my plan")
    await ana.says("/card")
    bot.clock.advance(days=1, hours=1)
    await bot.deliveries.tick()

    assert "You're on rung 1 of" in "\n".join(r.text for r in await ana.says("/plan"))
    assert connections == []


async def test_the_guard_sees_a_configured_model_and_the_user_still_gets_a_ladder(
    connections: list[Any],
) -> None:
    settings = load_settings(
        _env_file=None, advisor_base_url="http://127.0.0.1:9/v1", advisor_model="m"
    )
    bot = Bot.in_memory_advised(FixedClock(START), language_model(settings))
    ana = bot.user()
    await ana.onboard()
    await ana.says("/advisor")
    await ana.taps("Yes, use it")

    await ana.says("/plan")
    await ana.says("Ask my manager to let me lead the next project")
    await ana.taps("9")
    replies = await ana.taps("Build my plan")

    assert connections != []
    assert "You're on rung 1 of" in replies[-1].text
