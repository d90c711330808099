"""How a shared challenge ends: the group's closing summary, each member's private one,
and forgetting a group the bot was removed from.

Closing (on the last evening, or when an admin stops it early) marks the challenge ended,
clears its schedule and queues each member's private summary as a user delivery, so those
go out through the same exactly-once machinery as morning cards, a few at a time.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from core.calibration import mirror_sentence
from core.engine.context import Ctx
from core.groups import base, rules
from core.groups.board import display_name, shared_outcomes
from core.groups.model import ChallengeStatus, Group, GroupChallenge, PostKind
from core.groups.schedule import member_summary_kind, unschedule
from core.i18n import _, ngettext
from core.messages import Reply, Tracked
from core.model import User


def _percent(share: float) -> int:
    return int(share * 100 + 0.5)


def _group_mirror(figures: rules.Figures) -> str:
    if figures.mirror is None:
        return ""
    row = figures.mirror.overall
    return _(
        "Before asking, those who share their answers guessed a yes would come {predicted}% "
        "of the time. It came "
        "{actual}% of the time. People say yes more often than our fear expects."
    ).format(predicted=_percent(row.predicted), actual=_percent(row.actual))


def _streaks(lines: list[rules.Standing]) -> str:
    best = rules.longest_streaks(lines)
    if not best:
        return ""
    named = " · ".join(
        ngettext("{name} {n} day", "{name} {n} days", s.longest).format(
            name=display_name(s.name or ""), n=s.longest
        )
        for s in best
    )
    return _("Longest streaks: {names}").format(names=named)


async def closing_summary(
    ctx: Ctx, group: Group, challenge: GroupChallenge, *, stopped: bool, as_of: date | None = None
) -> Reply:
    """The group's last message; `as_of` composes it as it stood on that day (after an
    erase). It names members (the longest streaks), so it is tracked (`Reply.tracked`)."""
    today = as_of or base.today(ctx, challenge)
    end = min(base.last_day(challenge), today)
    members = await ctx.store.members(challenge.id)
    attempts = await ctx.store.challenge_attempts(challenge.id)
    figures = rules.figures(members, attempts, challenge.start_date, end, today)
    lines = rules.standings(members, attempts, challenge.start_date, end, today)
    together = _("Together: {attempts} by {members}.").format(
        attempts=ngettext("{n} attempt", "{n} attempts", figures.attempts).format(
            n=figures.attempts
        ),
        members=ngettext("{n} member", "{n} members", figures.members).format(n=figures.members),
    )
    together += "\n" + shared_outcomes(figures)
    if stopped:
        title = _("Challenge stopped")
        lead = _("The challenge ended early, at day {day} of {days}. Everything you did counts.")
        lead = lead.format(day=max(1, base.day_of(challenge, end)), days=challenge.days)
    else:
        title = _("🎉 The {days}-day challenge is complete!").format(days=challenge.days)
        lead = _("{days} days of asking anyway, together.").format(days=challenge.days)
    thanks = _(
        "Thank you all for asking anyway. Each member's own summary is on its way, privately."
    )
    parts = [lead, together, _group_mirror(figures), _streaks(lines), thanks]
    kind = PostKind.STOPPED if stopped else PostKind.CLOSING
    named = tuple(s.user_id for s in rules.longest_streaks(lines))
    tracked = Tracked(challenge.id, kind, today, named)
    return Reply("\n\n".join(p for p in parts if p), title=title, private=False, tracked=tracked)


async def close(ctx: Ctx, challenge: GroupChallenge) -> None:
    """End the challenge and queue each member's private summary."""
    ended = replace(challenge, status=ChallengeStatus.ENDED, ended_at=ctx.now())
    await ctx.store.save_group_challenge(ended)
    await unschedule(ctx, ended)
    kind = member_summary_kind(challenge.id)
    for member in await ctx.store.members(challenge.id):
        if member.active:
            await ctx.store.user_schedules.schedule(member.user_id, kind, ctx.now())


async def member_summary(ctx: Ctx, user: User, challenge_id: int) -> Reply | None:
    """A member's own figures for a challenge that is over; None when there is nothing to say."""
    challenge = await ctx.store.group_challenge(challenge_id)
    member = await ctx.store.member(challenge_id, user.id)
    if challenge is None or member is None or challenge.status is not ChallengeStatus.ENDED:
        return None
    group = await ctx.store.group(challenge.group_id)
    own = [a for a in await ctx.store.challenge_attempts(challenge_id) if a.user_id == user.id]
    end = min(base.last_day(challenge), base.today(ctx, challenge))
    lines = rules.standings([member], own, challenge.start_date, end, end)
    line = lines[0] if lines else None
    figures = rules.figures([member], own, challenge.start_date, end, end, for_group=False)
    attempts, longest = (line.attempts, line.longest) if line else (0, 0)
    text = _(
        "The shared challenge in {group} is over. On the group's cards you made {attempts} "
        "and collected {nos}; your longest streak was {streak}."
    ).format(
        group=base.group_name(group),
        attempts=ngettext("{n} attempt", "{n} attempts", attempts).format(n=attempts),
        nos=ngettext("{n} no", "{n} no's", figures.nos).format(n=figures.nos),
        streak=ngettext("{n} day", "{n} days", longest).format(n=longest),
    )
    if figures.mirror is not None:
        text += "\n\n" + mirror_sentence(figures.mirror)
    text += "\n\n" + _("Your daily cards carry on as before. Thank you for asking anyway.")
    return Reply(text, title=_("Your group challenge"))


async def forget_group(ctx: Ctx, platform: str, chat_id: str) -> None:
    """The bot left the group: its challenge ends and nothing of the group is kept."""
    group = await ctx.store.group_by_chat(platform, chat_id)
    if group is not None:
        await ctx.store.delete_group(group.id)
