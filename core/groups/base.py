"""What every group use case shares: a challenge's calendar, the admin rule, short texts.

The rule that only admins start, set up and stop a challenge lives here; whether a person
is an admin is a fact each adapter asks its platform for on every event (`Who.is_admin`).
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from core.engine.context import Ctx
from core.groups import rules
from core.groups.model import ChallengeStatus, Group, GroupChallenge
from core.i18n import _
from core.messages import Event, Reply


def zone(challenge: GroupChallenge) -> ZoneInfo:
    return ZoneInfo(challenge.timezone)


def today(ctx: Ctx, challenge: GroupChallenge) -> date:
    """The group's date: days of a shared challenge follow the group's time zone."""
    return ctx.now().astimezone(zone(challenge)).date()


def last_day(challenge: GroupChallenge) -> date:
    return rules.last_day(challenge.start_date, challenge.days)


def day_of(challenge: GroupChallenge, day: date) -> int:
    return rules.day_number(challenge.start_date, day)


def running(challenge: GroupChallenge | None) -> bool:
    return challenge is not None and challenge.status is ChallengeStatus.RUNNING


def short_date(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


def group_name(group: Group | None) -> str:
    return group.title if group is not None and group.title else _("your group")


def only_admins() -> Reply:
    return Reply(
        _(
            "Only the group's admins can start or stop a challenge here. Ask one of them, "
            "and join in when it's announced."
        ),
        private=False,
        notice=_("Only admins can do that."),
    )


def is_admin(event: Event) -> bool:
    return event.who.is_admin


def no_challenge() -> Reply:
    return Reply(
        _("There's no challenge running in this group. An admin can start one: /challenge_start"),
        private=False,
    )


async def group_of(ctx: Ctx, event: Event) -> Group:
    return await ctx.store.ensure_group(
        event.who.platform, event.where.chat_id, event.where.title, ctx.now()
    )


async def challenge_in(ctx: Ctx, event: Event) -> tuple[Group | None, GroupChallenge | None]:
    """The group of the event's chat and its current challenge, without making either."""
    group = await ctx.store.group_by_chat(event.who.platform, event.where.chat_id)
    if group is None:
        return None, None
    return group, await ctx.store.current_challenge(group.id)


async def running_challenge(
    ctx: Ctx, challenge_id: int | None
) -> tuple[Group, GroupChallenge] | None:
    """A running challenge and its group, by id (from a payload): None when it is not."""
    if challenge_id is None:
        return None
    challenge = await ctx.store.group_challenge(challenge_id)
    if challenge is None or not running(challenge):
        return None
    group = await ctx.store.group(challenge.group_id)
    return (group, challenge) if group is not None else None
