"""A group of 500 through the engine: one card a day, one board message, every record kept."""

from __future__ import annotations

import time
from dataclasses import replace

from core.model import Outcome, UserStatus
from tests.engine.conftest import START
from tests.fakes.chat import Bot

MEMBERS = 500
GROUP = "-700"
TELEGRAM_LIMIT = 4096


async def ready_people(bot: Bot, count: int) -> list[str]:
    """People who set up with the bot already."""
    ids = [str(10_000 + n) for n in range(count)]
    for uid in ids:
        person = await bot.store.create_user("test", uid, uid, START)
        ready = replace(person, status=UserStatus.ACTIVE, timezone="Europe/London")
        await bot.store.save_user(replace(ready, consent_at=START, consent_version="test"))
    return ids


def payload(reply_buttons: object, label: str) -> str:
    for row in reply_buttons:  # type: ignore[attr-defined]
        for button in row:
            if button.label == label:
                return str(button.payload)
    raise AssertionError(label)


async def test_a_group_of_500_gets_one_card_a_day_and_a_board_that_fits(bot: Bot, report) -> None:
    people = await ready_people(bot, MEMBERS)
    admin = bot.in_group(people[0], GROUP, admin=True, name="Host")
    await admin.says("/challenge_start days 30 time 08:00 timezone London")
    [announcement] = admin.last
    join = payload(announcement.buttons, "I'm in")
    began = time.perf_counter()
    for n, uid in enumerate(people):
        name = f"Member number {n:03d} with a rather long display name indeed"
        [welcome] = await bot.in_group(uid, GROUP, name=name).presses(join)
        assert welcome.private
        choice = await bot.user(uid).presses(payload(welcome.buttons, "How I appear"))
        await bot.user(uid).presses(payload(choice[0].buttons, "By my name"))
    joined_in = time.perf_counter() - began

    bot.clock.advance(hours=25)
    results = await bot.deliveries.tick()
    group_posts = bot.sender.to_groups()
    assert len(group_posts) == 1 and results["sent"] == 1
    [card] = group_posts
    no = payload(card.buttons, "No")
    began = time.perf_counter()
    for n, uid in enumerate(people):
        if n % 5 == 0:  # one in five makes an attempt today
            replies = await bot.in_group(uid, GROUP).presses(no)
            assert all(r.private for r in replies)
    answered_in = time.perf_counter() - began

    await admin.says("/board")
    [board] = admin.last
    assert not board.private
    assert len(board.title) + len(board.text) <= TELEGRAM_LIMIT
    assert "500 members" in board.text and "…and 480 others" in board.text
    assert "Today: 100 attempts" in board.text
    group = await bot.store.group_by_chat("test", GROUP)
    assert group is not None
    challenge = await bot.store.current_challenge(group.id)
    assert challenge is not None
    attempts = await bot.store.challenge_attempts(challenge.id)
    assert len(attempts) == 100 and {a.outcome for a in attempts} == {Outcome.NO}
    assert len({a.user_id for a in attempts}) == 100
    assert len(await bot.store.members(challenge.id)) == MEMBERS
    bot.clock.advance(days=1)
    await bot.deliveries.tick()
    assert len(bot.sender.to_groups()) == 2, "still one group message a day"
    report(
        f"group of {MEMBERS}: joins {joined_in / MEMBERS * 1000:.1f} ms each, answers "
        f"{answered_in / 100 * 1000:.1f} ms each; 1 group post a day; board "
        f"{len(board.text)} characters (limit {TELEGRAM_LIMIT})"
    )
