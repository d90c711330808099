"""When a shared challenge's messages are due: the daily card, the weekly board, the close.

All three live in the group schedule table (challenge, kind, next_due_at), read by the tick
through one index like users' rows. The card comes at the group's time on every day of the
challenge; the board on the evening of each seventh day but the last; the closing summary
on the evening of the last day. "Evening" is 21:00 in the group's zone, or an hour after
the card when the card itself comes later than 20:00.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from core.engine.context import Ctx
from core.groups import base
from core.groups.model import GroupChallenge
from core.groups.rules import WEEK
from core.schedule import local_date, occurrence

CARD, WEEKLY, CLOSING, GOAL = "gcard", "gweek", "gclose", "ggoal"
KINDS = (CARD, WEEKLY, CLOSING, GOAL)
"""GOAL is due only when an attempt may have reached the shared goal (`core.groups.goal`)."""
MEMBER_SUMMARY = "gsum"
"""A user schedule kind, `gsum:<challenge>`: a member's private summary once it is over."""
EVENING = time(21, 0)
AFTER_CARD = timedelta(hours=1)


def member_summary_kind(challenge_id: int) -> str:
    return f"{MEMBER_SUMMARY}:{challenge_id}"


def card_slot(challenge: GroupChallenge, day: date) -> datetime:
    return occurrence(day, challenge.delivery_time, base.zone(challenge))


def evening_slot(challenge: GroupChallenge, day: date) -> datetime:
    return max(
        occurrence(day, EVENING, base.zone(challenge)), card_slot(challenge, day) + AFTER_CARD
    )


def is_board_day(challenge: GroupChallenge, day: date) -> bool:
    number = base.day_of(challenge, day)
    return number > 0 and number % WEEK == 0 and day < base.last_day(challenge)


def next_board(challenge: GroupChallenge, after: datetime) -> datetime | None:
    day = max(challenge.start_date, local_date(after, base.zone(challenge)))
    while day < base.last_day(challenge):
        if is_board_day(challenge, day) and evening_slot(challenge, day) > after:
            return evening_slot(challenge, day)
        day += timedelta(days=1)
    return None


def closing_slot(challenge: GroupChallenge) -> datetime:
    return evening_slot(challenge, base.last_day(challenge))


async def schedule_challenge(ctx: Ctx, challenge: GroupChallenge) -> None:
    """Set every row of a challenge that has just been launched.

    The first card is due at its slot even if that passed today, so a challenge started
    this morning after its card time still gets today's card (the tick's catch-up rule).
    """
    first = card_slot(challenge, challenge.start_date)
    await ctx.store.group_schedules.schedule(challenge.id, CARD, first)
    await ctx.store.group_schedules.schedule(challenge.id, WEEKLY, next_board(challenge, ctx.now()))
    await ctx.store.group_schedules.schedule(challenge.id, CLOSING, closing_slot(challenge))


async def unschedule(ctx: Ctx, challenge: GroupChallenge) -> None:
    for kind in KINDS:
        await ctx.store.group_schedules.schedule(challenge.id, kind, None)
