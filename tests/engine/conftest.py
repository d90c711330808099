"""Engine tests run the real engine over a real (SQLite) store with a fixed clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.fakes.chat import Bot, FixedClock, migrated_sqlite

# A Monday morning in London, well clear of any DST change.
START = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)


@pytest.fixture
async def bot(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Bot]:
    template = tmp_path_factory.getbasetemp() / "template" / "askanyway.db"
    url = await migrated_sqlite(tmp_path, template)
    built = Bot.build(url, FixedClock(START))
    yield built
    await built.store.close()
