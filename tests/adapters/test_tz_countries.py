"""Time zone to country: the real IANA tables, and the parsing rules on small fake ones."""

from __future__ import annotations

import importlib.util

import pytest

from adapters.geo.tz_countries import (
    SYSTEM_ZONEINFO,
    country_for_timezone,
    read_zone_countries,
    zoneinfo_directories,
)

ZONES = {
    "Ireland": ("Europe/Dublin", "IE"),
    "Canada": ("America/Toronto", "CA"),
    "India": ("Asia/Kolkata", "IN"),
    "Germany, one country though zone1970 lists more": ("Europe/Berlin", "DE"),
    "the United Kingdom is GB": ("Europe/London", "GB"),
    "an old name followed through its link": ("Asia/Calcutta", "IN"),
    "a US backward name": ("US/Eastern", "US"),
    "UTC has no country": ("UTC", None),
    "Etc zones have no country": ("Etc/GMT+3", None),
    "an unknown name": ("Mars/Olympus_Mons", None),
    "an empty name": ("", None),
}


@pytest.mark.parametrize(("zone", "country"), ZONES.values(), ids=ZONES.keys())
def test_country_for_timezone_names_the_zones_country(zone, country):
    assert country_for_timezone(zone) == country


ZONE_TAB = "# comment\nIE\t+5320-00615\tEurope/Dublin\nDE\t+5230+01322\tEurope/Berlin\n"
ZONE1970_TAB = "# comment\nDE,DK,NO\t+5230+01322\tEurope/Berlin\nIE\t+5320-00615\tEurope/Dublin\n"
TZDATA_ZI = (
    "# version test\nZ Europe/Dublin -0:25:21 - LMT 1880\n"
    "L Europe/Dublin Eire\nL Eire Old/Irish\nL Etc/UTC UTC\n"
)


def test_zone_tab_gives_one_country_per_zone(tmp_path):
    (tmp_path / "zone.tab").write_text(ZONE_TAB, encoding="utf-8")
    (tmp_path / "zone1970.tab").write_text(ZONE1970_TAB.replace("DE,DK", "DK,DE"), encoding="utf-8")
    assert read_zone_countries(tmp_path) == {"Europe/Dublin": "IE", "Europe/Berlin": "DE"}


def test_without_zone_tab_the_first_country_of_zone1970_is_taken(tmp_path):
    (tmp_path / "zone1970.tab").write_text(ZONE1970_TAB, encoding="utf-8")
    assert read_zone_countries(tmp_path)["Europe/Berlin"] == "DE"


def test_links_are_followed_to_a_zone_with_a_country(tmp_path):
    (tmp_path / "zone.tab").write_text(ZONE_TAB, encoding="utf-8")
    (tmp_path / "tzdata.zi").write_text(TZDATA_ZI, encoding="utf-8")
    countries = read_zone_countries(tmp_path)
    assert countries["Eire"] == "IE"
    assert countries["Old/Irish"] == "IE"
    assert "UTC" not in countries


def test_a_directory_without_tables_gives_nothing(tmp_path):
    assert read_zone_countries(tmp_path / "missing") == {}


def test_the_system_tables_come_before_the_tzdata_package():
    directories = zoneinfo_directories()
    assert directories[0] == SYSTEM_ZONEINFO
    has_tzdata = importlib.util.find_spec("tzdata") is not None
    assert any(path.parent.name == "tzdata" for path in directories[1:]) == has_tzdata


@pytest.mark.skipif(importlib.util.find_spec("tzdata") is None, reason="tzdata is not installed")
def test_the_tzdata_package_copy_alone_gives_the_same_answers():
    countries = read_zone_countries(zoneinfo_directories()[-1])
    assert countries["Europe/Dublin"] == "IE"
    assert countries["America/Toronto"] == "CA"
    assert countries["Asia/Calcutta"] == "IN"
    assert "UTC" not in countries
