"""A group's card whose send fails for now is tried again as soon as the platform allows."""

from __future__ import annotations

from tests.engine.test_groups import GROUP, Scene, onboarded, started
from tests.fakes.chat import Bot


async def test_a_failed_group_card_goes_out_half_a_minute_later_not_after_the_lease(
    bot: Bot,
) -> None:
    scene = Scene(bot)
    await onboarded(bot, "1001")
    await started(scene)
    bot.clock.advance(hours=25)  # the first card is due
    bot.sender.failing.add(GROUP)

    failed = await bot.deliveries.tick()
    bot.sender.failing.clear()
    bot.clock.advance(seconds=20)
    too_soon = await bot.deliveries.tick()
    bot.clock.advance(seconds=15)
    retried = await bot.deliveries.tick()

    assert failed["retry"] == 1 and bot.sender.to_groups()[:-1] == []
    assert too_soon.get("sent", 0) == 0
    assert retried["sent"] == 1 and len(bot.sender.to_groups()) == 1
