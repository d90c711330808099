"""A reflection's Skip button, through the real Telegram client: gone once used, and a press
that comes too late gets one harmless answer instead of the closing line again."""

# ruff: noqa: F811 (fixtures are imported by name, then requested as arguments)

from __future__ import annotations

from tests.adapters.test_telegram_groups import ANA, Stage, stage  # noqa: F401
from tests.fakes.telegram_html import check_html


def _buttons(stage: Stage, message_id: int) -> list[str]:
    shown = stage.api.messages[(str(ANA), message_id)]
    rows = shown.get("reply_markup", {}).get("inline_keyboard", [])
    return [b["text"] for row in rows for b in row]


async def test_skip_closes_the_question_in_place_and_a_late_press_changes_nothing(
    stage: Stage,
) -> None:
    [card] = await stage.command(ANA, "card", ANA)
    [step] = await stage.press(ANA, card, "Skip the guesses", ANA)
    [felt] = await stage.press(ANA, step, "No", ANA)
    [mood] = await stage.press(ANA, felt, "6", ANA)
    before = len(stage.seen(ANA))
    await stage.press(ANA, mood, "3 😐", ANA)
    question = await stage.showing(ANA, before, "A moment to reflect")
    assert question.message_id is not None
    data = next(
        b["callback_data"]
        for row in question.params["reply_markup"]["inline_keyboard"]
        for b in row
        if b["text"] == "Skip"
    )

    [closing] = await stage.press(ANA, question, "Skip", ANA)
    assert closing.method == "editMessageText" and closing.message_id == question.message_id
    assert "Reflection is optional" in check_html(closing.text)
    assert _buttons(stage, question.message_id) == []

    before = len(stage.seen(ANA))
    stage.api.user_presses(ANA, question.message_id, data)  # a double tap that came late
    [late] = await stage.more(ANA, before)
    assert late.method == "editMessageText" and late.message_id == question.message_id
    assert "closed already" in check_html(late.text)
    assert [r for r in stage.seen(ANA)[before:] if r.method == "sendMessage"] == []
    user = await stage.bot.store.user_by_identity("telegram", str(ANA))
    assert user is not None and not user.state, "nothing waits for a reflection"
