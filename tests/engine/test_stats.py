"""/stats through the engine: a PNG and two lines, true to the database rows it comes from.

The accuracy test recomputes every plotted series straight from `store.attempts` and
`store.rest_days`, with its own simple rules and without `core.progress`, and compares
them with what the chart read back from its own drawing.
"""

from __future__ import annotations

import asyncio
import io
from collections import Counter
from datetime import date, timedelta

import pytest
from PIL import Image

from adapters.discord.platform import DiscordAdapter
from adapters.telegram.platform import TelegramAdapter
from core.commands import user_commands
from core.model import ATTEMPTED, Outcome
from core.progress import DayKind
from tests.adapters.conftest import FAST
from tests.engine.conftest import START
from tests.fakes.chart_readback import DrawnSeries
from tests.fakes.charts import ReadBackCharts
from tests.fakes.chat import Bot, ChatUser, FixedClock
from tests.fakes.discord_api import FakeDiscord
from tests.fakes.discord_fixtures import FAST_BACKOFF, GUILD, USER
from tests.fakes.discord_fixtures import TOKEN as DISCORD_TOKEN
from tests.fakes.telegram_api import TOKEN, FakeTelegramAPI

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JOINED = date(2026, 3, 2)  # the harness's Monday


@pytest.fixture
def bot() -> Bot:
    """These tests are about the picture itself: it is really drawn, and read back."""
    return Bot.in_memory(FixedClock(START), charts=ReadBackCharts())


def drawn(bot: Bot) -> DrawnSeries:
    charts = bot.ctx.charts
    assert isinstance(charts, ReadBackCharts) and charts.last_series is not None
    return charts.last_series


async def practise(person: ChatUser, outcome: str, mood: str, guess: str | None = None) -> None:
    await person.says("/card")
    if guess is None:
        await person.taps("Skip the guesses")
    else:
        await person.taps(guess)
        await person.taps("5")  # how scary it looks
    await person.taps(outcome)
    if outcome != "Didn't try":
        await person.taps("4")  # how scary it felt
    await person.taps(mood)


# Day by day from the Monday the user joined: what they did, the mood after, their guess.
HISTORY: dict[int, tuple[str, str, str | None] | str | None] = {
    0: ("Yes", "4", "30%"),
    1: ("No", "3", "10%"),
    2: ("Partly", "4", "50%"),
    3: ("Yes", "5", "30%"),
    4: ("No", "3", "10%"),
    5: ("Waiting to hear", "4", "50%"),
    6: ("Yes", "4", None),  # seven practice days in a row earn a streak freeze
    7: "rest",
    8: None,  # missed, and the freeze covers it
    9: ("Yes", "5", "70%"),
    10: ("Didn't try", "3", None),  # no freeze left: the streak breaks here
    11: None,
    12: ("No", "4", None),
    13: None,
    14: ("Yes", "5", None),
    15: None,  # today, Tuesday 17 March, not practised yet
}
TODAY = JOINED + timedelta(days=15)


async def live_through(bot: Bot, person: ChatUser) -> None:
    await person.onboard()
    for offset, plan in HISTORY.items():
        if offset:
            bot.clock.advance(days=1)
        if plan == "rest":
            await person.says("/rest")
        elif isinstance(plan, tuple):
            await practise(person, *plan)


def expected_days(practised: set[date], rest: set[date], frozen: set[date]) -> dict[date, DayKind]:
    first = JOINED - timedelta(days=JOINED.weekday())  # the chart starts the week they began
    found = {}
    for n in range((TODAY - first).days + 7 - TODAY.weekday()):
        day = first + timedelta(days=n)
        if day in practised:
            kind = DayKind.PRACTICE
        elif day > TODAY:
            kind = DayKind.FUTURE
        elif day in rest:
            kind = DayKind.REST
        elif day in frozen:
            kind = DayKind.FREEZE
        elif day == TODAY:
            kind = DayKind.FUTURE
        elif day < JOINED:
            kind = DayKind.BEFORE
        else:
            kind = DayKind.MISSED
        found[day] = kind
    return found


async def test_stats_replies_with_a_png_and_two_lines(bot: Bot) -> None:
    ana = bot.user()
    await live_through(bot, ana)
    [reply] = await ana.says("/stats")
    assert reply.attachment is not None
    assert (reply.attachment.filename, reply.attachment.mime_type) == ("progress.png", "image/png")
    assert reply.attachment.data.startswith(PNG_SIGNATURE)
    first, second = reply.text.split("\n")
    assert first == "Since you began: 10 asks, 3 no's collected."
    # Six settled guesses: 30, 10, 50, 30, 10 and 70 % against yes, no, partly, yes, no, yes.
    assert second.startswith("You expected a yes 33% of the time; people said yes 58%")
    assert reply.private and reply.title == "Your progress"


async def test_every_plotted_series_matches_the_database_rows(bot: Bot) -> None:
    ana = bot.user()
    await live_through(bot, ana)
    await ana.says("/stats")
    series = drawn(bot)
    assert series.layout == "full"
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None
    rows = await bot.store.attempts(user.id)
    rest = set(await bot.store.rest_days(user.id))

    practised = {a.local_date for a in rows if a.outcome in ATTEMPTED}
    frozen = {JOINED + timedelta(days=8)}  # the scenario's one covered day
    assert series.days == expected_days(practised, rest, frozen)
    assert series.days[JOINED + timedelta(days=7)] is DayKind.REST
    assert series.days[JOINED + timedelta(days=11)] is DayKind.MISSED

    weeks = Counter(
        (a.local_date - timedelta(days=a.local_date.weekday()), a.outcome.value)
        for a in rows
        if a.outcome is not None and a.outcome is not Outcome.DIDNT_TRY  # bars are asks made
    )
    plotted = {(monday, key): n for key, bars in series.weeks.items() for monday, n in bars.items()}
    assert plotted == dict(weeks)

    rated = sorted((a.local_date, a.created_at, a.mood) for a in rows if a.mood is not None)
    assert series.moods == tuple((day, float(mood)) for day, _at, mood in rated)

    share = {Outcome.YES: 1.0, Outcome.PARTLY: 0.5, Outcome.NO: 0.0}
    settled = [(a.predicted_yes, share[a.outcome]) for a in rows if a.outcome in share]
    guessed = [(p, s) for p, s in settled if p is not None]
    expected_yes = sum(p for p, _s in guessed) / len(guessed)
    real_yes = 100 * sum(s for _p, s in guessed) / len(guessed)
    assert abs(series.mirror["expected"][0] - expected_yes) < 1e-9
    assert abs(series.mirror["real"][0] - real_yes) < 1e-9
    assert series.mirror_groups[0] == "All"


async def test_a_first_week_user_gets_the_first_steps_picture_and_their_streak(bot: Bot) -> None:
    ana = bot.user()
    await ana.onboard()
    await practise(ana, "No", "4")
    bot.clock.advance(days=1)
    await practise(ana, "Yes", "4")
    [reply] = await ana.says("/stats")
    assert reply.attachment is not None and reply.attachment.data.startswith(PNG_SIGNATURE)
    assert reply.text == "Since you began: 2 asks, 1 no collected.\nCurrent streak: 2 days."
    series = drawn(bot)
    assert series.layout == "first_steps"
    assert series.days[JOINED] is DayKind.PRACTICE
    assert series.days[JOINED + timedelta(days=1)] is DayKind.PRACTICE
    assert len(series.days) == 7


async def test_before_any_ask_the_reply_looks_ahead(bot: Bot) -> None:
    ana = bot.user()
    await ana.onboard()
    [reply] = await ana.says("/stats")
    assert (
        reply.text
        == "Since you began: 0 asks, 0 no's collected.\nYour next ask starts a new streak."
    )
    assert drawn(bot).layout == "first_steps"


async def test_on_telegram_stats_arrives_as_a_photo_with_real_png_bytes(bot: Bot) -> None:
    person = 4242
    ana = bot.user(str(person), platform="telegram")
    await ana.onboard()
    await practise(ana, "No", "4")
    async with FakeTelegramAPI() as api:
        adapter = TelegramAdapter(
            token=TOKEN,
            base_url=api.base_url,
            conversation=bot.engine,
            commands=user_commands(),
            limits=FAST,
        )
        await adapter.start()
        try:
            api.user_sends_command(person, "stats")
            await api.wait_for_sends(1, person)
        finally:
            await adapter.stop()
    [photo] = api.sends(person)
    assert photo.method == "sendPhoto"
    png = photo.files["photo"].data
    assert png.startswith(PNG_SIGNATURE) and Image.open(io.BytesIO(png)).format == "PNG"
    assert "Your progress" in photo.text and "1 no collected" in photo.text


async def test_on_discord_stats_arrives_as_an_image_attachment(bot: Bot) -> None:
    sam = bot.user(str(USER.id), platform="discord")
    await sam.onboard()
    await practise(sam, "Yes", "5")
    fake = FakeDiscord(guilds=(GUILD,))
    await fake.start()
    adapter = DiscordAdapter(
        token=DISCORD_TOKEN,
        conversation=bot.engine,
        commands=user_commands(),
        api_base_url=fake.api_base_url,
        login_backoff=FAST_BACKOFF,
        guild_ready_timeout=0.05,
    )
    try:
        await adapter.start()
        await asyncio.wait_for(adapter.wait_ready(), 5)
        interaction = await fake.slash_command(USER, "stats")
        [answer] = await fake.wait_for(
            lambda: [r for r in fake.requests if r.files and interaction.token in r.path]
        )
    finally:
        await adapter.stop()
        await fake.stop()
    [upload] = answer.files
    assert upload.filename == "progress.png" and upload.data.startswith(PNG_SIGNATURE)
    assert Image.open(io.BytesIO(upload.data)).format == "PNG"
    assert answer.json["embeds"][0]["image"]["url"] == "attachment://progress.png"
