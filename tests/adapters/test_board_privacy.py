"""The board never gives away, by subtraction, the answer of a member who keeps it private.

Through the real Telegram client: Ana shares her answers, Ben keeps his to himself. The
board shows Ana's answer and counts only the no's of those who share, and says so; Ben's
no appears nowhere the group can see, not even as the difference between two figures.
"""

# ruff: noqa: F811 (fixtures are imported by name, then requested as arguments)

from __future__ import annotations

from tests.adapters.test_telegram_groups import (  # noqa: F401 (the fixture)
    ANA,
    BEN,
    GROUP,
    Stage,
    stage,
    visible,
)
from tests.fakes.telegram_html import check_html


async def test_a_group_of_two_cannot_tell_a_non_sharers_no(stage: Stage) -> None:
    stage.api.make_admin(GROUP, ANA)
    [announced] = await stage.command(ANA, "challenge_start", GROUP, args="days 7")
    for uid in (ANA, BEN):
        await stage.press(uid, announced, "I'm in", GROUP, answers_in=uid)
    [mine] = await stage.command(ANA, "groups", ANA)
    [shared] = await stage.press(ANA, mine, "Share my answers", ANA)
    assert "the group will see your answers" in check_html(shared.text)
    for uid in (ANA, BEN):  # both choose to be named (new members are only counted)
        [theirs] = await stage.command(uid, "groups", uid)
        [choice] = await stage.press(uid, theirs, "How I appear", uid)
        await stage.press(uid, choice, "By my name", uid)

    stage.bot.clock.advance(hours=25)
    before = len(stage.seen(GROUP))
    await stage.deliveries.tick()
    [card] = await stage.more(GROUP, before)
    await stage.press(ANA, card, "Yes", GROUP, answers_in=ANA)
    await stage.press(BEN, card, "No", GROUP, answers_in=BEN)
    [board] = await stage.command(BEN, "board", GROUP)
    text = check_html(board.text)

    assert "today: Yes" in text and "tried today ✓" in text
    assert "Today: 2 attempts. So far: 2 attempts." in text
    assert "The 1 member who shares their answers has collected 0 no's." in text
    assert "1 no" not in stage.group_texts()

    stage.bot.clock.advance(days=1)
    before = len(stage.seen(GROUP))
    await stage.deliveries.tick()
    [second] = await stage.more(GROUP, before)
    assert "Yesterday: 2 attempts." in check_html(second.text)
    assert "1 no" not in visible(stage.seen(GROUP))


async def test_with_nobody_sharing_the_board_says_answers_stay_private(stage: Stage) -> None:
    stage.api.make_admin(GROUP, ANA)
    [announced] = await stage.command(ANA, "challenge_start", GROUP, args="days 7")
    await stage.press(BEN, announced, "I'm in", GROUP, answers_in=BEN)
    stage.bot.clock.advance(hours=25)
    before = len(stage.seen(GROUP))
    await stage.deliveries.tick()
    [card] = await stage.more(GROUP, before)
    await stage.press(BEN, card, "No", GROUP, answers_in=BEN)
    [board] = await stage.command(ANA, "board", GROUP)
    text = check_html(board.text)
    assert "answers stay private unless they choose to share them" in text
    assert "no's" not in text and "1 no" not in text
