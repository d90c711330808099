"""A personal command typed in a group, through the real Telegram client: someone set up is
sent to their private chat with that command, not told to start again."""

# ruff: noqa: F811 (fixtures are imported by name, then requested as arguments)

from __future__ import annotations

from tests.adapters.test_telegram_groups import ANA, EVE, GROUP, Stage, stage  # noqa: F401
from tests.fakes.telegram_html import check_html


async def test_a_set_up_member_asking_for_their_streak_in_a_group_is_sent_to_private(
    stage: Stage,
) -> None:
    [answer] = await stage.command(ANA, "streak", GROUP)
    text = check_html(answer.text)
    assert "send /streak to me in our private chat" in text
    assert "/start" not in text
    assert "Current streak" not in stage.group_texts(), "nothing of Ana's shows in the group"

    [stranger] = await stage.command(EVE, "streak", GROUP)
    assert "send /start" in check_html(stranger.text)
