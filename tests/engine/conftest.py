"""Engine tests run the real engine over the in-memory store with a fixed clock.

The store's contract suite (tests/storage) holds the in-memory store to what SQLite and
PostgreSQL do, so the engine's tests need no database file; what only SQL does is tested
there, and end to end in tests/scenarios.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.fakes.chat import Bot, FixedClock

# A Monday morning in London, well clear of any DST change.
START = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)


@pytest.fixture
def bot() -> Bot:
    return Bot.in_memory(FixedClock(START))
