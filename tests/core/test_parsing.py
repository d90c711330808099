"""Reading typed times and time zones, forgivingly but never wrongly."""

from __future__ import annotations

from datetime import time

import pytest

from core.parsing import clean_text, parse_time, resolve_timezone


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("8", time(8)),
        ("08:00", time(8)),
        ("7:30", time(7, 30)),
        ("7.30", time(7, 30)),
        ("7:30am", time(7, 30)),
        ("8 pm", time(20)),
        ("12am", time(0)),
        ("12pm", time(12)),
        ("23:59", time(23, 59)),
        ("25:61", None),
        ("24:00", None),
        ("13pm", None),
        ("noon", None),
        ("", None),
        ("8:5", None),
    ],
)
def test_parse_time(typed: str, expected: time | None) -> None:
    assert parse_time(typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Europe/London", "Europe/London"),
        ("europe/london", "Europe/London"),
        ("London", "Europe/London"),
        ("new york", "America/New_York"),
        ("Kathmandu", "Asia/Kathmandu"),
        ("UTC", "UTC"),
        ("Mars/Olympus", None),
        ("", None),
        ("x" * 500, None),
    ],
)
def test_resolve_timezone(typed: str, expected: str | None) -> None:
    assert resolve_timezone(typed) == expected


def test_clean_text_drops_control_characters_but_keeps_emoji_and_lines() -> None:
    assert clean_text("hi\x00 there\x1b\n🙂\u202e") == "hi there\n🙂"
