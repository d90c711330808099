"""The messages the tick sends besides the card: the evening reminder and the weekly summary."""

from __future__ import annotations

from datetime import date, timedelta

from core.calibration import Prediction, mirror, mirror_sentence
from core.day import decide_day
from core.engine import payloads as p
from core.engine.context import Ctx
from core.engine.stats import progress_attachment
from core.i18n import _, ngettext
from core.messages import Reply, button_rows
from core.model import ATTEMPTED, Outcome, User
from core.streaks import compute_streak


async def evening_reminder(ctx: Ctx, user: User, day: date) -> Reply | None:
    """A nudge only when nothing was answered that day and it is not a rest day."""
    today = decide_day(
        day, await ctx.store.attempts(user.id, day), await ctx.store.rest_days(user.id)
    )
    if not today.wants_reminder:
        return None
    return Reply(
        _(
            "A gentle nudge: today's card is still open. Even a small try counts, and so "
            "does a no. If today isn't the day, /rest keeps your streak safe."
        ),
        buttons=button_rows([(_("Today's card"), p.make(p.HOME, "card"))]),
    )


async def weekly_summary(ctx: Ctx, user: User, day: date) -> Reply:
    attempts = await ctx.store.attempts(user.id)
    week = [a for a in attempts if day - timedelta(days=7) <= a.local_date < day]
    tried = sum(1 for a in week if a.outcome in ATTEMPTED)
    nos = sum(1 for a in week if a.outcome is Outcome.NO)
    streak = compute_streak(
        [a.local_date for a in attempts if a.outcome in ATTEMPTED],
        await ctx.store.rest_days(user.id),
        day,
    )
    lines = [
        ngettext(
            "This week you made {n} attempt.", "This week you made {n} attempts.", tried
        ).format(n=tried),
        ngettext("You collected {n} no.", "You collected {n} no's.", nos).format(n=nos),
        ngettext("Your streak: {n} day.", "Your streak: {n} days.", streak.current).format(
            n=streak.current
        ),
    ]
    if tried == 0:
        lines.append(_("A quiet week is fine. Today is a good day for a small ask."))
    seen = mirror(
        Prediction(a.level, a.predicted_yes, a.outcome)
        for a in attempts
        if a.predicted_yes is not None and a.outcome is not None
    )
    if seen is not None:
        lines.append(mirror_sentence(seen))
    # The small chart costs a render (about 70 ms of CPU in the chart worker process, off the
    # event loop); summaries come at users' own card times, so the cost is spread by zone.
    picture = await progress_attachment(ctx, user, small=True)
    return Reply("\n".join(lines), title=_("Your week"), attachment=picture)
