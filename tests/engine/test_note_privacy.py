"""Twenty people leave notes after a full day of practice (a guess, an answer, how it
felt, a mood, a reflection); twenty others get the same cards and read them. Everything
the readers received is scanned: the notes' own words reach them, and nothing else of the
writers (no reflection, no name, no mood or guess figures from the writers' chats)."""

from __future__ import annotations

from core.messages import Reply
from tests.fakes.chat import Bot

WRITERS = [str(3001 + n) for n in range(20)]
READERS = [str(4001 + n) for n in range(20)]


def texts(replies: list[Reply]) -> str:
    return "\n".join(f"{r.title}\n{r.text}" for r in replies)


async def test_note_readers_get_the_words_and_nothing_else_of_the_writer(bot: Bot, report) -> None:
    written: dict[str, str] = {}
    for n, uid in enumerate(WRITERS):
        writer = bot.user(uid)
        await writer.onboard()
        await writer.says("/card")
        await writer.taps("30%")
        await writer.taps("6")
        await writer.taps(("Yes", "No", "Partly")[n % 3])
        await writer.taps("4")
        after = await writer.taps("2 🙁" if n % 2 else "4 🙂")
        if any(r.title == "A moment to reflect" for r in after):
            await writer.says(f"reflmark {uid}: my voice shook and I felt silly")
        await writer.says("/note")
        [kept] = await writer.says(f"it went fine, go for it number {n}")
        assert "waiting for the next person" in kept.text
        user = await bot.store.user_by_identity("test", uid)
        assert user is not None
        written[uid] = (await bot.store.attempts(user.id))[-1].card_id

    seen = 0
    for uid, card_id in zip(READERS, written.values(), strict=True):
        reader = bot.user(uid)
        await reader.onboard()
        user = await bot.store.user_by_identity("test", uid)
        card = bot.ctx.content.card(card_id)
        assert user is not None and card is not None
        day = bot.ctx.today(user)
        await bot.store.add_attempt(user.id, card.id, card.level, card.domain, day, bot.clock.now())
        shown = texts(await reader.says("/card") + bot.sender.to(uid))
        assert "A note from someone who had this card before: “it went fine, go for it" in shown
        seen += 1
        for other in WRITERS:
            assert f"reflmark {other}" not in shown
            assert f"user {other}" not in shown, "never the writer's name"
        assert "mood" not in shown.lower().replace("how is your mood", "")
        assert "you guessed" not in shown.lower() and "felt" not in shown.lower()
    report(f"note privacy: {seen} readers of 20 writers' notes, nothing else of the writers")
