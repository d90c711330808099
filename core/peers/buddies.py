"""Buddies: two people who agreed to keep each other company in the practice.

A pair starts with one side waiting for a second: an invitation (a one-time `code` a friend
accepts) or an opt-in inside a group challenge (`challenge_id`), matched with another member
who opted in. Once both sides are in, it is `together` until either side ends it; an ended
pair is kept, so the two are never matched again by a group, and each side's row is part of
that person's export and erasure.

What one buddy may learn of the other is decided here and nowhere else (`Week`): the days
they practised and how many attempts they made, never an outcome, a mood, a prediction or
a reflection. Cheers are a fixed set of warm phrases, chosen by number: nothing typed
passes between buddies, so there is nothing to moderate and nothing to harass with.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from core.i18n import _
from core.model import ATTEMPTED, Attempt

INVITE_DAYS = 7
"""How long an invitation's code can be accepted."""
WEEK_DAYS = 7
CODE_PREFIX = "buddy"
"""`/start buddy-<code>`: the invitation's deep link."""


@dataclass(frozen=True, slots=True)
class Side:
    """One person in a pair: the name their buddy sees, and the cheer they sent last."""

    user_id: int
    name: str
    joined_at: datetime
    cheer: int | None = None
    """The phrase (`CHEERS` index) of the last cheer this side sent."""
    cheered_on: date | None = None
    """The sender's local date of that cheer: one a day."""


@dataclass(frozen=True, slots=True)
class Pair:
    id: int
    created_at: datetime
    sides: tuple[Side, ...] = ()
    """The first side (who invited or opted in first), then the second once they are in."""
    code: str = ""
    """An invitation's one-time code; empty for a group opt-in."""
    challenge_id: int | None = None
    """The group challenge a pair was matched in (None: an invitation between friends)."""
    paired_at: datetime | None = None
    ended_at: datetime | None = None

    @property
    def together(self) -> bool:
        return self.paired_at is not None and self.ended_at is None and len(self.sides) == 2

    @property
    def waiting(self) -> bool:
        return self.paired_at is None and self.ended_at is None and len(self.sides) == 1

    def side(self, user_id: int) -> Side | None:
        return next((s for s in self.sides if s.user_id == user_id), None)

    def other(self, user_id: int) -> Side | None:
        """The other side, when `user_id` is one of the two."""
        if self.side(user_id) is None:
            return None
        return next((s for s in self.sides if s.user_id != user_id), None)


def cheers() -> tuple[str, ...]:
    """The phrases a buddy can send, by stable number (never reorder; add at the end)."""
    return (
        _("Cheering you on today."),
        _("Proud of you for asking anyway."),
        _("Every no counts. Keep going!"),
        _("You've got this."),
        _("Go gently. You're doing great."),
    )


def cheer_text(number: int | None) -> str | None:
    phrases = cheers()
    return phrases[number] if number is not None and 0 <= number < len(phrases) else None


@dataclass(frozen=True, slots=True)
class Week:
    """Everything a buddy sees of the other's practice: which of the last seven days had an
    attempt, and how many attempts there were."""

    days: tuple[tuple[date, bool], ...]
    attempts: int

    @property
    def practised(self) -> int:
        return sum(1 for _day, done in self.days if done)


def week_of(attempts: Iterable[Attempt], today: date) -> Week:
    """The last seven local days up to `today`; only attempts made count (any answer)."""
    first = today - timedelta(days=WEEK_DAYS - 1)
    made = [a for a in attempts if a.outcome in ATTEMPTED and first <= a.local_date <= today]
    done = {a.local_date for a in made}
    days = tuple(
        (first + timedelta(days=n), first + timedelta(days=n) in done) for n in range(WEEK_DAYS)
    )
    return Week(days, len(made))


def invite_open(pair: Pair, now: datetime) -> bool:
    return pair.waiting and bool(pair.code) and now - pair.created_at < timedelta(days=INVITE_DAYS)


def code_of(start_args: str) -> str | None:
    """The invitation code in `/start buddy-<code>` or `/buddy <code>`, if it looks like one."""
    text = start_args.strip()
    prefix = CODE_PREFIX + "-"
    if text.lower().startswith(prefix):
        text = text[len(prefix) :]
    code = text.upper()
    return code if 4 <= len(code) <= 16 and code.isalnum() and code.isascii() else None


def met_before(pairs: Iterable[Pair], user_id: int) -> set[int]:
    """Everyone `user_id` was ever paired with: a group never matches them again."""
    return {
        other.user_id
        for pair in pairs
        if pair.paired_at is not None
        for other in [pair.other(user_id)]
        if other is not None
    }
