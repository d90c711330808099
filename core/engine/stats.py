"""/stats: a picture of the user's own progress, and two lines that sum it up.

People keep practising when they can see it working. The chart is drawn by the
`Charts` port (slow, so off the event loop); the numbers in the text come from the same
`Progress`, so the words and the picture never disagree. The weekly summary takes the
compact version through `progress_attachment(..., small=True)`.
"""

from __future__ import annotations

from core.calibration import mirror_sentence
from core.engine.context import Ctx
from core.i18n import _, ngettext
from core.messages import Attachment, Reply
from core.model import User
from core.progress import WEEKS, Progress, build_progress
from core.streaks import Streak, compute_streak

FILENAME = "progress.png"


async def user_progress(ctx: Ctx, user: User) -> tuple[Progress, Streak]:
    """The user's series, with the streak the calendar's freezes come from."""
    attempts = await ctx.store.attempts(user.id)
    rest = await ctx.store.rest_days(user.id)
    today = ctx.today(user)
    streak = compute_streak((a.local_date for a in attempts if a.attempted), rest, today)
    joined = user.created_at.astimezone(ctx.zone(user)).date()
    progress = build_progress(attempts, rest, streak.frozen_days, today, joined=joined)
    return progress, streak


async def progress_attachment(ctx: Ctx, user: User, small: bool = False) -> Attachment:
    progress, _streak = await user_progress(ctx, user)
    return Attachment(FILENAME, await ctx.charts.progress_chart(progress, small), "image/png")


async def stats(ctx: Ctx, user: User) -> list[Reply]:
    progress, streak = await user_progress(ctx, user)
    picture = Attachment(FILENAME, await ctx.charts.progress_chart(progress), "image/png")
    return [Reply(summary(progress, streak), title=_("Your progress"), attachment=picture)]


def summary(progress: Progress, streak: Streak) -> str:
    """Two lines: what the window holds, then the mirror once it exists, else the streak."""
    asks = ngettext("{n} ask", "{n} asks", progress.asked).format(n=progress.asked)
    nos = ngettext("{n} no collected", "{n} no's collected", progress.nos).format(n=progress.nos)
    if len(progress.weeks) < WEEKS:  # the chart starts with the week they began
        first = _("Since you began: {asks}, {nos}.").format(asks=asks, nos=nos)
    else:
        first = _("Last {weeks} weeks: {asks}, {nos}.").format(
            weeks=len(progress.weeks), asks=asks, nos=nos
        )
    if progress.mirror is not None:
        return f"{first}\n{mirror_sentence(progress.mirror)}"
    if streak.current == 0:
        return f"{first}\n" + _("Your next ask starts a new streak.")
    second = ngettext("Current streak: {n} day.", "Current streak: {n} days.", streak.current)
    return f"{first}\n{second.format(n=streak.current)}"
