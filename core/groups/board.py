"""The board: how the group is doing, ranked by effort alone, in one message.

It counts attempts and streaks, never yeses or no's per person: a member's answer of the
day shows only for those who chose to share it. However big the group, the board is one
message well under Telegram's 4,096 characters: the most consistent members by name, then
how many others are practising with them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from core.engine.context import Ctx
from core.groups import base, goal, rules
from core.groups.model import ChallengeStatus, Group, GroupChallenge, PostKind
from core.i18n import _, ngettext
from core.messages import Event, Reply, Tracked
from core.model import User
from core.outcomes import outcome_label

TOP = 20
NAME_LIMIT = 32
BOARD_PAUSE = timedelta(minutes=10)
"""After the board was posted in a group, /board answers privately for this long, so a big
group asking at once does not fill its own chat (and the platform's group rate limit)."""


def display_name(name: str) -> str:
    flat = " ".join(name.split()) or _("someone")
    return flat if len(flat) <= NAME_LIMIT else flat[: NAME_LIMIT - 1] + "…"


def _line(rank: int, standing: rules.Standing) -> str:
    parts = [
        f"{rank}. {display_name(standing.name or '')}",
        ngettext("{n} attempt", "{n} attempts", standing.attempts).format(n=standing.attempts),
    ]
    if standing.streak:
        parts.append(_("streak {n}").format(n=standing.streak))
    if standing.today is not None:
        parts.append(
            _("today: {answer}").format(answer=outcome_label(standing.today))
            if standing.shares
            else _("tried today ✓")
        )
    return " · ".join(parts)


def _head(challenge: GroupChallenge, today: date, figures: rules.Figures) -> str:
    number = base.day_of(challenge, today)
    if number < 1:
        when = _("Starts {date}.").format(date=base.short_date(challenge.start_date))
    else:
        day = min(number, challenge.days)
        when = _("Day {day} of {days}.").format(day=day, days=challenge.days)
    members = ngettext("{n} member", "{n} members", figures.members).format(n=figures.members)
    totals = _("Today: {today}. So far: {total}.").format(
        today=ngettext("{n} attempt", "{n} attempts", figures.attempts_today).format(
            n=figures.attempts_today
        ),
        total=ngettext("{n} attempt", "{n} attempts", figures.attempts).format(n=figures.attempts),
    )
    head = f"{when} {members}.\n{totals}\n{shared_outcomes(figures)}"
    if challenge.goal is not None:
        head += "\n" + goal.meter(figures.attempts, challenge.goal)
    return head


def weekly_title(challenge: GroupChallenge, day: date) -> str:
    """The title of the board the tick posts on the evening of each seventh day."""
    week = base.day_of(challenge, day) // rules.WEEK
    return _("Week {week} of the challenge · the board").format(week=week)


def shared_outcomes(figures: rules.Figures) -> str:
    """The no's of the members who share their answers, saying that only they are counted.

    A total over everyone would give away, by subtraction, how the members who keep their
    answers to themselves fared; see `core.groups.rules.figures`.
    """
    if not figures.sharers:
        return _("Each member's answers stay private unless they choose to share them (/groups).")
    nos = ngettext("{n} no", "{n} no's", figures.nos).format(n=figures.nos)
    return ngettext(
        "The {n} member who shares their answers has collected {nos}.",
        "The {n} members who share their answers have collected {nos}.",
        figures.sharers,
    ).format(n=figures.sharers, nos=nos)


def unnamed(count: int) -> str:
    """How many members chose not to appear, never who."""
    return ngettext(
        "{n} member chose to be counted without appearing here.",
        "{n} members chose to be counted without appearing here.",
        count,
    ).format(n=count)


def board_text(lines: list[rules.Standing], head: str) -> str:
    """The board: named members only, ranked among themselves; the unnamed are a number.

    Members counted without a name are left out before ranking, so no gap in the ranks
    or "…and N others" line hints at where they stand.
    """
    named = [s for s in lines if s.name is not None]
    shown = [_line(i + 1, s) for i, s in enumerate(named[:TOP])]
    rest = len(named) - len(shown)
    parts = [head]
    if shown:
        parts.append(_("Most consistent so far:") + "\n" + "\n".join(shown))
    elif not lines:
        parts.append(_("Nobody has joined yet: tap I'm in on the announcement, or send /join."))
    if len(lines) > len(named):
        parts.append(unnamed(len(lines) - len(named)))
    if rest > 0:
        parts.append(
            ngettext(
                "…and {n} other, practising right alongside.",
                "…and {n} others, practising right alongside.",
                rest,
            ).format(n=rest)
        )
    parts.append(_("Every attempt counts the same, whatever the answer."))
    return "\n\n".join(parts)


async def compose(
    ctx: Ctx,
    group: Group,
    challenge: GroupChallenge,
    *,
    title: str = "",
    kind: PostKind = PostKind.BOARD,
    as_of: date | None = None,
) -> Reply:
    """The board as a group message (private=False); callers may make it private.

    `as_of` composes it as it stood on that day of the group's (an old board composed
    again after an erase); it is tracked (`Reply.tracked`) as a message of `kind`.
    """
    today = as_of or base.today(ctx, challenge)
    end = base.last_day(challenge)
    members = await ctx.store.members(challenge.id)
    attempts = await ctx.store.challenge_attempts(challenge.id)
    lines = rules.standings(members, attempts, challenge.start_date, end, today)
    figures = rules.figures(members, attempts, challenge.start_date, end, today)
    named = tuple(s.user_id for s in lines if s.name is not None)
    return Reply(
        board_text(lines, _head(challenge, today, figures)),
        title=title or _("The board · {group}").format(group=base.group_name(group)),
        private=False,
        tracked=Tracked(challenge.id, kind, today, named),
    )


async def show(ctx: Ctx, event: Event) -> list[Reply]:
    """/board in a group: posted there, at most once per BOARD_PAUSE; privately in between."""
    group, challenge = await base.challenge_in(ctx, event)
    if group is None or challenge is None:
        return [base.no_challenge()]
    if challenge.status is ChallengeStatus.DRAFT:
        return [
            Reply(_("A challenge is being set up here; the board starts with it."), private=False)
        ]
    board = await compose(ctx, group, challenge)
    now = ctx.now()
    if group.board_posted_at is not None and now - group.board_posted_at < BOARD_PAUSE:
        return [replace(board, private=True, notice=_("Sent to you privately."), tracked=None)]
    await ctx.store.save_group(replace(group, board_posted_at=now))
    return [board]


async def yours(ctx: Ctx, user: User) -> list[Reply]:
    """/board in a private chat: the board of every challenge the person is in."""
    boards = []
    for member in await ctx.store.memberships(user.id):
        found = await base.running_challenge(ctx, member.challenge_id)
        if found is not None and member.active:
            boards.append(replace(await compose(ctx, *found), private=True, tracked=None))
    return boards or [Reply(_("You're not in any group challenge. /groups tells you more."))]
