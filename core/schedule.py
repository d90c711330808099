"""Local delivery times turned into UTC instants, right across DST changes.

A time that does not exist on a spring-forward day (02:30 when clocks jump from
02:00 to 03:00) is delivered at the first valid minute after the gap; a time that
happens twice on a fall-back day is taken at its first occurrence, and the
delivery key (user, local date, kind) makes sure it is sent once.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

_MINUTE = timedelta(minutes=1)
_MAX_GAP_MINUTES = 48 * 60  # the longest gap on record is a whole skipped day


def _exists(naive: datetime, zone: ZoneInfo) -> bool:
    aware = naive.replace(tzinfo=zone)
    return aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == naive


def occurrence(local_date: date, local_time: time, zone: ZoneInfo) -> datetime:
    """The UTC instant when `local_time` happens on `local_date` in `zone`."""
    naive = datetime.combine(local_date, local_time)
    for _ in range(_MAX_GAP_MINUTES):
        if _exists(naive, zone):
            return naive.replace(tzinfo=zone, fold=0).astimezone(UTC)
        naive = (naive + _MINUTE).replace(second=0, microsecond=0)
    raise ValueError(f"no valid local time near {local_date} {local_time} in {zone.key}")


def local_date(instant: datetime, zone: ZoneInfo) -> date:
    return instant.astimezone(zone).date()


def next_occurrence(local_time: time, zone: ZoneInfo, after: datetime) -> datetime:
    """The first instant strictly after `after` when the local clock shows `local_time`."""
    day = local_date(after, zone)
    for offset in range(3):
        candidate = occurrence(day + timedelta(days=offset), local_time, zone)
        if candidate > after:
            return candidate
    raise AssertionError("a local time recurs at least every other day")
