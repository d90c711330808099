"""Local card times as UTC instants, across DST changes and unusual offsets."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from core.engine.schedules import MORNING_CARD, slot_after
from core.model import User, UserStatus
from core.schedule import next_occurrence, occurrence


@pytest.mark.parametrize(
    ("zone", "day", "at", "expected_utc"),
    [
        ("Europe/London", date(2026, 1, 15), time(8), datetime(2026, 1, 15, 8, 0, tzinfo=UTC)),
        ("Europe/London", date(2026, 7, 15), time(8), datetime(2026, 7, 15, 7, 0, tzinfo=UTC)),
        ("Asia/Kathmandu", date(2026, 3, 2), time(8), datetime(2026, 3, 2, 2, 15, tzinfo=UTC)),
        ("Etc/GMT+12", date(2026, 3, 2), time(8), datetime(2026, 3, 2, 20, 0, tzinfo=UTC)),
        ("Pacific/Kiritimati", date(2026, 3, 2), time(8), datetime(2026, 3, 1, 18, 0, tzinfo=UTC)),
        ("Australia/Lord_Howe", date(2026, 1, 5), time(8), datetime(2026, 1, 4, 21, 0, tzinfo=UTC)),
        # spring forward: 02:30 does not exist in New York on 8 March 2026; 03:00 is next
        ("America/New_York", date(2026, 3, 8), time(2, 30), datetime(2026, 3, 8, 7, 0, tzinfo=UTC)),
        # fall back: 01:30 happens twice on 1 November 2026; the first one counts
        (
            "America/New_York",
            date(2026, 11, 1),
            time(1, 30),
            datetime(2026, 11, 1, 5, 30, tzinfo=UTC),
        ),
        ("Europe/Berlin", date(2026, 3, 29), time(2, 15), datetime(2026, 3, 29, 1, 0, tzinfo=UTC)),
    ],
)
def test_occurrence_maps_a_local_time_to_one_utc_instant(zone, day, at, expected_utc) -> None:
    assert occurrence(day, at, ZoneInfo(zone)) == expected_utc


def test_the_next_occurrence_is_strictly_after_the_given_instant() -> None:
    zone = ZoneInfo("Europe/London")
    at_eight = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    assert next_occurrence(time(8), zone, at_eight) == datetime(2026, 3, 3, 8, 0, tzinfo=UTC)
    assert next_occurrence(time(8), zone, datetime(2026, 3, 2, 7, 59, tzinfo=UTC)) == at_eight


def test_the_slot_after_a_day_is_on_the_next_local_date_across_the_dst_change() -> None:
    zone = ZoneInfo("Europe/London")
    user = User(1, "test", "1", "1", datetime(2026, 3, 1, tzinfo=UTC), UserStatus.ACTIVE)
    after = slot_after(user, MORNING_CARD, zone, date(2026, 3, 28))
    assert after == datetime(2026, 3, 29, 7, 0, tzinfo=UTC)  # BST starts on 29 March
