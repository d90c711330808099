"""Choosing how the board shows you, through the engine: an alias typed after a restart,
and crisis words typed as an alias get the care reply and are never kept."""

from __future__ import annotations

from core.groups.model import Appearance
from core.model import UserStatus
from tests.engine.test_groups import Scene, button, onboarded, started, user_id
from tests.fakes.chat import Bot


async def _joined(bot: Bot) -> Scene:
    scene = Scene(bot)
    await onboarded(bot, "1001", "1002")
    announcement = await started(scene)
    for uid in ("1001", "1002"):
        await scene.press_in_group(uid, button([announcement], "I'm in"))
    return scene


async def _asked_for_an_alias(scene: Scene, uid: str) -> None:
    dm = scene.dm(uid)
    choice = await dm.presses(button(await dm.says("/groups"), "How I appear"))
    asked = await dm.presses(button(choice, "Under an alias"))
    assert "What name should the board show?" in asked[0].text


async def test_an_alias_asked_for_before_a_restart_is_taken_after_it(bot: Bot) -> None:
    scene = await _joined(bot)
    await _asked_for_an_alias(scene, "1002")
    bot = await bot.restarted()
    scene = Scene(bot)
    [done] = await scene.dm("1002").says("Quiet Fox")
    assert "appear as “Quiet Fox”" in done.text
    member = await bot.store.member(1, await user_id(bot, "1002"))
    assert member is not None and (member.appearance, member.alias) == (
        Appearance.ALIAS,
        "Quiet Fox",
    )
    bot.clock.advance(hours=25)
    await bot.deliveries.tick()
    [board] = await scene.in_group("1001", "/board")
    assert "Quiet Fox · 0 attempts" in board.text
    assert "1 member chose to be counted without appearing here." in board.text
    assert "user 1002" not in board.text and "Ben" not in board.text


async def test_crisis_words_typed_as_an_alias_get_care_and_are_never_shown(bot: Bot) -> None:
    scene = await _joined(bot)
    await _asked_for_an_alias(scene, "1002")
    replies = await scene.dm("1002").says("I want to end my life")
    assert "findahelpline.com" in replies[0].text
    member = await bot.store.member(1, await user_id(bot, "1002"))
    assert member is not None and (member.appearance, member.alias) == (Appearance.HIDDEN, "")
    user = await bot.store.user(await user_id(bot, "1002"))
    assert user is not None and user.status is UserStatus.PAUSED
    [board] = await scene.in_group("1001", "/board")
    assert "end my life" not in board.text
