"""A shared goal through the engine: chosen with the setup buttons, and celebrated exactly
once even when the first send fails and the bot restarts in between."""

from __future__ import annotations

from tests.engine.test_groups import GROUP, Scene, button, card_of_the_day, onboarded
from tests.fakes.chat import Bot

CELEBRATION = "🎉 Shared goal reached!"


async def test_the_admin_sets_a_goal_and_kinds_of_asks_with_buttons(bot: Bot) -> None:
    scene = Scene(bot)
    setup = await scene.in_group("1001", "/challenge_start", admin=True)
    assert "• Shared goal: none\n• Kinds of asks: every kind" in setup[0].text
    setup = await scene.press_in_group("1001", button(setup, "🎯 500"), admin=True)
    setup = await scene.press_in_group("1001", button(setup, "Strangers and social"), admin=True)
    setup = await scene.press_in_group("1001", button(setup, "Work and career"), admin=True)
    setup = await scene.press_in_group("1001", button(setup, "Strangers and social"), admin=True)
    assert "• Shared goal: 500 attempts together" in setup[0].text
    assert "• Kinds of asks: Work and career" in setup[0].text
    assert "✓ 🎯 500" in [b.label for row in setup[0].buttons for b in row]
    stranger = await scene.press_in_group("1002", button(setup, "No goal"))
    assert "Only the group's admins" in stranger[0].text
    setup = await scene.press_in_group("1001", button(setup, "7"), admin=True)
    [announced] = await scene.press_in_group(
        "1001", button(setup, "Start the challenge"), admin=True
    )
    assert "Our shared goal: 500 attempts together in 7 days." in announced.text
    assert "The asks: Work and career." in announced.text
    group = await bot.store.group_by_chat("test", GROUP)
    assert group is not None
    challenge = await bot.store.current_challenge(group.id)
    assert challenge is not None and (challenge.goal, challenge.domains) == (500, ("work",))


async def test_a_goal_is_celebrated_once_through_a_failed_send_and_a_restart(bot: Bot) -> None:
    scene = Scene(bot)
    await onboarded(bot, "1001", "1002")
    [announced] = await scene.in_group("1001", "/challenge_start days 7 goal 1", admin=True)
    for uid in ("1001", "1002"):
        await scene.press_in_group(uid, button([announced], "I'm in"))
    bot.clock.advance(hours=25)
    card = await card_of_the_day(scene)

    bot.sender.failing.add(GROUP)
    await scene.press_in_group("1001", button([card], "Yes"))
    await bot.deliveries.tick()
    assert not [r for r in bot.sender.to_groups() if r.title == CELEBRATION]

    bot.sender.failing.clear()
    bot = await bot.restarted()
    scene = Scene(bot)
    bot.clock.advance(minutes=10)  # past the failed claim's lease
    await scene.press_in_group("1002", button([card], "No"))  # asks the tick to look again
    await bot.deliveries.tick()
    await bot.deliveries.tick()
    celebrated = [r for r in bot.sender.to_groups() if r.title == CELEBRATION]
    assert len(celebrated) == 1 and not celebrated[0].private
    assert "You did it together: 1 attempt, reached on day 1 of 7." in celebrated[0].text

    bot.clock.advance(days=1)
    card = await card_of_the_day(scene)
    assert "Shared goal: 2 of 1 attempt together ▰▰▰▰▰▰▰▰▰▰ 100%" in card.text
    await scene.press_in_group("1001", button([card], "Yes"))
    assert "ggoal" not in await bot.store.group_schedules.scheduled(1), "reached: never again"
    await bot.deliveries.tick()
    assert len([r for r in bot.sender.to_groups() if r.title == CELEBRATION]) == 1
