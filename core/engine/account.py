"""The user's own controls: streak, rest, pause and resume, help, export, delete."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from core.calibration import Prediction, mirror, mirror_sentence
from core.care.crisis_words import help_resources_text
from core.commands import user_commands
from core.crisis import CRISIS_KINDS, resources_for
from core.day import Day, DayStatus, decide_day
from core.engine import buddy_news
from core.engine import payloads as p
from core.engine.context import Ctx
from core.engine.schedules import MORNING_CARD, schedule_user
from core.i18n import _, ngettext
from core.messages import Attachment, Reply, button_rows
from core.model import Attempt, Outcome, User, UserStatus


async def _day(ctx: Ctx, user: User) -> tuple[Day, Sequence[Attempt]]:
    """Today as `core.day` decides it, with the streak, and the whole history it came from."""
    attempts = await ctx.store.attempts(user.id)
    rest_days = await ctx.store.rest_days(user.id)
    return decide_day(ctx.today(user), attempts, rest_days, with_streak=True), attempts


def _today_line(today: Day) -> str:
    """What /streak says about today; never "still open" for a day already answered or rested."""
    if today.status is DayStatus.PRACTISED:
        return ""
    if today.status is DayStatus.REST:
        if today.streak_alive:
            return _("Today is a rest day: your streak is safe.")
        return _("Today is a rest day.")
    if today.status is DayStatus.NOT_TRIED:
        if today.streak_alive:
            return _(
                "Today's card is recorded as not tried, so today doesn't count for the streak "
                "yet. /card gives you another if you'd like to try after all, or /rest keeps "
                "your streak safe."
            )
        return _(
            "Today's card is recorded as not tried, so today doesn't count for the streak. "
            "/card gives you another if you'd like to try after all."
        )
    return _("Today is still open: /card when you're ready.")


async def streak(ctx: Ctx, user: User) -> list[Reply]:
    today, attempts = await _day(ctx, user)
    assert today.streak is not None  # with_streak
    result = today.streak
    nos = sum(1 for a in attempts if a.outcome is Outcome.NO)
    lines = [
        ngettext("Current streak: {n} day", "Current streak: {n} days", result.current).format(
            n=result.current
        ),
        _("Longest streak: {n}").format(n=result.longest),
        ngettext("No's collected: {n}", "No's collected: {n}", nos).format(n=nos),
        ngettext(
            "Streak freezes: {n} (a missed day uses one by itself)",
            "Streak freezes: {n} (a missed day uses one by itself)",
            result.freezes_held,
        ).format(n=result.freezes_held),
    ]
    if line := _today_line(today):
        lines.append(line)
    predictions = [
        Prediction(a.level, a.predicted_yes, a.outcome)
        for a in attempts
        if a.predicted_yes is not None and a.outcome is not None
    ]
    seen = mirror(predictions)
    if seen is not None:
        lines.append("\n" + mirror_sentence(seen))
    return [Reply("\n".join(lines), title=_("Your practice"))]


async def rest(ctx: Ctx, user: User) -> list[Reply]:
    """/rest: only a streak that exists is called safe (a day before may have broken it)."""
    today, _attempts = await _day(ctx, user)
    if today.status is DayStatus.PRACTISED:
        return [Reply(_("You've already practised today. Enjoy the rest of it."))]
    await ctx.store.add_rest_day(user.id, today.date, ctx.now())
    if today.streak_alive:
        return [Reply(_("Rest day noted. Your streak is safe. See you tomorrow."))]
    return [Reply(_("Rest day noted. Enjoy the day, and see you tomorrow."))]


async def pause(ctx: Ctx, user: User) -> list[Reply]:
    paused = replace(user, status=UserStatus.PAUSED)
    await ctx.store.save_user(paused)
    await schedule_user(ctx, paused)
    return [
        Reply(_("Paused. No cards will arrive until you send /resume. Take the time you need."))
    ]


async def resume(ctx: Ctx, user: User) -> list[Reply]:
    last = await ctx.store.last_safety_event(user.id, CRISIS_KINDS)
    if last is not None and ctx.now() - last < ctx.config.safety_resume_after:
        return [
            Reply(
                _(
                    "I'm glad you're here. Because of what you shared earlier, the cards stay "
                    "paused for a day, and there is no hurry. If things feel heavy, /help lists "
                    "people you can talk to right now."
                )
            )
        ]
    if last is not None and user.status is UserStatus.PAUSED:
        return [check_in()]
    return await do_resume(ctx, user)


def check_in() -> Reply:
    return Reply(
        _("Before we start again: how are you doing today?"),
        buttons=button_rows(
            [
                (_("I'm okay, let's practise"), p.make(p.CHECK_IN, "ready")),
                (_("Not yet"), p.make(p.CHECK_IN, "later")),
            ]
        ),
    )


async def do_resume(ctx: Ctx, user: User) -> list[Reply]:
    if user.status is UserStatus.ACTIVE:
        return [Reply(_("Your daily cards are already on. /card shows today's."))]
    active = replace(user, status=UserStatus.ACTIVE)
    await ctx.store.save_user(active)
    await schedule_user(ctx, active)
    return [Reply(await _next_card_sentence(ctx, active))]


async def _next_card_sentence(ctx: Ctx, user: User) -> str:
    """When the next card comes, in the user's own time: today, tomorrow, or a date."""
    due = (await ctx.store.user_schedules.scheduled(user.id)).get(MORNING_CARD)
    at = user.delivery_time.strftime("%H:%M")
    if due is None:
        return _("Welcome back. Your next card arrives at {time}.").format(time=at)
    local = due.astimezone(ctx.zone(user))
    ahead = (local.date() - ctx.today(user)).days
    if ahead <= 0:
        return _("Welcome back. Your next card arrives today at {time}.").format(time=at)
    if ahead == 1:
        return _("Welcome back. Your next card arrives tomorrow at {time}.").format(time=at)
    return _("Welcome back. Your next card arrives on {day} at {time}.").format(
        day=f"{local:%A} {local.day} {local:%B}", time=at
    )


def help_text(ctx: Ctx, user: User | None) -> Reply:
    commands = "\n".join(f"/{c.name} - {c.description}" for c in user_commands())
    country = ctx.places.country_of(user.timezone) if user else None
    support = help_resources_text(resources_for(ctx.content.crisis, country))
    text = _(
        "Ask Anyway gives you one small ask a day where you might hear no, so no gets less "
        "scary. It's a practice tool, not therapy.\n\n{commands}\n\n{support}"
    ).format(commands=commands, support=support)
    return Reply(text, title=_("Help"))


async def export(ctx: Ctx, user: User) -> list[Reply]:
    """Every stored row about the user, and the words the rows point to by id (the cards
    they were given and the questions they answered), so the file reads as their story."""
    data = await ctx.store.export_user(user.id)
    document = {
        "exported_at": ctx.now().isoformat(),
        "format": "askanyway-export-2",
        "data": data,
        "cards": _cards_named(ctx, data.get("attempts", [])),
        "questions": _questions_named(ctx, data.get("reflections", [])),
    }
    body = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True).encode()
    return [
        Reply(
            _("Here is everything I store about you, as a JSON file."),
            attachment=Attachment("askanyway-export.json", body, "application/json"),
        )
    ]


def _cards_named(ctx: Ctx, rows: list[dict[str, Any]]) -> dict[str, dict[str, str]]:
    """Deck cards by id, with the words the user was shown (own cards are in the data)."""
    named = {}
    for card_id in sorted({str(row["card_id"]) for row in rows}):
        card = ctx.content.card(card_id)
        if card is not None:
            named[card_id] = {"title": card.title, "ask": card.ask}
    return named


def _questions_named(ctx: Ctx, rows: list[dict[str, Any]]) -> dict[str, str]:
    """Reflection questions by id, as they were asked."""
    asked = {str(row["prompt_id"]) for row in rows}
    return {prompt.id: prompt.text for prompt in ctx.content.prompts if prompt.id in asked}


def confirm_delete() -> Reply:
    return Reply(
        _(
            "This erases everything I store about you: your settings, attempts, moods, "
            "reflections, streak and buddy. It can't be undone. Are you sure?"
        ),
        buttons=button_rows(
            [
                (_("Yes, erase everything"), p.make(p.DELETE, "yes")),
                (_("Cancel"), p.make(p.DELETE, "no")),
            ]
        ),
    )


async def delete(ctx: Ctx, user: User, answer: str) -> list[Reply]:
    if answer != "yes":
        return [Reply(_("Okay, nothing was erased."), edit=True)]
    await buddy_news.forget(ctx, user)  # a buddy hears only that it ended
    await ctx.store.delete_user(user.id)
    return [
        Reply(
            _(
                "Done. Everything I stored about you is erased. If you ever want to start "
                "again, send /start."
            ),
            edit=True,
            erased=True,
        )
    ]
