"""A day of practice through the engine: card, guesses, outcome, mood, reflection."""

from __future__ import annotations

from core.model import AttemptStatus, Outcome
from tests.fakes.chat import Bot, ChatUser


async def onboarded(bot: Bot, user_id: str = "1001") -> ChatUser:
    person = bot.user(user_id)
    await person.onboard()
    return person


async def test_the_card_asks_for_a_prediction_first(bot: Bot) -> None:
    ana = await onboarded(bot)
    replies = await ana.says("/card")
    assert "how likely is a yes" in replies[0].text
    assert ana.button("30%").startswith("p:")


async def test_asking_again_shows_the_same_card_even_after_a_restart(bot: Bot) -> None:
    ana = await onboarded(bot)
    first = (await ana.says("/card"))[0]
    again = (await ana.says("/card"))[0]
    bot = await bot.restarted()
    after_restart = (await bot.user().says("/card"))[0]
    assert first.title == again.title == after_restart.title
    await bot.store.close()


async def test_a_full_attempt_is_recorded_with_every_answer(bot: Bot) -> None:
    ana = await onboarded(bot)
    await ana.says("/card")
    await ana.taps("30%")
    await ana.taps("7")
    replies = await ana.taps("No")
    assert replies[0].edit and "A no, collected" in replies[0].text
    await ana.taps("4")
    replies = await ana.taps("3")
    assert "Recorded: No · felt 4/10 (you expected 7) · mood 3/5" in replies[0].text
    assert replies[-1].title == "A moment to reflect"
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None
    [attempt] = await bot.store.attempts(user.id)
    assert (attempt.predicted_yes, attempt.expected_fear, attempt.outcome) == (30, 7, Outcome.NO)
    assert (attempt.felt_fear, attempt.mood, attempt.status) == (4, 3, AttemptStatus.RECORDED)


async def record(person: ChatUser, outcome: str = "No", mood: str = "4") -> None:
    await person.says("/card")
    await person.taps("Skip the guesses")
    await person.taps(outcome)
    if outcome != "Didn't try":
        await person.taps("5")
    await person.taps(mood)


async def test_a_reflection_is_stored_and_the_next_question_follows(bot: Bot) -> None:
    ana = await onboarded(bot)
    await record(ana)
    replies = await ana.says("I expected them to laugh. They smiled and said no kindly. 🙂")
    assert replies[0].title == "A moment to reflect"
    replies = await ana.says("That my fear guesses worse than reality.")
    assert "No one else using the bot will see it" in replies[0].text
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None
    texts = [r.text for r in await bot.store.reflections(user.id)]
    assert texts == [
        "I expected them to laugh. They smiled and said no kindly. 🙂",
        "That my fear guesses worse than reality.",
    ]


async def test_a_restart_mid_reflection_keeps_the_question(bot: Bot) -> None:
    ana = await onboarded(bot)
    await record(ana)
    bot = await bot.restarted()
    replies = await bot.user().says("It went better than I feared.")
    assert replies[0].title == "A moment to reflect"
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None
    assert [r.text for r in await bot.store.reflections(user.id)] == [
        "It went better than I feared."
    ]
    await bot.store.close()


async def test_skipping_the_reflection_clears_the_question(bot: Bot) -> None:
    ana = await onboarded(bot)
    await record(ana)
    await ana.taps("Skip")
    replies = await ana.says("hello?")
    assert "buttons, commands" in replies[0].text


async def test_pressing_no_twice_records_one_outcome(bot: Bot) -> None:
    ana = await onboarded(bot)
    await ana.says("/card")
    await ana.taps("Skip the guesses")
    no = ana.button("No")
    await ana.presses(no)
    await ana.presses(no)
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None
    attempts = await bot.store.attempts(user.id)
    assert [a.outcome for a in attempts] == [Outcome.NO]


async def test_a_button_naming_another_users_attempt_changes_nothing(bot: Bot) -> None:
    ana = await onboarded(bot, "1001")
    ben = await onboarded(bot, "2002")
    await ana.says("/card")
    await ana.taps("Skip the guesses")
    anas_no = ana.button("No")
    replies = await ben.presses(anas_no)
    assert "meant for someone else" in replies[0].text
    ana_user = await bot.store.user_by_identity("test", "1001")
    assert ana_user is not None
    assert [a.outcome for a in await bot.store.attempts(ana_user.id)] == [None]


async def test_forged_and_stale_payloads_get_a_harmless_answer(bot: Bot) -> None:
    ana = await onboarded(bot)
    for payload in ["o:99999:n", "o:abc:n", "zz", "", "m:1:9", "p:1:50" * 20, "x", "o:1:q"]:
        replies = await ana.presses(payload)
        assert len(replies) == 1 and replies[0].text


async def test_yesterdays_card_can_still_be_recorded_the_next_morning(bot: Bot) -> None:
    ana = await onboarded(bot)
    await ana.says("/card")
    await ana.taps("Skip the guesses")
    yes = ana.button("Yes")
    bot.clock.advance(days=1)
    await ana.presses(yes)
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None
    [attempt] = await bot.store.attempts(user.id)
    assert attempt.outcome is Outcome.YES and attempt.local_date.isoformat() == "2026-03-02"


async def test_an_old_card_is_closed_after_the_grace_days(bot: Bot) -> None:
    ana = await onboarded(bot)
    await ana.says("/card")
    await ana.taps("Skip the guesses")
    yes = ana.button("Yes")
    bot.clock.advance(days=5)
    replies = await ana.presses(yes)
    assert "closed" in replies[0].text


async def test_swapping_a_card_gives_an_easier_one(bot: Bot) -> None:
    ana = bot.user()
    await ana.onboard(strength="1")  # mild fear: starts at level 3
    first = (await ana.says("/card"))[0]
    await ana.says("/skip")
    replies = await ana.taps("Easier")
    assert replies[0].edit and replies[0].title != first.title
    assert "level 2" in replies[0].title


async def test_the_streak_counts_attempts_and_nos(bot: Bot) -> None:
    ana = await onboarded(bot)
    await record(ana, "No")
    await ana.taps("Skip")
    bot.clock.advance(days=1)
    await record(ana, "Yes")
    await ana.taps("Skip")
    replies = await ana.says("/streak")
    assert "Current streak: 2 days" in replies[0].text
    assert "No's collected: 1" in replies[0].text


async def test_a_rest_day_keeps_the_streak_alive(bot: Bot) -> None:
    ana = await onboarded(bot)
    await record(ana)
    bot.clock.advance(days=1)
    assert "Rest day noted" in (await ana.says("/rest"))[0].text
    bot.clock.advance(days=1)
    await record(ana)
    replies = await ana.says("/streak")
    assert "Current streak: 2 days" in replies[0].text


async def test_low_moods_in_a_row_bring_a_rest_nudge_and_a_gentler_level(bot: Bot) -> None:
    ana = bot.user()
    await ana.onboard(strength="1")
    await record(ana, "No", mood="2")
    await ana.taps("Skip")
    bot.clock.advance(days=1)
    await record(ana, "No", mood="1")
    text = ana.text()
    assert "gentler" in text
    assert "Take tomorrow off" in [b.label for r in ana.last for row in r.buttons for b in row]
    await ana.taps("Take tomorrow off")
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None
    assert (bot.clock.now().date().toordinal() + 1) in [
        d.toordinal() for d in await bot.store.rest_days(user.id)
    ]
