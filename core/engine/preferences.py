"""A user's preferences (/settings): time zone, card time, kinds of ask, level, reminders.

Not to be confused with `bot/settings.py`, the environment the bot runs in.

Every change recomputes the schedule at once, so the next card follows the new
setting without waiting for a delivery.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import time

from core.deck import DOMAINS, domain_label
from core.engine import onboarding, situation
from core.engine import payloads as p
from core.engine.context import Ctx
from core.engine.schedules import schedule_user
from core.i18n import _
from core.ladder import MAX_LEVEL, MIN_LEVEL
from core.messages import Reply, button_rows
from core.model import User
from core.parsing import parse_time, resolve_timezone

SET_TIMEZONE = "set:tz"
SET_TIME = "set:time"
SET_DOMAINS = "set:domains"
SET_REMINDER_TIME = "set:remtime"
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def overview(user: User) -> Reply:
    fears = ", ".join(domain_label(d) for d in user.domains) or _("a mix of everything")
    reminder = (
        _("at {time}").format(time=user.reminder_time.strftime("%H:%M"))
        if user.reminders
        else _("off")
    )
    text = _(
        "Time zone: {zone}\nCard time: {time}\nFears you practise: {fears}\nLevel: {level} of 5\n"
        "Evening reminder: {reminder}\nWeekly summary: {weekday} mornings\n"
        "What applies to you: {needs}"
    ).format(
        needs=situation.needs_line(user),
        zone=user.timezone,
        time=user.delivery_time.strftime("%H:%M"),
        fears=fears,
        level=user.level,
        reminder=reminder,
        weekday=_(WEEKDAYS[user.summary_weekday]),
    )
    return Reply(
        text,
        title=_("Your settings"),
        buttons=button_rows(
            [
                (_("Time zone"), p.make(p.SETTING, "tz")),
                (_("Card time"), p.make(p.SETTING, "time")),
            ],
            [(_("Fears"), p.make(p.SETTING, "domains")), (_("Level"), p.make(p.SETTING, "level"))],
            [
                (_("Reminder on/off"), p.make(p.SETTING, "reminders")),
                (_("Reminder time"), p.make(p.SETTING, "remtime")),
                (_("Summary day"), p.make(p.SETTING, "week")),
            ],
            [(_("What applies to you"), p.make(p.SETTING, "needs"))],
        ),
    )


async def show(ctx: Ctx, user: User) -> list[Reply]:
    if user.state.startswith("set:"):
        user = await ctx.set_state(user)
    return [overview(user)]


async def choose(ctx: Ctx, user: User, which: str) -> list[Reply]:
    if which == "tz":
        await ctx.set_state(user, SET_TIMEZONE)
        return [onboarding.ask_timezone()]
    if which == "time":
        await ctx.set_state(user, SET_TIME)
        return [onboarding.ask_time()]
    if which == "domains":
        await ctx.set_state(user, SET_DOMAINS, domains=list(user.domains))
        return [onboarding.ask_domains(list(user.domains))]
    if which == "level":
        levels = [(str(n), p.make(p.LEVEL, n)) for n in range(MIN_LEVEL, MAX_LEVEL + 1)]
        return [
            Reply(
                _("Which level would you like? 1 is the gentlest, 5 the boldest."),
                buttons=button_rows(levels),
            )
        ]
    if which == "needs":
        return [situation.question(user)]
    if which == "reminders":
        on = not user.reminders
        message = _("Evening reminders are on.") if on else _("Evening reminders are off.")
        return await apply(ctx, replace(user, reminders=on), message)
    if which == "remtime":
        await ctx.set_state(user, SET_REMINDER_TIME)
        return [Reply(_("What time should the evening reminder come? Type a time like 20:00."))]
    if which == "week":
        days = [(_(name), p.make(p.SETTING, "wd", i)) for i, name in enumerate(WEEKDAYS)]
        return [
            Reply(
                _("Which morning should your weekly summary arrive?"),
                buttons=button_rows(days[:4], days[4:]),
            )
        ]
    return [Reply(_("That button isn't one I know. /settings shows your options."))]


async def set_weekday(ctx: Ctx, user: User, value: str) -> list[Reply]:
    day = p.Payload("", "", value).int_value(0, 6)
    if day is None:
        return [Reply(_("That button isn't one I know. /settings shows your options."))]
    message = _("Your weekly summary will come on {weekday} mornings.").format(
        weekday=_(WEEKDAYS[day])
    )
    return await apply(ctx, replace(user, summary_weekday=day), message)


async def reminder_time_text(ctx: Ctx, user: User, text: str) -> list[Reply]:
    chosen = parse_time(text)
    if chosen is None:
        return [onboarding.unknown_time()]
    message = _("Your evening reminder will come at {time}.").format(time=chosen.strftime("%H:%M"))
    return await apply(ctx, replace(user, reminder_time=chosen, reminders=True), message)


async def apply(ctx: Ctx, user: User, message: str) -> list[Reply]:
    await ctx.set_state(user)
    await schedule_user(ctx, user)
    return [Reply(message), overview(user)]


async def set_timezone(ctx: Ctx, user: User, zone: str) -> list[Reply]:
    return await apply(
        ctx, replace(user, timezone=zone), _("Time zone set to {zone}.").format(zone=zone)
    )


async def timezone_text(ctx: Ctx, user: User, text: str) -> list[Reply]:
    zone = resolve_timezone(text)
    if zone is None:
        return [onboarding.unknown_timezone(text)]
    return await set_timezone(ctx, user, zone)


async def set_time(ctx: Ctx, user: User, chosen: time) -> list[Reply]:
    message = _("Your card will arrive at {time}.").format(time=chosen.strftime("%H:%M"))
    return await apply(ctx, replace(user, delivery_time=chosen), message)


async def time_text(ctx: Ctx, user: User, text: str) -> list[Reply]:
    chosen = parse_time(text)
    if chosen is None:
        return [onboarding.unknown_time()]
    return await set_time(ctx, user, chosen)


async def toggle_domain(ctx: Ctx, user: User, domain: str) -> list[Reply]:
    chosen = [d for d in user.state_data.get("domains", []) if d in DOMAINS]
    if domain == "done":
        return await apply(
            ctx, replace(user, domains=tuple(chosen)), _("Saved your choice of fears.")
        )
    if domain not in DOMAINS:
        return [Reply(_("That button isn't one I know. Please use the buttons below."))]
    chosen = [d for d in chosen if d != domain] if domain in chosen else [*chosen, domain]
    await ctx.set_state(user, SET_DOMAINS, domains=chosen)
    return [onboarding.ask_domains(chosen, edit=True)]


async def set_level(ctx: Ctx, user: User, value: str) -> list[Reply]:
    if value == "stay":
        return [
            Reply(
                _("Staying at level {level}. Good choice, there's no rush.").format(
                    level=user.level
                ),
                edit=True,
            )
        ]
    level = p.Payload("", "", value).int_value(MIN_LEVEL, MAX_LEVEL)
    if level is None:
        return [Reply(_("That button isn't one I know. /settings shows your options."))]
    await ctx.store.save_user(replace(user, level=level))
    return [
        Reply(_("Level {level} it is. Your next cards will match.").format(level=level), edit=True)
    ]


def parse_time_payload(value: str) -> time | None:
    """Time buttons carry "HHMM" (colons are not allowed in a payload's target)."""
    return parse_time(f"{value[:2]}:{value[2:]}") if len(value) == 4 and value.isdecimal() else None
