"""The five answers to a card, in one place: what each means, its button code, its label.

Every answer is an attempt except "didn't try": streaks count courage, not yeses, so a
"no" counts as much as a "yes", and waiting to hear back counts already. A "didn't try"
is still recorded (it closes the card for the day, and noticing what held you back is
part of the practice), but the day does not count towards the streak.

Button payloads carry the one-letter code (`o:1234:n`); the personal card, the group's
card and the "did you hear back?" follow-up all take their buttons from here.
"""

from __future__ import annotations

from enum import StrEnum

from core.i18n import _


class Outcome(StrEnum):
    YES = "yes"
    NO = "no"
    PARTLY = "partly"
    WAITING = "waiting"
    DIDNT_TRY = "didnt_try"


ATTEMPTED = frozenset({Outcome.YES, Outcome.NO, Outcome.PARTLY, Outcome.WAITING})
"""The answers that count as an attempt (and so for the streak and the challenge)."""

OUTCOME_CODES: dict[str, Outcome] = {
    "y": Outcome.YES,
    "n": Outcome.NO,
    "p": Outcome.PARTLY,
    "w": Outcome.WAITING,
    "d": Outcome.DIDNT_TRY,
}
"""Button code → outcome, in the order the buttons are shown."""

CODE_OF = {outcome: code for code, outcome in OUTCOME_CODES.items()}

HEARD_BACK = (Outcome.YES, Outcome.NO, Outcome.PARTLY, Outcome.WAITING)
"""The answers the follow-up offers: by then "didn't try" is no longer one of them."""


def outcome_label(outcome: Outcome) -> str:
    return {
        Outcome.YES: _("Yes"),
        Outcome.NO: _("No"),
        Outcome.PARTLY: _("Partly"),
        Outcome.WAITING: _("Waiting to hear"),
        Outcome.DIDNT_TRY: _("Didn't try"),
    }[outcome]


def outcome_choices(outcomes: tuple[Outcome, ...] = tuple(Outcome)) -> list[tuple[str, str]]:
    """(label, code) for each outcome, to build buttons from."""
    return [(outcome_label(outcome), CODE_OF[outcome]) for outcome in outcomes]
