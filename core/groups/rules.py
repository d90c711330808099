"""The rules of a shared challenge, as pure functions: its level by day, who may join when,
which card the group gets, and the figures of its board and summary.

- Length 7 to 100 days (30 by default); day 1 is the start date in the group's time zone.
- The level rises gently: level 1 for the first week (the first half of a challenge shorter
  than two weeks), then step by step to its top on the last day: 4 for three weeks or
  more, 3 for two weeks or more, else 2.
- Late joiners are welcome until the last week begins (on a one-week challenge: on day 1).
- The card of a day is group-safe, at that day's level when one is left, never one the
  group already had, chosen by a seeded draw so a retry picks the same card.
- The board counts effort only: attempts (any answer but "didn't try") and streaks of
  days with an attempt. Members are ordered by attempts, then current streak, then who
  joined first; acceptances and rejections never rank anyone.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from core.calibration import Mirror, Prediction, mirror
from core.deck import Card
from core.groups.model import Appearance, Member
from core.model import ATTEMPTED, Attempt, Outcome

MIN_DAYS, MAX_DAYS, DEFAULT_DAYS = 7, 100, 30
WEEK = 7


def last_day(start: date, days: int) -> date:
    return start + timedelta(days=days - 1)


def day_number(start: date, day: date) -> int:
    """1 on the start date; 0 or less before it."""
    return (day - start).days + 1


def date_of(start: date, number: int) -> date:
    return start + timedelta(days=number - 1)


def top_level(days: int) -> int:
    return 4 if days >= 3 * WEEK else 3 if days >= 2 * WEEK else 2


def level_for_day(day: int, days: int) -> int:
    """The card level on day `day` (1-based) of a `days`-long challenge."""
    gentle = WEEK if days >= 2 * WEEK else days // 2
    if day <= gentle:
        return 1
    climb = days - gentle
    steps = top_level(days) - 1
    return min(top_level(days), 1 + -(-(day - gentle) * steps // climb))


def join_open(start: date, days: int, today: date) -> bool:
    """Joining stays open until the last week begins; the first day is always open."""
    last_week = last_day(start, days) - timedelta(days=WEEK - 1)
    return today < last_week or today <= start


def pick_card(
    cards: Iterable[Card],
    level: int,
    used: Iterable[str],
    seed: str,
    domains: Iterable[str] = (),
) -> Card | None:
    """The group's card for a day: group-safe, unused, at `level` or as close as there is.

    Lower levels are preferred to higher ones at the same distance, since a step too big
    for some in the group is worse than one too small. Once every group-safe card was
    used, repeats are allowed rather than sending nothing. When the group chose kinds of
    asks (`domains`), only those are drawn from while any group-safe one exists.
    """
    safe = sorted((c for c in cards if c.group_safe and c.owner_id is None), key=lambda c: c.id)
    wanted = set(domains)
    if wanted:
        safe = [c for c in safe if c.domain in wanted] or safe
    if not safe:
        return None
    seen = set(used)
    fresh = [c for c in safe if c.id not in seen] or safe
    distance = min(abs(c.level - level) for c in fresh)
    near = [c for c in fresh if abs(c.level - level) == distance]
    lower = [c for c in near if c.level <= level]
    return random.Random(seed).choice(lower or near)


def current_streak(days: Iterable[date], today: date) -> int:
    """Days in a row with an attempt, ending today, or yesterday while today is still open."""
    practised = set(days)
    day = today if today in practised else today - timedelta(days=1)
    count = 0
    while day in practised:
        count += 1
        day -= timedelta(days=1)
    return count


def longest_streak(days: Iterable[date]) -> int:
    ordered = sorted(set(days))
    best = run = 0
    previous: date | None = None
    for day in ordered:
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        best = max(best, run)
        previous = day
    return best


def board_name(member: Member) -> str | None:
    """The name the group may read for this member; None: counted, not named."""
    if member.appearance is Appearance.NAME:
        return member.display_name
    if member.appearance is Appearance.ALIAS and member.alias:
        return member.alias
    return None


@dataclass(frozen=True, slots=True)
class Standing:
    """One member's line on the board."""

    user_id: int
    name: str | None
    """What the board may call them; None: counted in the totals, never named."""
    attempts: int
    streak: int
    longest: int
    today: Outcome | None
    """Today's answer, when the member recorded one."""
    shares: bool
    joined_at: datetime


@dataclass(frozen=True, slots=True)
class Figures:
    """A challenge's totals. Attempts count everyone; outcome totals (`nos`, `mirror`)
    count only the members in `sharers` when made for the group (see `figures`)."""

    members: int
    attempts: int
    attempts_today: int
    nos: int
    mirror: Mirror | None
    sharers: int = 0


def _counted(attempts: Iterable[Attempt], start: date, end: date) -> list[Attempt]:
    return [a for a in attempts if a.outcome in ATTEMPTED and start <= a.local_date <= end]


def standings(
    members: Sequence[Member], attempts: Iterable[Attempt], start: date, end: date, today: date
) -> list[Standing]:
    """Every active member, most consistent first; `end` is the last day counted."""
    by_user: dict[int, list[Attempt]] = {}
    for attempt in _counted(attempts, start, min(end, today)):
        by_user.setdefault(attempt.user_id, []).append(attempt)
    lines = []
    for member in members:
        if not member.active:
            continue
        own = by_user.get(member.user_id, [])
        days = {a.local_date for a in own}
        todays = [a.outcome for a in own if a.local_date == today]
        lines.append(
            Standing(
                user_id=member.user_id,
                name=board_name(member),
                attempts=len(own),
                streak=current_streak(days, min(today, end)),
                longest=longest_streak(days),
                today=todays[-1] if todays else None,
                shares=member.share_outcomes,
                joined_at=member.joined_at,
            )
        )
    lines.sort(key=lambda s: (-s.attempts, -s.streak, s.joined_at, s.user_id))
    return lines


def figures(
    members: Sequence[Member],
    attempts: Iterable[Attempt],
    start: date,
    end: date,
    today: date,
    *,
    for_group: bool = True,
) -> Figures:
    """The group's totals from day 1 to `end` (or today, if earlier).

    For the group's eyes (`for_group`), outcome totals count only the members who share
    their answers: a total over everyone, minus what the sharers show, would tell the group
    how a member who keeps their answers private fared (in a group of two, exactly).
    Attempts are effort, which the board shows for everyone, so they count everyone.
    """
    active = {m.user_id for m in members if m.active}
    sharing = {m.user_id for m in members if m.active and m.share_outcomes}
    counted = [a for a in _counted(attempts, start, min(end, today)) if a.user_id in active]
    answered = [a for a in counted if a.user_id in sharing] if for_group else counted
    guesses = [
        Prediction(a.level, a.predicted_yes, a.outcome)
        for a in answered
        if a.predicted_yes is not None and a.outcome is not None
    ]
    return Figures(
        members=len(active),
        attempts=len(counted),
        attempts_today=sum(1 for a in counted if a.local_date == today),
        nos=sum(1 for a in answered if a.outcome is Outcome.NO),
        mirror=mirror(guesses),
        sharers=len(sharing) if for_group else len(active),
    )


def longest_streaks(lines: Sequence[Standing], count: int = 3) -> list[Standing]:
    """The named members with the longest runs, for the closing summary; ties by who
    joined first. Members counted without a name never appear here."""
    ranked = sorted(
        (s for s in lines if s.longest > 0 and s.name is not None),
        key=lambda s: (-s.longest, s.joined_at, s.user_id),
    )
    return ranked[:count]
