"""The services shown to someone under the minimum age: the shipped file and its words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from adapters.content.deck_files import shipped_data_dir
from adapters.content.youth_files import FILE_NAME, load_youth_directory
from core.crisis import CrisisDirectory, stale_entries
from core.youth import under_age_message, youth_listing

KNOWN_NUMBERS = {
    "GB": "0800 1111",
    "CA": "1-800-668-6868",
    "AU": "1800 55 1800",
    "US": "988",
}


def shipped() -> CrisisDirectory:
    return load_youth_directory(shipped_data_dir() / FILE_NAME)


def test_the_shipped_file_lists_the_long_standing_young_peoples_services() -> None:
    directory = shipped()
    for code, number in KNOWN_NUMBERS.items():
        phones = [s.phone for s in directory.countries[code].services]
        assert number in phones, code
    assert any(s.url for s in directory.international.services)


def test_the_shipped_youth_services_were_verified_within_180_days() -> None:
    """Reads the wall clock on purpose, like the crisis file's own check: it must fail
    once the numbers have aged, so that a person re-checks them against their sources."""
    assert stale_entries(shipped(), date.today(), max_age_days=180) == []


def test_a_broken_file_is_refused_with_its_name(tmp_path: Path) -> None:
    broken = tmp_path / FILE_NAME
    broken.write_text("countries:\n  GB:\n    name: United Kingdom\n", encoding="utf-8")
    with pytest.raises(ValueError, match=FILE_NAME):
        load_youth_directory(broken)


def test_the_listing_names_every_country_with_its_emergency_number() -> None:
    directory = shipped()
    listing = youth_listing(directory)
    for entry in directory.countries.values():
        assert f"{entry.name} (emergency: {entry.emergency})" in listing
    assert listing.rstrip().endswith(directory.international.services[-1].url or "")


def test_the_message_is_kind_honest_and_fits_one_chat_message() -> None:
    text = under_age_message(shipped(), 18)
    assert "aged 18 and over" in text and "nothing about you is kept" in text
    assert len(text) < 4096
