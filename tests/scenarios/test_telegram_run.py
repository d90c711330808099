"""`askanyway run` on Telegram, end to end: the real process against the fake Bot API server.

The bot is the installed script in a child process, with the real clock and the real
scheduler tick; the fake server on 127.0.0.1 plays Telegram and scripts the people. Every
test stops the bot with SIGTERM and checks it exits 0 at once, and that nothing it wrote
(at DEBUG) holds the token.
"""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path

import pytest

from core.outcomes import OUTCOME_CODES
from tests.fakes.telegram_api import ApiRequest, FakeTelegramAPI
from tests.scenarios._process import (
    Database,
    database_url,
    elapsed_since,
    local_today,
    midday_zone,
    running_bot,
)
from tests.scenarios._seed import seed_people
from tests.scenarios._storm import Storm
from tests.scenarios._telegram import SECRET_PARTS, Person, keyboard, telegram_env, visible

pytestmark = pytest.mark.slow

ANA, BEN, CLEO, DEV = 1001, 1002, 1003, 1004
CROWD = 2000
CROWD_SIZE = 25
STORM = 50_000
PRESSES = 200
KILLS = 4
ANSWERS_PER_LIFE = 15


@pytest.mark.slow(seconds=35)
async def test_one_person_goes_through_a_whole_day_of_practice(tmp_path: Path, report) -> None:
    db, zone = Database(tmp_path), midday_zone()
    async with FakeTelegramAPI() as api, running_bot(telegram_env(api, tmp_path), tmp_path) as bot:
        ana = Person(api, ANA, "Ana")
        welcome = await ana.says("/start", "not therapy")
        assert keyboard(ana.message(welcome)) == [["Yes, let's start", "Not now"]]
        age = await ana.taps(welcome, "Yes, let's start", "How old are you?")
        await ana.taps(age, "I'm 18 or older", "Which time zone are you in?")
        assert "Thanks. Let's set things up" in visible(ana.inbox[-2])
        when = await ana.says(zone, "What time should your card arrive")
        assert f"Got it: {zone}." in visible(ana.inbox[-2])
        assert keyboard(ana.message(when)) == [["07:00", "08:00", "09:00"]]
        fears = await ana.taps(when, "08:00", "Which kinds of asks feel hardest")
        ticked = await ana.taps(fears, "Work and career", "Which kinds of asks")
        assert (ticked.method, ticked.message_id) == ("editMessageText", fears.message_id)
        assert ["✓ Work and career"] in keyboard(ana.message(fears))
        strength = await ana.taps(fears, "Done", "How strong does the fear")
        ready = await ana.taps(strength, "3", "You're all set")
        assert f"({zone})" in visible(ready)

        card = await ana.taps(ready, "Today's card", "how likely is a yes")
        assert card.method == "sendMessage"
        assert ["10%", "30%", "50%", "70%", "90%"] in keyboard(ana.message(card))
        scary = await ana.taps(card, "30%", "how scary does it feel")
        outcome = await ana.taps(card, "7", "tell me how it went")
        assert scary.message_id == outcome.message_id == card.message_id
        assert scary.method == outcome.method == "editMessageText"
        assert keyboard(ana.message(card))[:2] == [
            ["Yes", "No", "Partly"],
            ["Waiting to hear", "Didn't try"],
        ]
        felt = await ana.taps(card, "No", "A no, collected")
        assert "How scary did it actually feel?" in visible(felt)
        mood = await ana.taps(card, "4", "how is your mood right now?")
        assert "Recorded: No · felt 4/10 (you expected 7)" in visible(mood)
        reflect = await ana.taps(card, "3 😐", "A moment to reflect")
        assert felt.message_id == mood.message_id == card.message_id
        summary = visible(ana.inbox[ana.inbox.index(reflect) - 1])
        assert "Recorded: No · felt 4/10 (you expected 7) · mood 3/5" in summary
        assert keyboard(ana.message(card)) == []  # the card is done: no buttons left
        assert keyboard(ana.message(reflect)) == [["Skip"]]

        second = await ana.says("I thought they'd be annoyed; they smiled.", "A moment to reflect")
        thanks = await ana.says(
            "My fear guesses worse than people are.", "No one else using the bot will see it"
        )
        assert second.message_id != reflect.message_id and thanks.method == "sendMessage"
        rows = db.rows("SELECT text FROM reflections")
        assert [r["text"] for r in rows] == [
            "I thought they'd be annoyed; they smiled.",
            "My fear guesses worse than people are.",
        ]

        streak = await ana.says("/streak", "Current streak: 1 day")
        assert "No's collected: 1" in visible(streak)
        await ana.says("/rest", "You've already practised today")

        swap = await ana.says("/skip", "What would you like instead?")
        easier = await ana.taps(swap, "Easier", "how likely is a yes")
        assert (easier.method, easier.message_id) == ("editMessageText", swap.message_id)
        assert visible(easier) != visible(card)

        overview = await ana.says("/settings", "Card time: 08:00")
        times = await ana.taps(overview, "Card time", "What time should your card arrive")
        changed = await ana.taps(times, "09:00", "Card time: 09:00")
        assert "Your card will arrive at 09:00." in visible(ana.inbox[ana.inbox.index(changed) - 1])

        export = await ana.says("/export", "everything I store about you")
        assert export.method == "sendDocument"
        document = json.loads(export.files["document"].data)
        assert document["format"] == "askanyway-export-2"
        assert [a["outcome"] for a in document["data"]["attempts"] if a["outcome"]] == ["no"]
        assert len(document["data"]["reflections"]) == 2

        confirm = await ana.says("/delete", "It can't be undone")
        erased = await ana.taps(confirm, "Yes, erase everything", "Everything I stored")
        assert (erased.method, erased.message_id) == ("editMessageText", confirm.message_id)
        for table in ("users", "attempts", "reflections", "schedules", "deliveries"):
            assert db.rows(f"SELECT * FROM {table}") == [], table

        assert not any("Slow down" in visible(r) for r in ana.inbox)
        assert await bot.stop() == 0
    assert bot.leaks(SECRET_PARTS) == []
    assert any(" DEBUG " in line for line in bot.lines)
    report(
        f"telegram scenario: {len(ana.inbox)} messages and edits to one person, token never logged"
    )


async def onboard(
    person: Person, zone: str, card_time: str = "08:00", misspelt: str = ""
) -> ApiRequest:
    """Through every onboarding question, typing the zone (after `misspelt`, if given) and the
    card time; returns the last answer."""
    welcome = await person.says("/start", "not therapy")
    age = await person.taps(welcome, "Yes, let's start", "How old are you?")
    await person.taps(age, "I'm 18 or older", "Which time zone are you in?")
    if misspelt:
        await person.says(misspelt, "couldn't find a time zone")
    await person.says(zone, "What time should your card arrive")
    fears = await person.says(card_time, "Which kinds of asks feel hardest")
    strength = await person.taps(fears, "Done", "How strong does the fear")
    return await person.taps(strength, "3", "You're all set")


@pytest.mark.slow(seconds=16)
async def test_the_morning_card_comes_from_the_tick_and_its_buttons_outlive_a_restart(
    tmp_path: Path,
) -> None:
    db, zone = Database(tmp_path), midday_zone()
    async with FakeTelegramAPI() as api, running_bot(telegram_env(api, tmp_path), tmp_path) as bot:
        ben = Person(api, BEN, "Ben")
        await onboard(ben, zone)
        db.make_card_due("telegram", BEN)
        card = await ben.sees("Good morning! Here's today's card.", after=len(ben.inbox))
        assert card.method == "sendMessage"
        assert "how likely is a yes" in visible(card)
        await ben.taps(card, "Skip the guesses", "tell me how it went")
        assert await bot.stop() == 0

        await bot.start()  # a new process: nothing of the old one is left in memory
        felt = await ben.taps(card, "No", "A no, collected")
        assert (felt.method, felt.message_id) == ("editMessageText", card.message_id)
        user = db.user("telegram", BEN)
        assert user is not None
        (attempt,) = db.attempts_of(user["id"])
        assert (attempt["status"], attempt["outcome"]) == ("recorded", "no")
        (delivery,) = db.rows("SELECT kind, status FROM deliveries WHERE user_id = ?", user["id"])
        assert tuple(delivery) == ("card", "sent")
        assert await bot.stop() == 0
    # Sent once (the edits as Ben answers keep the greeting): two schedulers, still one card.
    mornings = [r for r in ben.inbox if r.method == "sendMessage" and "Good morning" in visible(r)]
    assert mornings == [card]
    assert bot.starts == 2 and bot.leaks(SECRET_PARTS) == []


@pytest.mark.slow(seconds=17)
async def test_a_crowd_at_once_each_hear_only_their_own_answers(tmp_path: Path, report) -> None:
    db, zone = Database(tmp_path), midday_zone()
    crowd = range(CROWD, CROWD + CROWD_SIZE)
    async with FakeTelegramAPI() as api, running_bot(telegram_env(api, tmp_path), tmp_path) as bot:
        people = [Person(api, i, f"Person {i}") for i in crowd]
        started = asyncio.get_running_loop().time()
        await asyncio.gather(*(a_first_day(person, zone) for person in people))
        took = elapsed_since(started)
        assert await bot.stop() == 0

    for person in people:
        # Each person typed a place no one else typed and a card time no one else chose;
        # both come back quoted, so a reply in the wrong chat would show someone else's.
        seen = "\n".join(visible(r) for r in person.inbox)
        assert PLACE.findall(seen) == [in_letters(person.user_id)], person.user_id
        assert CARD_TIME.findall(seen) == [card_time(person.user_id)], person.user_id
        user = db.user("telegram", person.user_id)
        assert user is not None and user["delivery_time"] == card_time(person.user_id)
        (attempt,) = db.attempts_of(user["id"])
        assert (attempt["status"], attempt["outcome"]) == ("recorded", "no")
    strays = [r for r in api.sends() if r.chat_id not in {str(i) for i in crowd}]
    assert strays == []
    assert bot.leaks(SECRET_PARTS) == []
    sends = sum(len(person.inbox) for person in people)
    report(
        f"telegram: {CROWD_SIZE} people onboarded and recorded a no at once in {took:.1f} s "
        f"({sends} messages and edits), none in another person's chat"
    )


PLACE = re.compile(r'"Nowhere-([a-j]+)"')
CARD_TIME = re.compile(r"first card arrives at (\d\d:\d\d)")


def in_letters(user_id: int) -> str:
    """The id spelt in letters (0 is a, 1 is b ...): a place name the bot may quote back."""
    return "".join(chr(ord("a") + int(digit)) for digit in str(user_id))


def card_time(user_id: int) -> str:
    return f"08:{user_id % 60:02d}"


async def a_first_day(person: Person, zone: str) -> None:
    """Onboarding with one place typed wrong, a card, and a no; each person's own texts."""
    mine = person.user_id
    ready = await onboard(person, zone, card_time(mine), misspelt=f"Nowhere-{in_letters(mine)}")
    card = await person.taps(ready, "Today's card", "how likely is a yes")
    await person.taps(card, "Skip the guesses", "tell me how it went")
    await person.taps(card, "No", "A no, collected")


async def test_a_forged_button_naming_someone_elses_card_changes_nothing(tmp_path: Path) -> None:
    db, zone = Database(tmp_path), midday_zone()
    url = database_url(tmp_path)
    _cleo, dev = await seed_people(url, "telegram", [CLEO, DEV], zone, local_today(zone))
    before = [tuple(r) for r in db.rows("SELECT * FROM attempts ORDER BY id")]
    async with FakeTelegramAPI() as api, running_bot(telegram_env(api, tmp_path), tmp_path) as bot:
        cleo = Person(api, CLEO, "Cleo")
        card = await cleo.says("/card", "how likely is a yes")
        forged = api.user_presses(CLEO, card.message_id, f"o:{dev.attempt_id}:y")
        refusal = await cleo.sees("isn't one I can use", after=len(cleo.inbox))
        assert await cleo.answered(forged) == "That button has expired."
        garbled = api.user_presses(CLEO, card.message_id, "o:1;DROP TABLE attempts:y")
        await cleo.sees("That button isn't one I know", after=len(cleo.inbox))
        assert await cleo.answered(garbled) == ""
        assert refusal.method == "sendMessage"  # the card Cleo pressed on stays as it was
        assert "how likely is a yes" in str(cleo.message(card)["text"])
        assert await bot.stop() == 0
    assert [tuple(r) for r in db.rows("SELECT * FROM attempts ORDER BY id")] == before
    assert api.sends(DEV) == []
    assert bot.leaks(SECRET_PARTS) == []


@pytest.mark.slow(seconds=18)
async def test_acknowledged_outcomes_survive_a_sigkill_storm_exactly_once(
    tmp_path: Path, report
) -> None:
    db, zone = Database(tmp_path), midday_zone()
    url = database_url(tmp_path)
    crowd = range(STORM, STORM + PRESSES)
    people = await seed_people(url, "telegram", crowd, zone, local_today(zone))
    started = asyncio.get_running_loop().time()
    async with FakeTelegramAPI() as api:
        storm = Storm(api, people)
        storm.bot_starts()
        async with running_bot(telegram_env(api, tmp_path), tmp_path) as bot:
            for _kill in range(KILLS):
                await storm.run_while_alive(answers_wanted=ANSWERS_PER_LIFE)
                await bot.kill()
                storm.bot_starts()
                await bot.start()
            await storm.run_while_alive(answers_wanted=None)
            await storm.drain()
            assert await bot.stop() == 0
    took = elapsed_since(started)

    rows = {r["id"]: r for r in db.rows("SELECT id, status, outcome FROM attempts")}
    assert len(rows) == len(people)  # no press made a second attempt
    for press in storm.presses:
        row = rows[press.person.attempt_id]
        pressed = OUTCOME_CODES[press.code].value
        assert row["outcome"] in (None, pressed)  # never another outcome than the one pressed
        assert (row["status"] == "recorded") == (row["outcome"] is not None)
        if press.answers:
            assert row["outcome"] == pressed, "an acknowledged outcome was lost"
    unanswered = [p for p in storm.presses if not p.answers]
    lost = [p for p in unanswered if rows[p.person.attempt_id]["outcome"] is None]
    twice = sum(1 for p in storm.presses if p.answers > 1 and p.taps == 1)
    doubles = [p for p in storm.presses if p.taps == 2]
    assert bot.starts == KILLS + 1 and bot.leaks(SECRET_PARTS) == []
    report(
        f"telegram SIGKILL storm: {PRESSES} outcome presses, {KILLS} kills and restarts in "
        f"{took:.1f} s; {PRESSES - len(unanswered)} acknowledged, each stored once; "
        f"{len(unanswered) - len(lost)} stored but never answered; "
        f"{len(lost)} unacknowledged presses lost; "
        f"{twice} single taps answered twice (handed again after a kill); "
        f"{len(doubles)} double taps, each stored once"
    )
