"""/level: the user picks how big their daily asks are, any time."""

from __future__ import annotations

from core.commands import user_commands
from tests.fakes.chat import Bot


async def test_level_offers_one_to_five_and_the_next_card_matches(bot: Bot) -> None:
    ana = bot.user()
    await ana.onboard()  # strength 3: level 2
    replies = await ana.says("/level")
    assert [b.payload for b in replies[0].buttons[0]] == ["l:1", "l:2", "l:3", "l:4", "l:5"]
    replies = await ana.taps("4")
    assert "Level 4 it is" in replies[0].text
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None and user.level == 4
    assert "· level 4 ·" in (await ana.says("/card"))[0].title


def test_the_new_commands_appear_in_the_menu() -> None:
    names = [c.name for c in user_commands()]
    assert {"challenge", "level", "addcard", "mycards"} <= set(names)
