"""The flow registry: every button kind and conversation state has exactly one owner."""

from __future__ import annotations

import pytest

from core.engine import payloads as p
from core.engine.context import Ctx
from core.engine.flows.base import ButtonKind, Flow, Flows
from core.engine.flows.registry import FLOWS
from core.engine.flows.setup import STEP_OF_BUTTON
from core.messages import Reply
from core.model import User
from tests.fakes.chat import Bot


async def _nothing(ctx: Ctx, user: User, payload: p.Payload) -> list[Reply]:
    return []


def test_two_flows_claiming_one_button_kind_are_refused_at_start() -> None:
    first = Flow("first", buttons=(ButtonKind("zz", _nothing),))
    second = Flow("second", buttons=(ButtonKind("zz", _nothing),))
    with pytest.raises(ValueError, match="claimed twice"):
        Flows([first, second])


def test_two_flows_claiming_one_state_are_refused_at_start() -> None:
    with pytest.raises(ValueError, match="claimed twice"):
        Flows([Flow("a", states=frozenset({"s"})), Flow("b", states=frozenset({"s"}))])


def test_every_private_button_kind_has_a_flow() -> None:
    kinds = {
        value
        for name, value in vars(p).items()
        if name.isupper() and isinstance(value, str) and 1 <= len(value) <= 2
    }
    routed_elsewhere = {*STEP_OF_BUTTON, p.CHECK_IN}  # setup's own steps; the crisis check-in
    assert sorted(k for k in kinds - routed_elsewhere if not FLOWS.handles(k)) == []


async def test_a_value_out_of_a_flows_declared_range_gets_a_harmless_answer(bot: Bot) -> None:
    ana = bot.user()
    await ana.onboard()
    await ana.says("/card")
    await ana.taps("Skip the guesses")
    await ana.taps("No")
    attempt = ana.button("3").split(":")[1]

    replies = await ana.presses(f"e:{attempt}:11")

    assert "isn't one I know" in replies[0].text
