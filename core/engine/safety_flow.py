"""Crisis care: the answer to a message that suggests someone may be in danger.

It comes before anything else, is private, warm and plain (no streaks, no cheering),
and records only that it happened and of what kind. Clear risk gets the crisis reply at
once and pauses the daily cards; possible risk gets a direct question first (see
`core.engine.checkin`). Someone still setting up keeps their place in the setup: it
waits, and carries on from the same question when they are ready. When the bot does not
know their country, the reply gives the international directory and asks where they are.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import datetime, timedelta

from core.care import Risk, Screening
from core.care.crisis_words import (
    crisis_message,
    onboarding_closing,
    plain_closing,
    support_lines,
)
from core.crisis import CRISIS_KINDS, resources_for
from core.engine import checkin, crisis_country, onboarding
from core.engine import payloads as p
from core.engine.account import check_in as resume_check_in
from core.engine.account import do_resume, pause
from core.engine.context import Ctx
from core.engine.schedules import schedule_user
from core.i18n import _
from core.messages import Button, Command, Event, Location, Reply, Text, button_rows
from core.model import ATTEMPTED, User, UserStatus
from core.parsing import clean_text
from core.safety import CrisisKind

Redo = Callable[[User, str], Awaitable[list[Reply]]]
"""Handles a held text as it would have been handled, once the person says they're okay."""
ANYTIME = frozenset({"help", "export", "delete"})
"""Commands that leave a waiting check-in (and the text it holds) as it is."""


async def screen_first(ctx: Ctx, event: Event) -> list[Reply] | None:
    """Every free text, before anything else (even mid-flood): the answer is vital."""
    what = event.what
    found = ctx.content.screener.screen(what.text) if isinstance(what, Text) else None
    if found is None or not isinstance(what, Text):
        return None
    user = await ctx.store.user_by_identity(event.who.platform, event.who.user_id)
    if found.risk is Risk.CLEAR:
        return await crisis(ctx, user, found.kind)
    text = clean_text(what.text)[: ctx.config.max_text + 1]
    return await possible(ctx, user, found, text, from_group=event.where.is_group)


def is_care_button(event: Event) -> bool:
    parsed = p.parse(event.what.payload) if isinstance(event.what, Button) else None
    return parsed is not None and parsed.kind == p.CHECK_IN


async def care_button(ctx: Ctx, user: User | None, event: Event, redo: Redo) -> list[Reply] | None:
    """A `ci:` press, wherever it comes from; None when a new person's "I'm okay" should
    go on as their message would have (to the start of the setup)."""
    payload = p.parse(event.what.payload) if isinstance(event.what, Button) else None
    if payload is None:
        return None
    if user is None and payload.target == checkin.OKAY and not payload.value:
        return None
    return await button(ctx, user, payload, redo)


async def while_pending(
    ctx: Ctx, user: User, what: Command | Button | Text | Location
) -> tuple[User, list[Reply] | None]:
    """A check-in waits: text is asked about again; anything else moves on without it."""
    if user.state != checkin.PENDING:
        return user, None
    if isinstance(what, Text):
        return user, still_waiting()
    if isinstance(what, Command) and what.name in ANYTIME:
        return user, None
    return await _back_to_where_it_was(ctx, user), None


async def last_crisis(ctx: Ctx, user: User) -> datetime | None:
    return await ctx.store.last_safety_event(user.id, CRISIS_KINDS)


def _country(ctx: Ctx, user: User | None) -> str | None:
    return ctx.places.country_of(user.timezone) if user else None


def _country_question(ctx: Ctx, user: User | None, kind: str) -> list[Reply]:
    if _country(ctx, user) is not None:
        return []
    return [crisis_country.question(ctx.content.crisis, kind)]


async def _back_to_where_it_was(ctx: Ctx, user: User) -> User:
    """Leave a waiting check-in: its text is erased, the conversation is where it was."""
    if user.state != checkin.PENDING:
        return user
    state, data = checkin.where_it_was(user)
    return await ctx.set_state(user, state, **data)


async def crisis(ctx: Ctx, user: User | None, kind: CrisisKind | str) -> list[Reply]:
    """The crisis reply: lines to call, the cards paused (setup kept where it was)."""
    kind = str(kind)
    resources = resources_for(ctx.content.crisis, _country(ctx, user))
    closing: str | None = plain_closing()
    buttons = button_rows()
    if user is not None:
        user = await _back_to_where_it_was(ctx, user)
        if user.consent_at is not None:
            await ctx.store.add_safety_event(user.id, kind, ctx.now())
        if user.status is UserStatus.ONBOARDING:
            closing = onboarding_closing()
            buttons = button_rows([(_("I'm ready to carry on"), p.make(p.CHECK_IN, "setup"))])
        elif user.consent_at is not None:
            paused = replace(user, status=UserStatus.PAUSED, state="", state_data={})
            await ctx.store.save_user(paused)
            await schedule_user(ctx, paused)
            closing = None
            misread = _("I'm okay, you misread me")
            buttons = button_rows([(misread, p.make(p.CHECK_IN, "dismiss"))])
    reply = Reply(crisis_message(resources, kind, closing), private=True, buttons=buttons)
    return [reply, *_country_question(ctx, user, kind)]


async def possible(
    ctx: Ctx, user: User | None, screening: Screening, text: str, *, from_group: bool
) -> list[Reply]:
    """Possible risk: ask directly, holding the text until answered. Nothing is held from
    a group (there is nothing to carry on with there) or before consent to keep anything."""
    if user is not None:
        keep = not from_group and user.consent_at is not None
        data = checkin.held(user, text if keep else None, screening.kind.value)
        await ctx.set_state(user, checkin.PENDING, **data)
    return [checkin.question(from_group=from_group)]


def still_waiting() -> list[Reply]:
    """More text while the question waits: ask again, kindly; the first text stays held."""
    return [checkin.question(again=True)]


async def button(ctx: Ctx, user: User | None, payload: p.Payload, redo: Redo) -> list[Reply]:
    """Every `ci:` button: the check-in's answers, the crisis reply's, and the countries."""
    target = payload.target
    if target == crisis_country.TARGET:
        return crisis_country.answer(ctx, payload.value)
    if target == checkin.YES:
        kind = checkin.held_kind(user, CrisisKind.SUICIDE.value) if user else "suicide"
        return await crisis(ctx, user, kind)
    if target == checkin.HARD:
        return await _hard(ctx, user)
    if user is None:
        return [Reply(_("Thank you for letting me know."), edit=True)]
    if target == checkin.OKAY:
        return await _okay(ctx, user, redo)
    return await _after_crisis(ctx, user, target)


async def _okay(ctx: Ctx, user: User, redo: Redo) -> list[Reply]:
    if user.state != checkin.PENDING:
        return [Reply(_("Thank you for letting me know."), edit=True)]
    text = checkin.held_text(user)
    user = await _back_to_where_it_was(ctx, user)
    if text:
        return [checkin.okay_thanks(), *await redo(user, text)]
    if user.status is UserStatus.ONBOARDING:  # nothing to carry on with: ask the step again
        return [checkin.okay_thanks(), onboarding.question_for(ctx, user)]
    return [checkin.okay_thanks()]


async def _hard(ctx: Ctx, user: User | None) -> list[Reply]:
    """Rest offered, the lines shown, no card pressed on them; where they were is kept."""
    kind = checkin.held_kind(user, CrisisKind.SUICIDE.value) if user else CrisisKind.SUICIDE.value
    if user is not None:
        user = await _back_to_where_it_was(ctx, user)
    lines = support_lines(resources_for(ctx.content.crisis, _country(ctx, user)), kind)
    text = checkin.hard_times() + "\n\n" + lines
    offers = []
    if user is not None and user.status is UserStatus.ACTIVE:
        offers.append([(_("Take a rest day"), p.make(p.CHECK_IN, "rest"))])
        offers.append([(_("Pause my cards for now"), p.make(p.CHECK_IN, "pause"))])
    elif user is not None and user.status is UserStatus.ONBOARDING:
        offers.append([(_("I'm ready to carry on"), p.make(p.CHECK_IN, "setup"))])
    reply = Reply(text, private=True, buttons=button_rows(*offers))
    return [reply, *_country_question(ctx, user, kind)]


async def _after_crisis(ctx: Ctx, user: User, answer: str) -> list[Reply]:
    """The buttons under a crisis reply, a "things are hard" answer and the low-mood word.
    Someone still setting up has no cards to rest or pause: an old button asks the step."""
    if user.status is UserStatus.ONBOARDING:
        return [Reply(_("Let's carry on setting up.")), onboarding.question_for(ctx, user)]
    if answer == "setup":
        return [Reply(_("You're all set up already. /help lists what I can do."))]
    if answer == "rest":
        return await _rest_day(ctx, user)
    if answer == "pause":
        return await pause(ctx, user)
    if answer == "keep":
        return [
            Reply(_("Okay. Go gently with yourself; /rest gives you a day off whenever you want."))
        ]
    if answer == "lines":  # from the low-mood word: the general lines, not the topic ones
        resources = resources_for(ctx.content.crisis, _country(ctx, user))
        text = _("These people are there to listen:") + "\n\n" + support_lines(resources, "")
        return [Reply(text, private=True), *_country_question(ctx, user, "")]
    if answer == "dismiss":
        return [
            Reply(
                _(
                    "Thank you for telling me, and sorry if I got it wrong. To be careful, the "
                    "daily cards stay paused for a day. After that, /resume starts them again."
                ),
                edit=True,
            )
        ]
    if answer == "ready":
        last = await last_crisis(ctx, user)
        if last is not None and ctx.now() - last < ctx.config.safety_resume_after:
            return [Reply(_("Let's give it a full day first. Send /resume again tomorrow."))]
        return await do_resume(ctx, user)
    return [Reply(_("That's fine. Take all the time you need; send /resume whenever you like."))]


async def _rest_day(ctx: Ctx, user: User) -> list[Reply]:
    """Today, or tomorrow when today's card is already done: either way, no card waits."""
    today = ctx.today(user)
    done = any(a.outcome in ATTEMPTED for a in await ctx.store.attempts(user.id, today))
    await ctx.store.add_rest_day(user.id, today + timedelta(days=1 if done else 0), ctx.now())
    if done:
        return [
            Reply(_("Tomorrow is a rest day. Your streak stays safe. Be gentle with yourself."))
        ]
    return [
        Reply(_("Today is a rest day. Your streak stays safe, and nothing is waiting for you."))
    ]


async def set_up_after_crisis(ctx: Ctx, user: User) -> list[Reply] | None:
    """Setup finished within a day of a crisis: the cards wait, as they would have."""
    last = await last_crisis(ctx, user)
    if last is None or ctx.now() - last >= ctx.config.safety_resume_after:
        return None
    paused = replace(user, status=UserStatus.PAUSED)
    await ctx.store.save_user(paused)
    await schedule_user(ctx, paused)
    text = _(
        "You're all set up, and nothing is lost. Because of what you shared earlier, your "
        "cards will wait a day; after that, /resume starts them whenever you feel ready. "
        "/help lists people you can talk to any time."
    )
    return [Reply(text)]


async def card_while_paused(ctx: Ctx, user: User) -> list[Reply] | None:
    """/card while the cards are paused after a crisis: a check-in, not a challenge."""
    last = await last_crisis(ctx, user) if user.status is UserStatus.PAUSED else None
    if last is None:
        return None
    if ctx.now() - last < ctx.config.safety_resume_after:
        return [
            Reply(
                _(
                    "The cards are resting for now, after what you shared earlier, and there's "
                    "no hurry to pick them up. How are you doing? If things feel heavy, /help "
                    "lists people you can talk to right now."
                )
            )
        ]
    return [resume_check_in()]
