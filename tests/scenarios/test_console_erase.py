"""After /delete in the console, no file under the data directory holds anything the person
wrote: not the database, not its write-ahead log, not a saved export or chart. Checked while
the bot is still running, since that is when the log held the words."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.scenarios._console import console_until_erased, files_holding

pytestmark = pytest.mark.slow

WRITTEN = [
    "Llanfairpwllgwyngyll",  # the place typed for the time zone search (it is not one)
    "I felt my cheeks burn zqxv and then laughed",
    "Next time I will breathe first wqpz",
]


def script(written: list[str]) -> str:
    return "\n".join(
        [
            "/start",
            "Yes, let's start",
            "I'm 18 or older",
            written[0],
            "London",
            "08:00",
            "Done",
            "3",
            "/card",
            "Skip the guesses",
            "No",
            "4",
            "3",
            written[1],
            written[2],
            "/stats",
            "/export",
            "/delete",
            "Yes, erase everything",
            "",
        ]
    )


def test_nothing_the_person_wrote_is_left_after_delete(tmp_path: Path) -> None:
    with console_until_erased(tmp_path, script(WRITTEN), seconds=60) as (data, shown):
        saved = [line for line in shown if "(file saved:" in line]
        assert len(saved) >= 1  # the export, and the chart where one was drawn
        assert (data / "askanyway.db").exists()
        assert files_holding(data, WRITTEN) == {}  # while the bot still runs
    assert files_holding(data, WRITTEN) == {}
