"""Crisis resources: the shipped file, the fallback, staleness, and the words of the reply."""

from __future__ import annotations

import re
from datetime import date

import pytest

from adapters.content.crisis_files import FILE_NAME, load_crisis_directory
from adapters.content.deck_files import shipped_data_dir
from adapters.geo.tz_countries import country_for_timezone
from core.care.crisis_words import crisis_message, help_resources_text
from core.crisis import (
    INTERNATIONAL,
    CountryResources,
    CrisisDirectory,
    resources_for,
    stale_entries,
    validate_directory,
)

REQUIRED_COUNTRIES = {"US", "GB", "IE", "CA", "AU", "NZ", "IN", "DE", "FR", "ES"}
MORE_COUNTRIES = {
    *("AT", "NL", "BE", "CH", "IT", "PT", "PL", "SE", "NO", "DK", "FI"),
    *("JP", "SG", "ZA", "BR", "MX", "AR", "PH"),
}
LOOKS_LIKE_A_PHONE = re.compile(r"^\+?[0-9][0-9 \-]*[0-9]$|^[0-9]$")


def shipped() -> CrisisDirectory:
    return load_crisis_directory(shipped_data_dir() / FILE_NAME)


def all_entries(directory: CrisisDirectory) -> list[CountryResources]:
    return [*directory.countries.values(), directory.international]


def numbers_in(value: str) -> list[str]:
    return re.split(r",\s*|\s+or\s+", value)


def test_shipped_file_covers_the_countries_and_the_fallback():
    directory = shipped()
    assert (REQUIRED_COUNTRIES | MORE_COUNTRIES) - set(directory.countries) == set()
    assert directory.international.code == INTERNATIONAL
    assert any(service.url for service in directory.international.services)
    for entry in all_entries(directory):
        assert entry.emergency, entry.code
        assert 1 <= len(entry.services) <= 3, entry.code
        assert entry.source.startswith("https://"), entry.code


def test_every_shipped_phone_and_emergency_number_looks_like_a_phone_number():
    odd = []
    for entry in all_entries(shipped()):
        values = [entry.emergency]
        values += [s.phone for s in entry.services if s.phone]
        values += [s.text.split(" to ")[-1] for s in entry.services if s.text]
        for value in values:
            for number in numbers_in(value):
                digits = sum(char.isdigit() for char in number)
                if not (LOOKS_LIKE_A_PHONE.match(number) and 3 <= digits <= 15):
                    odd.append(f"{entry.code}: {number!r}")
    assert odd == []


def test_shipped_crisis_resources_were_verified_within_180_days():
    """This is the one test that reads the wall clock, on purpose: its job is to fail once
    the shipped numbers have aged, so that a person re-checks every entry against its
    `source` page before it can mislead someone in crisis."""
    assert stale_entries(shipped(), date.today(), max_age_days=180) == []


TODAY = date(2026, 7, 1)


def entry(code: str, verified: date | str = TODAY, **changes: object) -> dict[str, object]:
    raw: dict[str, object] = {
        "name": f"Country {code}",
        "emergency": "112",
        "verified": date.fromisoformat(verified) if isinstance(verified, str) else verified,
        "source": "https://example.org/",
        "services": [{"name": "Helpline", "phone": "116 123", "url": "https://example.org/"}],
    }
    raw.update(changes)
    return raw


def directory_of(**countries: dict[str, object]) -> CrisisDirectory:
    """A valid directory of `countries`, with a fallback checked on TODAY."""
    raw = {"countries": countries, "international": entry(INTERNATIONAL)}
    directory, problems = validate_directory(raw)
    assert problems == []
    assert directory is not None
    return directory


LOOKUPS = {
    "known country": ("IE", ("IE", INTERNATIONAL)),
    "lower case code": ("ie", ("IE", INTERNATIONAL)),
    "UK is an alias of GB": ("UK", ("GB", INTERNATIONAL)),
    "unknown country": ("ZZ", (INTERNATIONAL,)),
    "a place another entry covers": ("JE", ("GB", INTERNATIONAL)),
    "no country known": (None, (INTERNATIONAL,)),
    "empty code": ("", (INTERNATIONAL,)),
}


@pytest.mark.parametrize(("country", "codes"), LOOKUPS.values(), ids=LOOKUPS.keys())
def test_resources_for_gives_the_country_then_the_fallback(country, codes):
    directory = directory_of(IE=entry("IE"), GB=entry("GB", covers=["IM", "JE", "GG"]))
    assert tuple(found.code for found in resources_for(directory, country)) == codes


AGES = {
    "checked today": (date(2026, 7, 1), 180, []),
    "exactly 180 days old": (date(2026, 1, 2), 180, []),
    "181 days old": (date(2026, 1, 1), 180, ["IE"]),
    "a shorter limit": (date(2026, 6, 1), 7, ["IE"]),
    "dated after today": (date(2026, 7, 2), 180, ["IE"]),
}


@pytest.mark.parametrize(("verified", "limit", "stale"), AGES.values(), ids=AGES.keys())
def test_stale_entries_names_entries_past_the_limit(verified, limit, stale):
    found = stale_entries(directory_of(IE=entry("IE", verified)), TODAY, max_age_days=limit)
    assert [line.split(":")[0] for line in found] == stale


def test_a_stale_entry_says_where_to_check_it():
    directory = directory_of(IE=entry("IE", "2025-01-01", source="https://ie.example.org/"))
    found = stale_entries(directory, TODAY)
    assert any(line.startswith("IE:") and "https://ie.example.org/" in line for line in found)


def test_validation_reports_every_problem_at_once():
    raw = {
        "countries": {
            "ie": entry("ie"),
            "GB": entry("GB", emergency="nine nine nine"),
            "FR": entry("FR", services=[{"name": "Line", "phone": 3114}]),
            "DE": entry("DE", services=[{"name": "Line", "phone": "call us"}]),
            "ES": entry("ES", verified="2026-01-01", source="http://insecure.example/"),
            "US": entry("US", services=[{"name": "Quiet line"}]),
            "CA": entry("CA", services=[{"name": "A", "url": "https://a.example/"}] * 4),
            "AU": entry("AU", services=[{"name": "L", "phone": "13 11 14", "topic": "sadness"}]),
            "NZ": entry("NZ", covers=["tokelau"]),
        },
    }
    directory, problems = validate_directory(raw)
    assert directory is None
    expected = [
        "countries.ie: the key must be a two-letter ISO code",
        "countries.GB.emergency",
        "countries.FR.services[0].phone: must be text",
        "countries.DE.services[0].phone: 'call us' does not look like a phone number",
        "countries.ES.source",
        "countries.US.services[0]: needs at least a phone, a text number or a url",
        "countries.CA.services: should list one to three services",
        "countries.AU.services[0].topic: 'sadness' should be one of ['danger']",
        "countries.NZ.covers: should list two-letter ISO codes",
        "missing the 'international' fallback",
    ]
    for message in expected:
        assert any(problem.startswith(message) for problem in problems), message


def test_loading_a_broken_file_raises_with_every_problem(tmp_path):
    path = tmp_path / FILE_NAME
    path.write_text("countries:\n  IE:\n    name: Ireland\n", encoding="utf-8")
    with pytest.raises(ValueError) as raised:
        load_crisis_directory(path)
    message = str(raised.value)
    assert str(path) in message
    assert "countries.IE: missing emergency" in message
    assert "missing the 'international' fallback" in message


def test_the_crisis_message_lists_the_help_and_says_what_the_bot_is():
    resources = resources_for(shipped(), "GB")
    message = crisis_message(resources, "suicide")
    for entry_ in resources:
        assert entry_.name in message
        for service in entry_.services:
            if service.topic is not None:
                continue
            assert service.name in message
            for value in (service.phone, service.text, service.url):
                assert value is None or value in message
    assert "call 999 or 112" in message
    assert "not a person" in message
    assert "not an emergency service" in message
    assert "paused" in message
    assert "at least a day" in message and "/resume" in message


@pytest.mark.parametrize("code", ["US", "GB", "AU", "DE", "FR", "ES", "NL", "IT", "ZA", "BR"])
def test_a_line_for_people_hurt_at_home_comes_only_with_messages_about_that(code):
    resources = resources_for(shipped(), code)
    [abuse] = [s for s in resources[0].services if s.topic == "danger"]
    assert abuse.name not in crisis_message(resources, "suicide")
    assert abuse.name not in crisis_message(resources, "self_harm")
    danger = crisis_message(resources, "danger")
    general = next(s for s in resources[0].services if s.topic is None)
    assert abuse.name in danger and danger.index(abuse.name) < danger.index(general.name)
    listed = help_resources_text(resources)
    assert abuse.name in listed and listed.index(general.name) < listed.index(abuse.name)


ZONES_SERVED_FROM_ELSEWHERE = {
    "America/Puerto_Rico": "US",
    "America/St_Thomas": "US",
    "Europe/Isle_of_Man": "GB",
    "Europe/Jersey": "GB",
    "Europe/Guernsey": "GB",
}


@pytest.mark.parametrize(("zone", "code"), ZONES_SERVED_FROM_ELSEWHERE.items())
def test_a_time_zone_of_a_place_served_from_elsewhere_finds_those_lines(zone, code):
    assert resources_for(shipped(), country_for_timezone(zone))[0].code == code


def test_the_crisis_message_avoids_what_it_must_not_say():
    lowered = crisis_message(resources_for(shipped(), "US")).lower()
    for word in ("streak", "challenge", "medication", "diet", "weight", "i'm here", "i hear"):
        assert word not in lowered, word
    assert not re.search("[\U0001f000-\U0001faff\u2600-\u27bf]", lowered), "no emoji"


def test_without_a_country_the_message_points_to_the_local_emergency_number():
    message = crisis_message(resources_for(shipped(), None))
    assert "your local emergency number" in message
    assert "findahelpline.com" in message


def test_the_help_text_is_shorter_and_lists_the_same_services():
    resources = resources_for(shipped(), "AU")
    help_text = help_resources_text(resources)
    assert len(help_text) < len(crisis_message(resources))
    assert "13 11 14" in help_text
    assert "call 000" in help_text
    assert "paused" not in help_text
