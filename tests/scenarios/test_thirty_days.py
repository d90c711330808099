"""Thirty virtual days in the console, typed as a person would, with no dead end anywhere.

Every outcome kind, a pending ask answered when the follow-up comes, a rest nudge accepted
two days after it was shown, settings changed by typed values, a 30-day challenge finished,
an export and a delete. No reply may say "I can only follow…" or "closed now", the export
tells the whole month, and after /delete no file under the data directory holds anything
the person typed, checked while the bot still runs.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.scenarios._console import console_until_erased, files_holding

pytestmark = pytest.mark.slow

WROTE = [
    "I thought they would sigh at me qzvb",
    "That my guesses run darker than people do wxkj",
    "Waiting is its own small brave thing pqmr",
    "It stung more than I expected jhgt",
]


def a_day(outcome: str, felt: str = "5", mood: str = "4") -> list[str]:
    """Today's card from the morning message: no guesses, the outcome, felt, mood, skip."""
    lines = ["Skip the guesses", outcome]
    if outcome != "Didn't try":
        lines.append(felt)
    return [*lines, mood, "Skip"]


def thirty_days() -> list[str]:
    lines = ["/start", "Yes, let's start", "I'm 18 or older", "London", "7:30", "Done", "3"]
    lines += ["/challenge", "30 days"]
    lines += ["/card", "30%", "6", "No", "4", "3", WROTE[0], WROTE[1]]  # day 1
    lines += ["/wait 1d", *a_day("Yes")]  # day 2
    lines += ["/wait 1d", "Skip the guesses", "Waiting to hear", "5", "4", WROTE[2], "Skip"]
    lines += ["/wait 1d", *a_day("Partly")]  # day 4
    lines += ["/wait 1d", *a_day("Didn't try"), "/rest"]  # day 5
    lines += ["/wait 1d", "No", *a_day("No")]  # day 6: the day-3 ask heard back first
    lines += ["/wait 1d", *a_day("No", mood="1")]  # day 7
    lines += ["/wait 1d", "Skip the guesses", "No", "7", "1", WROTE[3], "Skip"]  # day 8: nudge
    lines += ["/wait 1d", *a_day("Yes")]  # day 9
    lines += ["/wait 1d", "Take tomorrow off", *a_day("Yes")]  # day 10
    lines += ["/wait 1d"]  # day 11: the rest day taken from the nudge
    lines += ["/wait 1d", "/settings", "Card time", "8:15", "/settings", "Time zone", "Dublin"]
    lines += a_day("No")  # day 12
    rhythm = ["Yes", "No", "Partly", "No", "Yes", "No"]
    for day in range(13, 31):
        lines += ["/wait 1d", *a_day(rhythm[day % len(rhythm)])]
    return [*lines, "/stats", "/export", "/delete", "Yes, erase everything", ""]


def test_thirty_days_in_the_console_with_no_dead_end_and_an_export_that_tells_them(
    tmp_path: Path,
) -> None:
    """One run of thirty days: the export is read before the erase, the disk after it."""
    typed = "\n".join(thirty_days())
    exported: list[tuple[Path, dict[str, Any]]] = []

    def read_the_export(shown: list[str]) -> None:
        saved = re.findall(r"\(file saved: (.+\.json)\)", "".join(shown))
        assert saved, "no export was saved"
        exported.append((Path(saved[-1]), json.loads(Path(saved[-1]).read_text())))

    with console_until_erased(tmp_path, typed, 120, before_erase=read_the_export) as (data, shown):
        assert files_holding(data, [*WROTE, "Dublin"]) == {}  # while the bot still runs
    out = "".join(shown)
    assert "I can only follow" not in out
    assert "closed now" not in out
    assert "pick one of the buttons" not in out
    assert "Got it: your card will arrive at 07:30" in out
    assert "Noted on" in out and "the answer is in: No" in out
    assert "Tomorrow is a rest day" in out.split("> Take tomorrow off", 1)[1]
    assert "Your card will arrive at 08:15" in out
    assert "Europe/Dublin" in out
    assert "Challenge complete" in out
    [(path, document)] = exported
    assert not path.exists()  # /delete removed it
    the_export_tells_the_whole_story(document)


def the_export_tells_the_whole_story(document: dict[str, Any]) -> None:
    attempts = document["data"]["attempts"]
    outcomes = {a["outcome"] for a in attempts if a["outcome"]}
    assert outcomes == {"yes", "no", "partly", "didnt_try"}
    [pending] = [a for a in attempts if a["waiting_since"]]
    assert pending["outcome"] == "no" and pending["local_date"] == "2026-03-04"
    started = document["data"]["users"][0]["challenge_start"]
    counted = [a for a in attempts if a["personal_challenge_start"]]
    assert len(counted) >= 28 and started in (None, "2026-03-02")
    assert {r["text"] for r in document["data"]["reflections"]} == set(WROTE)
