"""Keeping a user's rows in the schedule table in step with their settings.

The tick reads only `schedules.next_due_at`; whenever a setting that moves a
delivery changes (time zone, card time, reminders, summary day, pause), every row
of the user is recomputed here, so the next delivery follows at once.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from core.engine.context import Ctx
from core.model import User, UserStatus
from core.schedule import local_date, next_occurrence, occurrence

MORNING_CARD = "card"
REMINDER = "reminder"
WEEKLY = "weekly"
FOLLOW_UP = "followup"
DAILY_KINDS = (MORNING_CARD, REMINDER, WEEKLY)


def follow_up_kind(attempt_id: int) -> str:
    return f"{FOLLOW_UP}:{attempt_id}"


def local_time_of(user: User, kind: str) -> time:
    return user.reminder_time if kind == REMINDER else user.delivery_time


def period_days(kind: str) -> int:
    return 7 if kind == WEEKLY else 1


def next_weekly(user: User, zone: ZoneInfo, after: datetime) -> datetime:
    """The next summary morning: the chosen weekday at the card time, strictly after `after`."""
    day = local_date(after, zone)
    for offset in range(8):
        candidate_day = day + timedelta(days=offset)
        if candidate_day.weekday() != user.summary_weekday:
            continue
        candidate = occurrence(candidate_day, user.delivery_time, zone)
        if candidate > after:
            return candidate
    return occurrence(day + timedelta(days=7), user.delivery_time, zone)


def next_due(user: User, kind: str, zone: ZoneInfo, after: datetime) -> datetime | None:
    if user.status is not UserStatus.ACTIVE or (kind == REMINDER and not user.reminders):
        return None
    if kind == WEEKLY:
        return next_weekly(user, zone, after)
    return next_occurrence(local_time_of(user, kind), zone, after)


def slot_after(user: User, kind: str, zone: ZoneInfo, day: date) -> datetime | None:
    """The slot after the one delivered on `day` (the next day, or next week)."""
    if user.status is not UserStatus.ACTIVE or (kind == REMINDER and not user.reminders):
        return None
    return occurrence(day + timedelta(days=period_days(kind)), local_time_of(user, kind), zone)


async def schedule_user(ctx: Ctx, user: User) -> None:
    """Set (or clear) every daily row of the user from their settings."""
    zone, now = ctx.zone(user), ctx.now()
    for kind in DAILY_KINDS:
        await ctx.store.user_schedules.schedule(user.id, kind, next_due(user, kind, zone, now))
