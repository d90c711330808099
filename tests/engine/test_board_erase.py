"""After /delete, the bot's own group messages that named the person are redone without them.

Ana and Ben are in a 14-day challenge and both chose to appear by name. The group has seen
the week-1 board (posted by the tick) and two /board answers (posted by the adapter, which
hands their ids back). Ben erases his data: at the next tick, after a restart, the boards
still there are edited in place without him, and one an admin deleted meanwhile is let go.
"""

from __future__ import annotations

import logging

from core.engine.sending import RETRY_AFTER_FAILURE
from core.messages import Reply
from core.ports import Address
from tests.engine.test_groups import GROUP, Scene, appear_by_name, button, onboarded, started
from tests.fakes.chat import Bot

AT_GROUP = Address("test", GROUP, group=True)


async def _boards_naming_ben(bot: Bot, also: str = "") -> tuple[str, str, str]:
    """The week-1 board (sent by the tick) and two /board answers (sent by an adapter);
    `also` joins without choosing how they appear (so they are counted, never named)."""
    scene = Scene(bot)
    joining = ("1001", "1002", *([also] if also else []))
    await onboarded(bot, *joining)
    announcement = await started(scene, days=14)
    for uid in joining:
        await scene.press_in_group(uid, button([announcement], "I'm in"))
    await appear_by_name(scene, "1001", "1002")
    bot.clock.advance(days=7, hours=14)  # the evening of day 7
    await bot.deliveries.tick()
    [weekly] = [i for i, (_a, r) in bot.sender.messages.items() if "the board" in r.title]
    answered = []
    for _time in range(2):
        [board] = await scene.in_group("1001", "/board")
        assert not board.private and board.tracked is not None
        sent = bot.sender.shown(AT_GROUP, board)  # as the adapter posts it, and hands it back
        await bot.engine.posted("test", GROUP, board.tracked, sent)
        answered.append(sent[0])
        bot.clock.advance(minutes=11)  # /board is posted in the group at most every 10 minutes
    assert all("Ben" in bot.sender.messages[i][1].text for i in (weekly, *answered))
    return weekly, answered[0], answered[1]


async def _erase(bot: Bot, uid: str) -> None:
    person = bot.user(uid)
    await person.says("/delete")
    [done] = await person.taps("Yes, erase everything")
    assert done.erased


def _shown(bot: Bot, message_id: str) -> Reply:
    return bot.sender.messages[message_id][1]


async def test_an_erase_edits_the_boards_that_named_the_person_and_lets_go_of_a_vanished_one(
    bot: Bot, caplog
) -> None:
    weekly, board, vanished = await _boards_naming_ben(bot)
    del bot.sender.messages[vanished]  # an admin deleted it
    await _erase(bot, "1002")
    assert bot.sender.changes == [], "the tick redoes them, not the erase itself"

    bot = await bot.restarted()  # the marks are in the store, not in memory
    with caplog.at_level(logging.INFO, logger="core.groups.posts"):
        results = await bot.deliveries.tick()

    assert (results["redone"], results["let go"]) == (2, 1)
    assert bot.sender.changes == [("edited", weekly), ("edited", board)]
    assert _shown(bot, weekly).title == "Week 1 of the challenge · the board"
    assert "Day 7 of 14. 1 member." in _shown(bot, weekly).text
    for message_id in (weekly, board):
        assert "Ben" not in _shown(bot, message_id).text
        assert "Ana · 0 attempts" in _shown(bot, message_id).text
    assert "a kept message was gone already" in caplog.text
    assert "Ana" not in caplog.text and "Ben" not in caplog.text

    again = await bot.deliveries.tick()
    assert bot.sender.changes == [("edited", weekly), ("edited", board)], "done once"
    assert again["redone"] == again["let go"] == 0


async def test_a_redo_the_platform_refuses_for_now_is_tried_again_later(bot: Bot) -> None:
    weekly, board, other = await _boards_naming_ben(bot)
    await _erase(bot, "1002")
    bot.sender.failing.add(GROUP)

    failed = await bot.deliveries.tick()

    assert failed["retry"] >= 3 and bot.sender.changes == []
    bot.sender.failing.clear()
    bot.clock.advance(seconds=RETRY_AFTER_FAILURE.total_seconds() - 1)
    assert (await bot.deliveries.tick())["redone"] == 0, "not before its time"
    bot.clock.advance(seconds=1)
    assert (await bot.deliveries.tick())["redone"] == 3
    assert sorted(bot.sender.changes) == [("edited", m) for m in sorted((weekly, board, other))]
    assert not any("Ben" in _shown(bot, m).text for m in (weekly, board, other))


async def test_an_erase_of_someone_no_board_named_changes_no_message(bot: Bot) -> None:
    await _boards_naming_ben(bot, also="1003")  # Cy joined, counted without appearing

    await _erase(bot, "1003")
    results = await bot.deliveries.tick()

    assert bot.sender.changes == [] and results["redone"] == 0


async def test_a_stopping_bot_leaves_the_redos_to_the_next_start(bot: Bot) -> None:
    await _boards_naming_ben(bot)
    await _erase(bot, "1002")
    bot.deliveries.stop()

    assert (await bot.deliveries.tick())["redone"] == 0 and bot.sender.changes == []
    bot = await bot.restarted()
    assert (await bot.deliveries.tick())["redone"] == 3
