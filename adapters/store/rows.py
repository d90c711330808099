"""Translation between table rows and the core records, in both directions.

The column types already give aware datetimes and `time`s; what is left here is the part
core cares about and SQL does not: enums back as enums, domains as a tuple, and a user's
export as values any JSON encoder takes.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, datetime, time
from enum import Enum
from typing import Any

from sqlalchemy import RowMapping

from core.deck import OWN_CARD_PREFIX, Card
from core.model import Attempt, AttemptStatus, Outcome, Reflection, User, UserStatus


def user_from_row(row: RowMapping) -> User:
    return User(
        id=row["id"],
        platform=row["platform"],
        platform_user_id=row["platform_user_id"],
        chat_id=row["chat_id"],
        created_at=row["created_at"],
        status=UserStatus(row["status"]),
        timezone=row["timezone"],
        delivery_time=row["delivery_time"],
        level=row["level"],
        domains=tuple(row["domains"]),
        fear_strength=row["fear_strength"],
        consent_at=row["consent_at"],
        consent_version=row["consent_version"],
        state=row["state"],
        state_data=dict(row["state_data"]),
        reminder_time=row["reminder_time"],
        reminders=bool(row["reminders"]),
        summary_weekday=row["summary_weekday"],
        challenge_days=row["challenge_days"],
        challenge_start=row["challenge_start"],
        needs=tuple(row["needs"] or ()),
    )


def user_values(user: User) -> dict[str, Any]:
    """Column values for every field but the id, which the database owns."""
    values = asdict(user)
    del values["id"]
    values["status"] = UserStatus(user.status).value
    values["domains"] = list(user.domains)
    values["needs"] = list(user.needs)
    return values


def attempt_from_row(row: RowMapping) -> Attempt:
    outcome = row["outcome"]
    return Attempt(
        id=row["id"],
        user_id=row["user_id"],
        card_id=row["card_id"],
        level=row["level"],
        domain=row["domain"],
        local_date=row["local_date"],
        created_at=row["created_at"],
        status=AttemptStatus(row["status"]),
        predicted_yes=row["predicted_yes"],
        expected_fear=row["expected_fear"],
        outcome=None if outcome is None else Outcome(outcome),
        felt_fear=row["felt_fear"],
        mood=row["mood"],
        recorded_at=row["recorded_at"],
        challenge_id=row["challenge_id"],
        waiting_since=row["waiting_since"],
        personal_challenge_start=row["personal_challenge_start"],
        morning=bool(row["morning"]),  # NULL on rows from before migration 0009
    )


def attempt_values(attempt: Attempt) -> dict[str, Any]:
    """Column values for every field but the id; an attempt never changes hands."""
    values = asdict(attempt)
    del values["id"]
    values["status"] = AttemptStatus(attempt.status).value
    values["outcome"] = None if attempt.outcome is None else Outcome(attempt.outcome).value
    return values


def reflection_from_row(row: RowMapping) -> Reflection:
    return Reflection(
        id=row["id"],
        user_id=row["user_id"],
        attempt_id=row["attempt_id"],
        prompt_id=row["prompt_id"],
        text=row["text"],
        created_at=row["created_at"],
    )


def json_safe(value: Any) -> Any:
    """A column value as JSON takes it: ISO 8601 for dates and times, lists for tuples."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="minutes")
    if isinstance(value, dict):
        return {str(key): json_safe(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [json_safe(item) for item in value]
    return value


def own_card_from_row(row: RowMapping) -> Card:
    """A user's own card; its id is "mine-<row id>", never a deck id."""
    return Card(
        id=f"{OWN_CARD_PREFIX}{row['id']}",
        title=row["title"],
        ask=row["ask"],
        level=row["level"],
        domain=row["domain"],
        why="",
        owner_id=row["user_id"],
    )


def own_card_number(card_id: str) -> int | None:
    number = card_id.removeprefix(OWN_CARD_PREFIX)
    if not card_id.startswith(OWN_CARD_PREFIX) or not number.isdecimal() or len(number) > 12:
        return None
    return int(number)
