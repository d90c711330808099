"""What an error message may quote back: short place names only, never a sentence."""

from __future__ import annotations

import pytest

from core.care.quoting import quotable_place

QUOTED = {
    "a city": ("Narnia", "Narnia"),
    "a zone name": ("America/New_York", "America/New_York"),
    "three words": ("Rio de Janeiro", "Rio de Janeiro"),
    "a hyphen and spaces trimmed": ("  Saint-Étienne ", "Saint-Étienne"),
}
NOT_QUOTED = {
    "a sentence with a full stop": "I bought a rope today.",
    "a sentence without punctuation": "i bought a rope today",
    "about the writer": "my place",
    "a question": "where am I?",
    "a comma": "London, I guess",
    "digits": "GMT+3",
    "too long": "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch x",
    "too many words": "the city by the sea",
    "empty": "   ",
    "an apostrophe": "it's fine",
}


@pytest.mark.parametrize(("typed", "shown"), QUOTED.values(), ids=QUOTED.keys())
def test_a_place_name_is_quoted(typed: str, shown: str) -> None:
    assert quotable_place(typed) == shown


@pytest.mark.parametrize("typed", NOT_QUOTED.values(), ids=NOT_QUOTED.keys())
def test_anything_else_is_not_quoted(typed: str) -> None:
    assert quotable_place(typed) is None
