"""The console's one rule for numbers, its older buttons, its clock and its questions, with the
real engine behind it: a number beside a button means that button, a question answered in
words takes the words, and any button still on screen works by its words."""

from __future__ import annotations

import io
import re
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from adapters.console.events import to_action
from adapters.console.platform import ConsoleAdapter
from adapters.console.render import keys_for
from core.engine import Deliveries
from core.messages import Button, ReplyButton, Text
from tests.engine.conftest import START
from tests.fakes.chat import Bot, FixedClock

ONBOARDING = ["/start", "Yes, let's start", "I'm 18 or older", "London", "08:00", "Done", "3"]


@pytest.fixture
async def bot() -> AsyncIterator[Bot]:
    built = Bot.in_memory(FixedClock(START))
    yield built
    await built.store.close()


async def chat(bot: Bot, lines: list[str], tmp_path_files: str = "/nonexistent") -> str:
    """Type `lines` into a console over the engine; what it printed."""
    out = io.StringIO()
    console: ConsoleAdapter

    async def wait(span: timedelta) -> None:
        bot.clock.advance(seconds=span.total_seconds())
        await Deliveries(bot.ctx, console).tick()

    async def zone() -> str | None:
        person = await bot.store.user_by_identity("console", "local")
        return person.timezone if person is not None and person.fear_strength else None

    console = ConsoleAdapter(
        bot.engine,
        stdin=io.StringIO("\n".join(lines) + "\n"),
        stdout=out,
        files_dir=__import__("pathlib").Path(tmp_path_files),
        clock_now=bot.clock.now,
        on_wait=wait,
        local_zone=zone,
    )
    await console.run()
    return out.getvalue()


def after(out: str, typed: str) -> str:
    """What the console printed after the last time `typed` was typed."""
    return out.rsplit(f"> {typed}\n", 1)[1]


def test_a_button_labelled_with_a_number_is_shown_and_typed_as_that_number() -> None:
    scale = [ReplyButton(str(n), f"f:1:{n}") for n in range(11)]
    assert keys_for(scale) == [str(n) for n in range(11)]
    mixed = [ReplyButton("Skip", "r:1:skip"), *scale[:3], ReplyButton("1 😞", "m:1:1")]
    assert keys_for(mixed) == ["3", "0", "1", "2", "4"]
    shown = list(zip(keys_for(scale), scale, strict=True))
    assert to_action("7", shown) == Button("f:1:7")


def test_a_number_at_a_question_without_buttons_is_text() -> None:
    older = [ReplyButton("I'm 18 or older", "a:yes")]
    assert to_action("1", [], older) == Text("1")
    assert to_action("I'm 18 or older", [], older) == Button("a:yes")


async def test_the_scale_records_the_number_typed(bot: Bot) -> None:
    out = await chat(bot, [*ONBOARDING, "/card", "30%", "7", "No", "6", "3"])
    assert "[7] 6" not in out
    assert "Recorded: No · felt 6/10 (you expected 7)" in out


async def test_a_typed_time_in_onboarding_is_confirmed(bot: Bot) -> None:
    lines = ["/start", "Yes, let's start", "I'm 18 or older", "London", "5"]
    out = await chat(bot, lines)
    assert "your card will arrive at 05:00" in after(out, "5")


async def test_one_at_the_time_zone_question_is_read_as_text_not_an_old_button(bot: Bot) -> None:
    out = await chat(bot, ["/start", "Yes, let's start", "I'm 18 or older", "1"])
    assert "behind us" not in after(out, "1")
    assert "time zone" in after(out, "1")


async def test_the_console_does_not_offer_to_share_a_location(bot: Bot) -> None:
    out = await chat(bot, ["/start", "Yes, let's start", "I'm 18 or older"])
    assert "Which time zone are you in?" in out
    assert "location" not in out


async def test_an_older_buttons_words_still_work_after_newer_ones(bot: Bot) -> None:
    day = ["/card", "Skip the guesses", "No", "5", "1"]
    lines = [*ONBOARDING, *day, "Skip", "/wait 1d", *day, "It stung.", "Take tomorrow off"]
    out = await chat(bot, lines)  # two low moods in a row bring the rest nudge
    assert "Take tomorrow off" in after(out, "1")
    assert "[1] Skip" in after(out, "It stung.")  # newer buttons since the nudge's
    assert "Tomorrow is a rest day" in after(out, "Take tomorrow off")


async def test_wait_tells_the_time_where_the_person_lives(bot: Bot) -> None:
    lines = ["/start", "Yes, let's start", "I'm 18 or older", "Kolkata", "08:00", "Done", "3"]
    out = await chat(bot, [*lines, "/wait 1h"])
    assert "(the clock now reads Mon 02 Mar 2026 13:30, your time in Asia/Kolkata)" in out


def test_telegram_offers_to_share_a_location_where_it_can() -> None:
    from adapters.telegram.render import render_parts
    from core.engine.onboarding import ask_timezone

    assert "You can also share your location." in render_parts(ask_timezone())[0]


async def test_a_card_and_a_follow_up_arriving_together_share_one_numbering() -> None:
    waiting = ["/wait 1h", "Skip the guesses", "Waiting to hear", "5", "4", "Skip"]
    lines = [*ONBOARDING, *waiting, "/wait 3d"]  # the answer is asked for at card time
    arrived = after(await chat(Bot.in_memory(FixedClock(START)), lines), "/wait 3d")
    assert "Any news?" in arrived and "Skip the guesses" in arrived
    numbers = re.findall(r"\[(\d+)\] ", arrived)
    assert len(numbers) == len(set(numbers)) >= 8
    skip = re.search(r"\[(\d+)\] Skip the guesses", arrived)
    assert skip is not None
    again = Bot.in_memory(FixedClock(START))  # the same days again, then the card's number
    out = await chat(again, [*lines, skip.group(1)])
    assert "When you've tried, tell me how it went" in after(out, skip.group(1))


async def test_a_one_word_answer_is_the_answer_not_an_old_cards_button(bot: Bot) -> None:
    day = ["/card", "Skip the guesses", "Yes", "5", "4"]  # the card showed Yes and No
    out = await chat(bot, [*ONBOARDING, *day, "No"])
    assert "closed" not in after(out, "No")
    user = await bot.store.user_by_identity("console", "local")
    assert user is not None
    assert [r.text for r in await bot.store.reflections(user.id)] == ["No"]
