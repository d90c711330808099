"""Keeping a user's rows in the schedule table in step with their settings.

The tick reads only `schedules.next_due_at`; whenever a setting that moves a
delivery changes (time zone, card time, pause), the row is recomputed here.
"""

from __future__ import annotations

from core.engine.context import Ctx
from core.model import User, UserStatus
from core.schedule import next_occurrence

MORNING_CARD = "card"
FOLLOW_UP = "followup"


def follow_up_kind(attempt_id: int) -> str:
    return f"{FOLLOW_UP}:{attempt_id}"


async def schedule_user(ctx: Ctx, user: User) -> None:
    """Set (or clear) the morning card's next due time from the user's settings."""
    if user.status is not UserStatus.ACTIVE:
        await ctx.store.set_schedule(user.id, MORNING_CARD, None)
        return
    due = next_occurrence(user.delivery_time, ctx.zone(user), ctx.now())
    await ctx.store.set_schedule(user.id, MORNING_CARD, due)
