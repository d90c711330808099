"""Column types that make both databases hand back the same Python values.

SQLite has no time zones and PostgreSQL's `timestamp without time zone` has none either, so
every timestamp is stored as naive UTC and comes back aware: the engine compares times across
users' zones and a naive value slipping through would be read as local time somewhere.
"""

from __future__ import annotations

from datetime import UTC, datetime, time
from typing import Any

from sqlalchemy import DateTime, Dialect, String
from sqlalchemy.types import TypeDecorator


class UtcDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime, stored naive; naive input is refused rather than guessed at."""

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"expected a datetime, got {type(value).__name__}")
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"refusing a naive datetime ({value.isoformat()}): pass it in UTC")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):  # a raw SQLite value read without the type's help
            value = datetime.fromisoformat(value)
        if not isinstance(value, datetime):
            raise TypeError(f"expected a datetime from the database, got {type(value).__name__}")
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class HourMinute(TypeDecorator[time]):
    """A wall-clock time of day kept as "HH:MM", readable in any database tool."""

    impl = String(5)
    cache_ok = True

    def process_bind_param(self, value: time | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, time):
            raise TypeError(f"expected a time, got {type(value).__name__}")
        if value.second or value.microsecond or value.tzinfo is not None:
            raise ValueError(f"a delivery time is a plain HH:MM, got {value.isoformat()}")
        return value.strftime("%H:%M")

    def process_result_value(self, value: str | None, dialect: Dialect) -> time | None:
        if value is None:
            return None
        return time.fromisoformat(value)
