"""A user's day, decided once: today's card, whether the day is done, rest, the streak.

The morning batch, /card, /streak, /rest and the evening reminder all ask `decide_day`,
so they can never disagree about the same day. What a day is, in order of precedence:

- PRACTISED: at least one attempt recorded (any answer but "didn't try", see
  `core.outcomes`). The day counts for the streak. /card says the practice is done
  (/skip gives more); the morning card and the evening reminder stay away; /rest is not
  needed.
- REST: a rest day, and nothing attempted. The streak is kept alive (when there is one),
  not lengthened. The morning sends a rest message instead of a card; /card says it is a
  rest day and offers the card only if the user asks for it; /streak does not call the day
  "still open"; no evening reminder.
- NOT_TRIED: the day's card was answered "didn't try", and nothing was attempted. The
  answer is recorded and the card is closed for the day, but the day does not count for
  the streak (a streak counts courage, and saying so honestly is kinder than a streak that
  means nothing). /card says it is recorded and offers another card in case they want to
  try after all; /streak says the day does not count yet and that /rest would keep the
  streak safe; the morning card and the evening reminder stay away, as the user has
  already answered for the day.
- OPEN: a card was given and is waiting for an answer: /card shows it again.
- NOT_STARTED: nothing yet: /card or the morning chooses one.

Whatever the status, a card still open (one /skip gave after the day's answer, say) is
what /card shows, except on a rest day, where the card waits until asked for.

A rest day that also has an attempt is a practice day, as in `core.streaks`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from core.model import Attempt, AttemptStatus
from core.outcomes import ATTEMPTED, Outcome
from core.streaks import Streak, compute_streak


class DayStatus(StrEnum):
    PRACTISED = "practised"
    REST = "rest"
    NOT_TRIED = "not_tried"
    OPEN = "open"
    NOT_STARTED = "not_started"


@dataclass(frozen=True, slots=True)
class Day:
    """What a user's local day is (see the module's docstring)."""

    date: date
    status: DayStatus
    open_card: Attempt | None
    """The day's card still waiting for an answer, the latest if a swap left more than one."""
    streak: Streak | None = None
    """The streak as of this day, when the whole history was given (`with_streak`)."""

    @property
    def answered(self) -> bool:
        """The day's card is closed: an attempt, or a "didn't try", is recorded."""
        return self.status in (DayStatus.PRACTISED, DayStatus.NOT_TRIED)

    @property
    def shows_open_card(self) -> bool:
        """/card shows the open card rather than saying how the day stands."""
        return self.open_card is not None and self.status is not DayStatus.REST

    @property
    def wants_card(self) -> bool:
        """The morning should bring a card (a card already given is shown again)."""
        return self.status in (DayStatus.OPEN, DayStatus.NOT_STARTED)

    @property
    def wants_reminder(self) -> bool:
        """The evening reminder is worth sending: nothing answered, and not a rest day."""
        return self.wants_card

    @property
    def streak_alive(self) -> bool:
        """There is a streak to keep: one that a rest day today would keep safe."""
        return self.streak is not None and self.streak.current > 0


def decide_day(
    day: date,
    attempts: Iterable[Attempt],
    rest_days: Iterable[date],
    *,
    with_streak: bool = False,
) -> Day:
    """The user's `day`, from their attempts and rest days.

    `attempts` must hold at least the day's own; with `with_streak` they must be the
    whole history (and `rest_days` all of them), and the streak as of `day` is counted.
    """
    history = list(attempts)
    rests = set(rest_days)
    todays = [a for a in history if a.local_date == day]
    open_card = next((a for a in reversed(todays) if a.status is AttemptStatus.OPEN), None)
    streak = None
    if with_streak:
        practice = (a.local_date for a in history if a.outcome in ATTEMPTED)
        streak = compute_streak(practice, rests, day)
    return Day(day, _status(todays, day in rests, open_card), open_card, streak)


def _status(todays: list[Attempt], rest: bool, open_card: Attempt | None) -> DayStatus:
    if any(a.outcome in ATTEMPTED for a in todays):
        return DayStatus.PRACTISED
    if rest:
        return DayStatus.REST
    if any(a.outcome is Outcome.DIDNT_TRY for a in todays):
        return DayStatus.NOT_TRIED
    return DayStatus.OPEN if open_card is not None else DayStatus.NOT_STARTED
