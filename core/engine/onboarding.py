"""Onboarding: what the bot is and is not, consent, age, time zone, card time, fears.

Each step is a conversation state saved in the database, so a restart in the
middle picks up at the same question. See docs/onboarding.md for the diagram.
"""

from __future__ import annotations

from dataclasses import replace

from core.care.quoting import quotable_place
from core.deck import DOMAINS, domain_label
from core.engine import payloads as p
from core.engine import situation
from core.engine.context import Ctx
from core.engine.schedules import schedule_user
from core.i18n import _
from core.ladder import start_level
from core.messages import Reply, button_rows
from core.model import User, UserStatus
from core.parsing import parse_time, resolve_timezone
from core.youth import under_age_message

CONSENT = "onb:consent"
AGE = "onb:age"
TIMEZONE = "onb:tz"
TIME = "onb:time"
DOMAINS_STEP = "onb:domains"
STRENGTH = "onb:strength"
STEPS = (CONSENT, AGE, TIMEZONE, TIME, DOMAINS_STEP, STRENGTH)

TIME_CHOICES = ("07:00", "08:00", "09:00")


def welcome() -> Reply:
    text = _(
        "Hi, I'm Ask Anyway. Each morning I'll give you one small challenge: an ask where "
        'you might hear "no". You try it, tell me how it went, and bit by bit "no" gets '
        "less scary.\n\n"
        "A few honest things first:\n"
        "• This is a practice tool, not therapy and not an emergency service. If you are "
        "in crisis, please contact your local emergency number or a crisis line (/help "
        "lists some).\n"
        "• I store what you record: your attempts, your moods and your reflections. Moods "
        "and reflections are about your wellbeing, so they are health information. I keep "
        "them only to show you your progress, and until you erase them: /export downloads "
        "everything and /delete erases it. No one else using the bot ever sees them. The "
        "person or team who runs this bot can reach its database, as with any app, so use "
        "one run by someone you trust.\n"
        "• Every ask is one a person can easily turn down, and a no always ends it.\n\n"
        "Is that okay with you?"
    )
    return Reply(
        text,
        title=_("Welcome"),
        buttons=button_rows(
            [
                (_("Yes, let's start"), p.make(p.CONSENT, "yes")),
                (_("Not now"), p.make(p.CONSENT, "no")),
            ]
        ),
    )


def ask_age(minimum_age: int) -> Reply:
    return Reply(
        _(
            "One more thing before we begin: Ask Anyway is made for people aged {age} and "
            "over. How old are you?"
        ).format(age=minimum_age),
        buttons=button_rows(
            [
                (_("I'm {age} or older").format(age=minimum_age), p.make(p.AGE, "ok")),
                (_("I'm under {age}").format(age=minimum_age), p.make(p.AGE, "under")),
            ]
        ),
    )


def ask_timezone() -> Reply:
    return Reply(
        _(
            "Which time zone are you in? Type a city near you (like London or Toronto) or a "
            "zone name (like Europe/Berlin)."
        ),
        takes_location=True,
    )


def ask_time() -> Reply:
    return Reply(
        _("What time should your card arrive each morning? Tap one, or type a time like 7:30."),
        buttons=button_rows([(t, p.make(p.TIME, t.replace(":", ""))) for t in TIME_CHOICES]),
    )


def ask_domains(chosen: list[str], edit: bool = False) -> Reply:
    rows = [
        [(("✓ " if d in chosen else "") + domain_label(d), p.make(p.DOMAIN, d))] for d in DOMAINS
    ]
    rows.append([(_("Done"), p.make(p.DOMAIN, "done"))])
    return Reply(
        _(
            "Which kinds of asks feel hardest for you? Tap all that apply, then Done. "
            "(Choose none for a mix of everything.)"
        ),
        buttons=button_rows(*rows),
        edit=edit,
    )


def ask_strength() -> Reply:
    labels = [_("1 a little"), "2", "3", "4", _("5 a lot")]
    return Reply(
        _("How strong does the fear of hearing no feel for you right now?"),
        buttons=button_rows([(label, p.make(p.STRENGTH, i + 1)) for i, label in enumerate(labels)]),
    )


def question_for(ctx: Ctx, user: User) -> Reply:
    """Repeat the question of the step the user is on (after a restart or odd input)."""
    return {
        CONSENT: welcome,
        AGE: lambda: ask_age(ctx.config.minimum_age),
        TIMEZONE: ask_timezone,
        TIME: ask_time,
        STRENGTH: ask_strength,
    }.get(user.state, lambda: ask_domains(list(user.state_data.get("domains", []))))()


async def start(ctx: Ctx, user: User) -> list[Reply]:
    if user.status is UserStatus.ONBOARDING and user.state in STEPS and user.state != CONSENT:
        return [
            Reply(_("Welcome back! Let's carry on where we left off.")),
            question_for(ctx, user),
        ]
    await ctx.set_state(user, CONSENT)
    return [welcome()]


async def consent(ctx: Ctx, user: User, answer: str) -> list[Reply]:
    if user.state != CONSENT:
        return [Reply(_("You've already answered that one."), edit=False)]
    if answer != "yes":
        await ctx.store.delete_user(user.id)
        return [Reply(_("No problem. Nothing has been saved. Send /start whenever you're ready."))]
    agreed = replace(user, consent_at=ctx.now(), consent_version=ctx.config.consent_version)
    await ctx.set_state(agreed, AGE)
    return [Reply(_("Thank you.")), ask_age(ctx.config.minimum_age)]


async def age(ctx: Ctx, user: User, answer: str) -> list[Reply]:
    """Under the minimum age nothing is kept: the row goes, and kind words and help come."""
    if answer == "under":
        await ctx.store.delete_user(user.id)
        directory = ctx.content.youth or ctx.content.crisis
        return [Reply(under_age_message(directory, ctx.config.minimum_age))]
    if answer != "ok":
        return [Reply(_("That button isn't one I know. Please use the buttons below."))]
    await ctx.set_state(user, TIMEZONE)
    return [Reply(_("Thanks. Let's set things up; it takes a minute.")), ask_timezone()]


async def set_timezone(ctx: Ctx, user: User, zone: str) -> list[Reply]:
    await ctx.set_state(replace(user, timezone=zone), TIME)
    return [Reply(_("Got it: {zone}.").format(zone=zone)), ask_time()]


async def timezone_text(ctx: Ctx, user: User, text: str) -> list[Reply]:
    zone = resolve_timezone(text)
    if zone is None:
        return [unknown_timezone(text)]
    return await set_timezone(ctx, user, zone)


def unknown_timezone(text: str) -> Reply:
    """Quotes what they typed only when it reads like a place name (see core.care.quoting)."""
    shown = quotable_place(text)
    if shown is None:
        return Reply(
            _(
                "I couldn't place that as a time zone. Could you type a big city near you "
                "(like Chicago) or a zone name like America/Chicago? If something else is on "
                "your mind, /help lists people you can talk to."
            )
        )
    return Reply(
        _(
            'I couldn\'t find a time zone called "{text}". Try a big city near you (like '
            "Chicago) or a zone name like America/Chicago."
        ).format(text=shown)
    )


def unknown_time() -> Reply:
    return Reply(_("That doesn't look like a time of day. Try something like 8:00, 7:30 or 9am."))


async def time_text(ctx: Ctx, user: User, text: str) -> list[Reply]:
    chosen = parse_time(text)
    if chosen is None:
        return [unknown_time()]
    chosen_user = replace(user, delivery_time=chosen)
    await ctx.set_state(chosen_user, DOMAINS_STEP, domains=[])
    said = _("Got it: your card will arrive at {time} each day. /settings changes it any time.")
    lead = said.format(time=chosen.strftime("%H:%M"))
    question = ask_domains([])  # one message: the confirmation leads the next question
    return [replace(question, text=f"{lead}\n\n{question.text}")]


async def toggle_domain(ctx: Ctx, user: User, domain: str) -> list[Reply]:
    chosen = [d for d in user.state_data.get("domains", []) if d in DOMAINS]
    if domain == "done":
        await ctx.set_state(replace(user, domains=tuple(chosen)), STRENGTH)
        return [ask_strength()]
    if domain not in DOMAINS:
        return [Reply(_("That button isn't one I know. Please use the buttons below."))]
    chosen = [d for d in chosen if d != domain] if domain in chosen else [*chosen, domain]
    await ctx.set_state(user, DOMAINS_STEP, domains=chosen)
    return [ask_domains(chosen, edit=True)]


async def strength(ctx: Ctx, user: User, value: int) -> list[Reply]:
    ready = replace(user, fear_strength=value, level=start_level(value), status=UserStatus.ACTIVE)
    await ctx.set_state(ready)
    await schedule_user(ctx, ready)
    return [situation.all_set(ready)]
