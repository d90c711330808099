"""/challenge: a personal 30- or 100-day challenge, its day line, and how it ends.

The rules live in `core.personal_challenge`. Here the challenge is started, stopped, shown as
"Day 12 of 30" on each card, and settled: whenever a card is given, a mood recorded
or /challenge sent, a challenge that has ended (completed or lapsed) is announced
once with its summary and its fields are cleared, so a new one can begin.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from core import personal_challenge as rules
from core.calibration import mirror_sentence
from core.engine import payloads as p
from core.engine.context import Ctx
from core.i18n import _, ngettext
from core.messages import Reply, button_rows
from core.model import ATTEMPTED, User

START, STOP, KEEP = "start", "stop", "keep"


def _running(user: User) -> tuple[int, date] | None:
    if user.challenge_days is None or user.challenge_start is None:
        return None
    return user.challenge_days, user.challenge_start


def counting_for(user: User, day: date) -> date | None:
    """The start of the personal challenge `day` counts for, if one runs then; an attempt
    keeps it, so its challenge is still named once the user's challenge fields are cleared."""
    running = _running(user)
    if running is None:
        return None
    days, start = running
    return start if start <= day <= rules.last_day(start, days) else None


def day_line(user: User, day: date) -> str:
    """The "Day 12 of 30" line for a card of `day` while a challenge runs, else empty."""
    running = _running(user)
    if running is None:
        return ""
    days, start = running
    if not start <= day <= rules.last_day(start, days):
        return ""
    return _("Day {day} of {days}").format(day=rules.day_number(start, day), days=days)


def start_buttons() -> list[list[tuple[str, str]]]:
    return [
        [
            (_("30 days"), p.make(p.CHALLENGE, START, 30)),
            (_("100 days"), p.make(p.CHALLENGE, START, 100)),
        ]
    ]


def _offer(lead: str = "") -> Reply:
    text = _(
        "Take on a personal challenge: one attempt a day for 30 days, as in the original "
        "rejection game, or 100 days if you want the long road. Rest days keep it going, and "
        "so do the streak freezes you earn; a day with neither ends it, and you can start "
        "again any time."
    )
    return Reply(
        f"{lead}\n\n{text}".strip(),
        title=_("Your challenge"),
        buttons=button_rows(*start_buttons()),
    )


def _figures(summary: rules.Summary, user: User) -> str:
    lines = [
        ngettext("• {n} attempt made", "• {n} attempts made", summary.attempts).format(
            n=summary.attempts
        ),
        ngettext("• {n} no collected", "• {n} no's collected", summary.nos).format(n=summary.nos),
        _("• level reached: {level} of 5").format(level=summary.highest_level or user.level),
    ]
    if summary.mirror is not None:
        lines.append("\n" + mirror_sentence(summary.mirror))
    return "\n".join(lines)


async def _summary(ctx: Ctx, user: User, end: date) -> rules.Summary:
    running = _running(user)
    start = running[1] if running else end
    return rules.summarize(await ctx.store.attempts(user.id, start), start, end)


async def _progress(ctx: Ctx, user: User) -> rules.Progress | None:
    running = _running(user)
    if running is None:
        return None
    days, start = running
    attempts = await ctx.store.attempts(user.id)
    practice = [a.local_date for a in attempts if a.outcome in ATTEMPTED]
    rest = await ctx.store.rest_days(user.id)
    return rules.progress(start, days, ctx.today(user), practice, rest)


async def _clear(ctx: Ctx, user: User) -> User:
    """Forget the challenge on the stored user, keeping whatever else changed meanwhile."""
    fresh = await ctx.store.user(user.id) or user
    cleared = replace(fresh, challenge_days=None, challenge_start=None)
    await ctx.store.save_user(cleared)
    return cleared


def _celebration(days: int, summary: rules.Summary, user: User) -> Reply:
    text = _(
        "You did it: {days} days of asking anyway. Day after day you went towards the no "
        "instead of away from it, and that is exactly how the fear shrinks.\n\n{figures}\n\n"
        "Be proud of this one. Your daily cards carry on as before, and whenever you feel "
        "like it, you can take on another challenge."
    ).format(days=days, figures=_figures(summary, user))
    return Reply(
        text,
        title=_("🎉 Challenge complete!"),
        buttons=button_rows(*start_buttons()),
    )


def _lapsed(days: int, progress: rules.Progress, summary: rules.Summary, user: User) -> Reply:
    text = _(
        "Your {days}-day challenge ended at day {day}: that day went by without an attempt "
        "or a rest day. That's okay, life happens, and everything you did still counts:\n\n"
        "{figures}\n\nWhenever you're ready, you can start again."
    ).format(days=days, day=progress.day, figures=_figures(summary, user))
    return Reply(
        text,
        title=_("Your challenge"),
        buttons=button_rows(*start_buttons()),
    )


async def settle(ctx: Ctx, user: User) -> tuple[User, Reply | None]:
    """Announce and clear a challenge that has ended; the user as now stored, and the news."""
    running = _running(user)
    progress = await _progress(ctx, user)
    if running is None or progress is None or progress.phase is rules.Phase.RUNNING:
        return user, None
    days, start = running
    if progress.phase is rules.Phase.LAPSED and progress.missed is not None:
        summary = await _summary(ctx, user, progress.missed)
        news = _lapsed(days, progress, summary, user)
    else:
        summary = await _summary(ctx, user, rules.last_day(start, days))
        news = _celebration(days, summary, user)
    return await _clear(ctx, user), news


async def after_mood(ctx: Ctx, user: User, replies: list[Reply]) -> list[Reply]:
    """After an attempt is recorded: the celebration comes right after the recorded card."""
    if _running(user) is None:
        return replies
    stored = await ctx.store.user(user.id)
    if stored is None:
        return replies
    _user, news = await settle(ctx, stored)
    if news is None:
        return replies
    return [*replies[:1], news, *replies[1:]]


async def show(ctx: Ctx, user: User) -> list[Reply]:
    user, news = await settle(ctx, user)
    if news is not None:
        return [news]
    running = _running(user)
    if running is None:
        return [_offer()]
    days, start = running
    today = ctx.today(user)
    summary = rules.summarize(await ctx.store.attempts(user.id, start), start, today)
    text = _(
        "Your {days}-day challenge: day {day} of {days}.\n\n{figures}\n\nOne attempt a day "
        "keeps it going; on a day that's too much, /rest keeps it safe."
    ).format(day=rules.day_number(start, today), days=days, figures=_figures(summary, user))
    return [
        Reply(
            text,
            title=_("Your challenge"),
            buttons=button_rows([(_("Stop the challenge"), p.make(p.CHALLENGE, STOP))]),
        )
    ]


async def button(ctx: Ctx, user: User, payload: p.Payload) -> list[Reply]:
    if payload.target == START:
        return await start(ctx, user, payload.value)
    if payload.target == STOP:
        return await stop(ctx, user, payload.value == "yes")
    if payload.target == KEEP:
        return [Reply(_("Good. On we go."), edit=True)]
    return [Reply(_("That button isn't one I know. /challenge shows your challenge."))]


async def start(ctx: Ctx, user: User, value: str) -> list[Reply]:
    days = p.Payload("", "", value).int_value(1, 999)
    if days not in rules.LENGTHS:
        return [Reply(_("That button isn't one I know. /challenge shows your challenge."))]
    user, news = await settle(ctx, user)
    if news is not None:
        return [news]
    running = _running(user)
    today = ctx.today(user)
    if running is not None:
        current, began = running
        return [
            Reply(
                _(
                    "You're already on day {day} of your {days}-day challenge, so I'll keep "
                    "that one going."
                ).format(day=rules.day_number(began, today), days=current)
            )
        ]
    await ctx.store.save_user(replace(user, challenge_days=days, challenge_start=today))
    return [
        Reply(
            _(
                "Your {days}-day challenge starts today: this is day 1 of {days}. One attempt "
                "a day, whatever the answer; a no counts as much as a yes. Each card will show "
                "which day you're on. /card shows today's."
            ).format(days=days),
            title=_("Challenge accepted"),
        )
    ]


async def stop(ctx: Ctx, user: User, confirmed: bool) -> list[Reply]:
    user, news = await settle(ctx, user)
    if news is not None:
        return [news]
    running = _running(user)
    if running is None:
        return [Reply(_("No challenge is running. /challenge starts one."))]
    if not confirmed:
        return [
            Reply(
                _("Stop your challenge? What you've done so far still counts."),
                buttons=button_rows(
                    [
                        (_("Yes, stop it"), p.make(p.CHALLENGE, STOP, "yes")),
                        (_("Keep going"), p.make(p.CHALLENGE, KEEP)),
                    ]
                ),
            )
        ]
    days, start = running
    today = ctx.today(user)
    summary = rules.summarize(await ctx.store.attempts(user.id, start), start, today)
    await _clear(ctx, user)
    text = _(
        "Challenge stopped at day {day} of {days}. Everything you did counts:\n\n"
        "{figures}\n\nYour daily cards carry on as before."
    )
    figures = _figures(summary, user)
    day = rules.day_number(start, today)
    return [Reply(text.format(day=day, days=days, figures=figures), edit=True)]
