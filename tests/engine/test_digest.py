"""The monthly digest: with the record that completes the 30th day of practice, once."""

from __future__ import annotations

from datetime import UTC, date, datetime

from core.advisor.digest import digest_text, is_digest_day
from core.model import Attempt, AttemptStatus, Outcome, Reflection
from tests.fakes.chat import Bot

AT = datetime(2026, 3, 2, 7, tzinfo=UTC)


def _attempt(n: int, day: int, outcome: Outcome, **guesses: int) -> Attempt:
    return Attempt(
        n,
        1,
        f"c{n}",
        1,
        "work",
        date(2026, 3, day),
        AT,
        AttemptStatus.RECORDED,
        outcome=outcome,
        **guesses,  # type: ignore[arg-type]
    )


def test_the_digest_comes_with_the_first_record_of_each_thirtieth_day_only():
    days = [_attempt(n, n, Outcome.NO) for n in range(1, 31)]
    second_that_day = _attempt(31, 30, Outcome.YES)
    not_tried = _attempt(32, 31, Outcome.DIDNT_TRY)

    assert is_digest_day(days[-1], days)
    assert not is_digest_day(days[-2], days[:-1])
    assert not is_digest_day(second_that_day, [*days, second_that_day])
    assert not is_digest_day(not_tried, [*days, not_tried])


def test_the_digest_sets_the_guesses_against_what_happened():
    attempts = [
        _attempt(1, 1, Outcome.YES, predicted_yes=20, expected_fear=8, felt_fear=3),
        _attempt(2, 2, Outcome.NO, predicted_yes=40, expected_fear=6, felt_fear=5),
    ]
    said = [Reflection(1, 1, 1, "p", "I thought they would laugh at me.", AT)]

    text = digest_text(attempts, said, (4, 10))

    assert "You gave a yes about 30% on average; people said yes 50%." in text
    assert "expected your asks to feel 7.0/10; they felt 4.0/10" in text
    assert "Work and career: 2 asks, 50% yes" in text
    assert "4 of 10 rungs climbed" in text and "“I thought they would laugh at me.”" in text


async def test_thirty_days_of_practice_bring_one_private_digest_with_a_picture(bot: Bot) -> None:
    ana = bot.user()
    await ana.onboard()
    digests = []
    for day in range(31):
        await ana.says("/card")
        await ana.taps("30%")
        await ana.taps("7")
        await ana.taps("No")
        await ana.taps("4")
        replies = await ana.taps("4")
        digests += [r for r in replies if r.title == "Assumptions disproven"]
        if day == 0:
            await ana.says("I thought they would laugh at me.")
        bot.clock.advance(days=1)

    [digest] = digests
    assert digest.private and digest.attachment is not None
    assert "30 days of practice" in digest.text
    assert (
        "people said yes 0%" in digest.text and "“I thought they would laugh at me.”" in digest.text
    )
