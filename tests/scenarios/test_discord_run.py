"""`askanyway run` on Discord, end to end: the real process against the fake Discord.

The bot is the installed script in a child process, with the real clock and the real
scheduler tick; the fake serves Discord's REST API and gateway on 127.0.0.1 and plays the
people, who use slash commands, press buttons and write direct messages. Every test stops
the bot with SIGTERM and checks it exits 0 at once, and that nothing it wrote (at DEBUG)
holds the token.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.fakes.discord_api import FakeDiscord
from tests.fakes.discord_payloads import EPHEMERAL, FakeGuild, FakeUser, Json
from tests.scenarios._discord import (
    SECRET_PARTS,
    Member,
    discord_env,
    is_ephemeral,
    labels,
    text_of,
)
from tests.scenarios._process import BotProcess, Database, midday_zone, running_bot

pytestmark = pytest.mark.slow

GUILD = FakeGuild()
SAM = FakeUser(4_000_000_000_000_011, "sam")
KAI = FakeUser(4_000_000_000_000_012, "kai")
BEN = FakeUser(4_000_000_000_000_013, "ben")
LEE = FakeUser(4_000_000_000_000_014, "lee")
READY = "Connected to Discord"
CREATE = "/channels/{channel_id}/messages"


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    discord = FakeDiscord(guilds=(GUILD,))
    await discord.start()
    try:
        yield discord
    finally:
        await discord.stop()


async def connected(bot: BotProcess, fake: FakeDiscord) -> None:
    """Wait until this run of the bot is on the gateway and has its servers."""
    await bot.wait_for_line(READY, after=bot.first_line)
    await fake.wait_for(lambda: fake.gateway.connected == 1)  # the old run's socket is gone


async def test_a_whole_day_of_practice_happens_in_dms_and_nothing_private_shows_in_a_server(
    tmp_path: Path, fake: FakeDiscord, report
) -> None:
    db, zone = Database(tmp_path), midday_zone()
    async with running_bot(discord_env(fake, tmp_path), tmp_path) as bot:
        await connected(bot, fake)
        sam = Member(fake, SAM)
        welcome = await sam.uses("start", "not therapy")
        assert sam.interactions[-1].callbacks == [{"type": 5}]  # in DMs nothing is ephemeral
        assert labels(welcome) == [["Yes, let's start", "Not now"]]
        age = await sam.taps(welcome, "Yes, let's start", "How old are you?")
        assert sam.interactions[-1].callbacks == [{"type": 6}]  # a press updates in place
        await sam.taps(age, "I'm 18 or older", "Which time zone are you in?")
        when = await sam.writes(zone, "What time should your card arrive")
        fears = await sam.taps(when, "08:00", "Which kinds of asks feel hardest")
        ticked = await sam.taps(fears, "Work and career", "Which kinds of asks")
        assert ticked["id"] == fears["id"]
        shown = [label for row in labels(ticked) for label in row]
        assert "✓ Work and career" in shown and shown[-1] == "Done"  # all 7 fit in Discord's 5 rows
        strength = await sam.taps(fears, "Done", "How strong does the fear")
        ready = await sam.taps(strength, "3", "You're all set")

        card = await sam.taps(ready, "Today's card", "how likely is a yes")
        assert "· level" in card["embeds"][0]["title"]
        await sam.taps(card, "30%", "how scary does it feel")
        outcome = await sam.taps(card, "7", "tell me how it went")
        assert outcome["id"] == card["id"]
        assert labels(outcome)[:2] == [["Yes", "No", "Partly"], ["Waiting to hear", "Didn't try"]]
        await sam.taps(card, "No", "A no, collected")
        mood = await sam.taps(card, "4", "how is your mood right now?")
        assert "Recorded: No · felt 4/10 (you expected 7)" in text_of(mood)
        reflect = await sam.taps(card, "3 😐", "A moment to reflect")
        assert "mood 3/5" in text_of(card) and labels(card) == []
        assert labels(reflect) == [["Skip"]]
        await sam.writes("I thought they'd be annoyed; they smiled.", "A moment to reflect")
        await sam.writes(
            "My fear guesses worse than people are.", "No one else using the bot will see it"
        )
        assert len(db.rows("SELECT * FROM reflections")) == 2

        streak = await sam.uses("streak", "Current streak: 1 day")
        assert "No's collected: 1" in text_of(streak)
        await sam.uses("rest", "You've already practised today")
        swap = await sam.uses("skip", "What would you like instead?")
        easier = await sam.taps(swap, "Easier", "how likely is a yes")
        assert easier["id"] == swap["id"] and text_of(easier) != text_of(card)
        overview = await sam.uses("settings", "Card time: 08:00")
        times = await sam.taps(overview, "Card time", "What time should your card arrive")
        await sam.taps(times, "09:00", "Card time: 09:00")

        export = await sam.uses("export", "everything I store about you")
        assert [a["filename"] for a in export["attachments"]] == ["askanyway-export.json"]
        document = exported(fake)
        assert [a["outcome"] for a in document["data"]["attempts"] if a["outcome"]] == ["no"]
        confirm = await sam.uses("delete", "It can't be undone")
        erased = await sam.taps(confirm, "Yes, erase everything", "Everything I stored")
        assert erased["id"] == confirm["id"]
        for table in ("users", "attempts", "reflections", "schedules", "deliveries"):
            assert db.rows(f"SELECT * FROM {table}") == [], table

        everything = [text_of(m) for m in sam.bot_messages()]
        assert not any("Slow down" in t for t in everything)
        assert all(not is_ephemeral(m) for m in sam.bot_messages())  # DMs are private already
        assert sam.bot_messages(GUILD.channel_id) == []  # nothing of Sam's reached the server

        kai = Member(fake, KAI)  # in the server's channel now
        helped = await kai.uses("help", "not therapy", guild=GUILD)
        assert is_ephemeral(helped)  # help is for everyone, but this answer is Kai's own
        invite = await kai.uses("card", "private chat", guild=GUILD)
        assert kai.interactions[-1].callbacks[0]["data"] == {"flags": EPHEMERAL}
        assert not is_ephemeral(invite)  # an invitation, with nothing of Kai's in it
        public = [m for m in kai.bot_messages(GUILD.channel_id) if not is_ephemeral(m)]
        assert [text_of(m) for m in public] == [text_of(invite)]
        welcome = await kai.uses("start", "not therapy")
        assert welcome["channel_id"] == str(kai.dm)
        assert await bot.stop() == 0
    assert bot.leaks(SECRET_PARTS) == []
    assert any(" DEBUG " in line for line in bot.lines)
    report(f"discord scenario: {len(everything)} messages in one person's DMs, token never logged")


def exported(fake: FakeDiscord) -> Json:
    """The JSON file the bot attached to a message (the export), as the fake received it."""
    files = [f for r in fake.requests for f in r.files if f.filename.endswith(".json")]
    assert len(files) == 1
    document: Json = json.loads(files[0].data)
    return document


async def onboard(member: Member, zone: str) -> Json:
    welcome = await member.uses("start", "not therapy")
    age = await member.taps(welcome, "Yes, let's start", "How old are you?")
    await member.taps(age, "I'm 18 or older", "Which time zone are you in?")
    when = await member.writes(zone, "What time should your card arrive")
    fears = await member.taps(when, "08:00", "Which kinds of asks feel hardest")
    strength = await member.taps(fears, "Done", "How strong does the fear")
    return await member.taps(strength, "3", "You're all set")


@pytest.mark.slow(seconds=10)
async def test_cards_come_by_dm_from_the_tick_closed_dms_are_given_up_and_buttons_outlive_a_restart(
    tmp_path: Path, fake: FakeDiscord
) -> None:
    db, zone = Database(tmp_path), midday_zone()
    async with running_bot(discord_env(fake, tmp_path), tmp_path) as bot:
        await connected(bot, fake)
        lee, ben = Member(fake, LEE), Member(fake, BEN)
        await onboard(lee, zone)
        await onboard(ben, zone)
        fake.refuse_dms_to(LEE.id)
        db.make_card_due("discord", LEE.id)
        await fake.wait_for(lambda: refused(fake, lee.dm))
        # Ticks run one at a time: once Ben's card, made due after Lee's was refused, has
        # arrived, the tick that met the refusal is over, and a later one has run.
        before = ben.looks()
        db.make_card_due("discord", BEN.id)
        card = await ben.sees("Good morning! Here's today's card.", since=before)
        assert card["embeds"] and ["10%", "30%", "50%", "70%", "90%"] in labels(card)
        gone = db.user("discord", LEE.id)
        assert gone is not None and gone["status"] == "unreachable"
        assert db.rows("SELECT * FROM schedules WHERE user_id = ?", gone["id"]) == []
        assert len(refused(fake, lee.dm)) == 1  # tried once, never again

        await ben.taps(card, "Skip the guesses", "tell me how it went")
        assert await bot.stop() == 0
        await bot.start()  # a new process, with no view of the old one's in memory
        await connected(bot, fake)
        felt = await ben.taps(card, "No", "A no, collected")
        assert felt["id"] == card["id"]
        user = db.user("discord", BEN.id)
        assert user is not None
        (attempt,) = db.attempts_of(user["id"])
        assert (attempt["status"], attempt["outcome"]) == ("recorded", "no")
        assert await bot.stop() == 0
    sent = [r for r in fake.find("POST", CREATE) if r.path == f"/channels/{ben.dm}/messages"]
    mornings = [r for r in sent if "Good morning" in json.dumps(r.json)]
    assert len(mornings) == 1  # two processes, two schedulers: still one card
    assert len(refused(fake, lee.dm)) == 1
    assert bot.leaks(SECRET_PARTS) == []


def refused(fake: FakeDiscord, channel: int) -> list[object]:
    return [
        r
        for r in fake.find("POST", CREATE)
        if r.path == f"/channels/{channel}/messages" and r.status == 403
    ]
