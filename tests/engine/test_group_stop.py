"""A stop in the middle of the groups' morning cards loses none and posts none twice.

As for a person's cards (tests/engine/test_stop.py): once the bot is told to stop, no
more group deliveries are claimed, and every claimed one whose send had not begun is
released at once, due again for the next start instead of waiting out its lease.
"""

from __future__ import annotations

from collections import Counter

from core.engine import Deliveries
from core.engine.delivery import STOPPED
from core.messages import Reply
from core.ports import Address
from tests.fakes.chat import Bot

GROUPS = [f"-{600 + n}" for n in range(8)]


class StopsAfter:
    """Confirms every send, and asks the bot to stop after the `count`th group post."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.deliveries: Deliveries | None = None
        self.posted: list[str] = []

    async def send(self, address: Address, reply: Reply) -> None:
        if address.group:
            self.posted.append(address.chat_id)
        if len(self.posted) == self.count and self.deliveries is not None:
            self.deliveries.stop()


async def challenges(bot: Bot) -> list[int]:
    """A week's challenge in each group, started by its admin, from tomorrow."""
    await bot.user("1001").onboard()
    ids = []
    for chat in GROUPS:
        await bot.in_group("1001", chat, admin=True).says("/challenge_start days 7")
        group = await bot.store.group_by_chat("test", chat)
        assert group is not None
        challenge = await bot.store.current_challenge(group.id)
        assert challenge is not None
        ids.append(challenge.id)
    return ids


async def test_a_stop_releases_the_group_cards_not_yet_posted_for_the_next_start(
    bot: Bot,
) -> None:
    ids = await challenges(bot)
    bot.clock.advance(days=1, hours=1)  # Tuesday 08:00 in London: every group's card is due
    sender = StopsAfter(2)
    deliveries = sender.deliveries = Deliveries(bot.ctx, sender)

    first = await deliveries.tick()

    assert len(sender.posted) == 2 and first[STOPPED] == len(GROUPS) - 2
    now = bot.clock.now()
    due = [i for i in ids if (await bot.store.group_schedules.scheduled(i))["gcard"] <= now]
    assert len(due) == len(GROUPS) - 2, "released: due at once, not after the lease"
    again = StopsAfter(0)
    await Deliveries(bot.ctx, again).tick()
    assert Counter(sender.posted + again.posted) == Counter({chat: 1 for chat in GROUPS})
