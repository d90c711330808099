"""A group's shared goal: a number of attempts made together, its meter, and the one warm
message in the group when it is reached.

The goal counts effort (attempts, whatever the answer), never yeses, so it is something
every member can help with on any day. Reaching it is noticed where an attempt is
recorded, which only asks the tick to look (`GOAL` in the group schedule); the tick counts,
and posts the message under the delivery key (challenge, GOAL, first day), so however many
attempts, ticks or processes see the goal reached, the group hears it once.
"""

from __future__ import annotations

from dataclasses import replace

from core.engine.context import Ctx
from core.groups import base, rules
from core.groups.model import ChallengeStatus, GroupChallenge
from core.groups.schedule import GOAL
from core.i18n import _, ngettext
from core.messages import Reply

GOALS = (100, 250, 500, 1000)
MAX_GOAL = 100_000
BAR = 10


def meter(done: int, goal: int) -> str:
    """`Shared goal: 120 of 500 attempts together ▰▰▱▱▱▱▱▱▱▱ 24%`."""
    share = min(done, goal) / goal
    filled = int(share * BAR)
    bar = "▰" * filled + "▱" * (BAR - filled)
    return _("Shared goal: {done} of {goal} together {bar} {percent}%").format(
        done=done,
        goal=ngettext("{n} attempt", "{n} attempts", goal).format(n=goal),
        bar=bar,
        percent=int(share * 100),
    )


async def together(ctx: Ctx, challenge: GroupChallenge) -> int:
    """Attempts made so far by the members, counted as the board counts them."""
    members = await ctx.store.members(challenge.id)
    attempts = await ctx.store.challenge_attempts(challenge.id)
    end, today = base.last_day(challenge), base.today(ctx, challenge)
    return rules.figures(members, attempts, challenge.start_date, end, today).attempts


async def after_attempt(ctx: Ctx, challenge_id: int) -> None:
    """An attempt at a group's card was recorded: ask the tick to look at the goal."""
    challenge = await ctx.store.group_challenge(challenge_id)
    if (
        challenge is None
        or challenge.goal is None
        or challenge.goal_reached_on is not None
        or challenge.status is not ChallengeStatus.RUNNING
    ):
        return
    await ctx.store.group_schedules.schedule(challenge.id, GOAL, ctx.now())


def reached_message(challenge: GroupChallenge, day: int) -> Reply:
    """The one warm message in the group; `day` is the challenge's day it was reached."""
    goal = challenge.goal or 0
    text = _(
        "You did it together: {goal}, reached on day {day} of {days}. Every one of them was "
        "someone choosing to ask anyway. Thank you, all of you. The cards keep coming, and "
        "every attempt still counts."
    ).format(
        goal=ngettext("{n} attempt", "{n} attempts", goal).format(n=goal),
        day=max(1, day),
        days=challenge.days,
    )
    return Reply(text, title=_("🎉 Shared goal reached!"), private=False)


async def mark_reached(ctx: Ctx, challenge: GroupChallenge) -> GroupChallenge:
    reached = replace(challenge, goal_reached_on=base.today(ctx, challenge))
    await ctx.store.save_group_challenge(reached)
    return reached


def describe(challenge: GroupChallenge) -> str:
    """The goal in the setup message."""
    if challenge.goal is None:
        return _("none")
    return ngettext("{n} attempt together", "{n} attempts together", challenge.goal).format(
        n=challenge.goal
    )
