"""The records the engine works with, as plain frozen values.

The store returns these and takes them back; the rules in core read them. Changing
one means `dataclasses.replace` and a save, so nothing is mutated behind anyone's back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any, NamedTuple

from core.deck import Card
from core.outcomes import ATTEMPTED as ATTEMPTED
from core.outcomes import Outcome as Outcome


class UserStatus(StrEnum):
    ONBOARDING = "onboarding"
    ACTIVE = "active"
    PAUSED = "paused"
    UNREACHABLE = "unreachable"


class AttemptStatus(StrEnum):
    OPEN = "open"
    RECORDED = "recorded"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class User:
    id: int
    platform: str
    platform_user_id: str
    chat_id: str
    created_at: datetime
    status: UserStatus = UserStatus.ONBOARDING
    timezone: str = "UTC"
    delivery_time: time = time(8, 0)
    level: int = 1
    domains: tuple[str, ...] = ()
    fear_strength: int | None = None
    consent_at: datetime | None = None
    consent_version: str | None = None
    state: str = ""
    state_data: dict[str, Any] = field(default_factory=dict)
    reminder_time: time = time(20, 0)
    reminders: bool = True
    summary_weekday: int = 6
    """0 is Monday; the weekly summary comes that morning (default Sunday)."""
    challenge_days: int | None = None
    challenge_start: date | None = None
    """A personal challenge (30 or 100 days) runs from this local date, when set."""
    needs: tuple[str, ...] = ()
    """What applies to the user ("what applies to you": a job, a car, ...; see
    core.deck.NEEDS): cards needing anything else are never offered to them."""


@dataclass(frozen=True, slots=True)
class Attempt:
    id: int
    user_id: int
    card_id: str
    level: int
    domain: str
    local_date: date
    created_at: datetime
    status: AttemptStatus = AttemptStatus.OPEN
    predicted_yes: int | None = None
    expected_fear: int | None = None
    outcome: Outcome | None = None
    felt_fear: int | None = None
    mood: int | None = None
    recorded_at: datetime | None = None
    challenge_id: int | None = None
    """Set when the attempt is at a group challenge's shared card of the day."""
    waiting_since: datetime | None = None
    """When it was first recorded as "waiting to hear"; kept once the answer comes, so its
    history shows it was pending first."""
    personal_challenge_start: date | None = None
    """The start of the personal challenge this attempt counted for, if one was running."""
    morning: bool = False
    """Given by the morning delivery: the card keeps its greeting when edited as answered."""

    @property
    def attempted(self) -> bool:
        return self.outcome in ATTEMPTED


@dataclass(frozen=True, slots=True)
class Reflection:
    id: int
    user_id: int
    attempt_id: int
    prompt_id: str
    text: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Due:
    """A schedule row whose time has come; claimed by a lease until it is finished."""

    user_id: int
    kind: str
    due_at: datetime


class DeliveryKey(NamedTuple):
    """One delivery: what the exactly-once claim is taken on. The owner is a user, or a
    group challenge for a group's deliveries."""

    owner_id: int
    kind: str
    local_date: date


@dataclass(frozen=True, slots=True)
class Finished:
    """How a delivery ended, and when its kind is next due (None: no more)."""

    key: DeliveryKey
    status: str
    next_due_at: datetime | None


@dataclass(frozen=True, slots=True)
class NewAttempt:
    """A card given to a user for a local date, before the store numbers it."""

    user_id: int
    card_id: str
    level: int
    domain: str
    local_date: date
    morning: bool = False
    """Given by the morning delivery (see `Attempt.morning`)."""


@dataclass(frozen=True, slots=True)
class Recent:
    """A user's recent practice, as the morning card reads it; the tick loads it for a
    whole batch of users in one go.

    Attempts of the last few days come in full; over the longer window that card choice
    looks back on (60 days) only which card was given on which date, which is all the
    choice needs and a fraction of the rows' weight.
    """

    attempts: tuple[Attempt, ...] = ()
    cards_given: tuple[tuple[date, str], ...] = ()
    rest_days: frozenset[date] = frozenset()
    own_cards: tuple[Card, ...] = ()
