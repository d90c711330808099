"""Crisis resources as validated values: who to call, by country and by kind of crisis.

The words of the replies are in `core.care.crisis_words`. The numbers live in
`data/crisis_resources.yaml`; an adapter reads the file and hands the raw mapping to
`validate_directory`, which reports every problem at once. Each entry carries the date it
was last checked against its official page, and `stale_entries` says which have aged past
the limit, so out-of-date numbers are caught by a test rather than by a person in crisis
dialling them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from core.i18n import _
from core.safety_phrases import CrisisKind

INTERNATIONAL = "international"
COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")
PHONE = re.compile(r"^\+?[0-9](?:[0-9 \-]*[0-9])?$")
TEXT_KEYWORD = re.compile(r"^(?:[A-Z]+ to )?(?P<number>.+)$")
NUMBER_LIST = re.compile(r",\s*|\s+or\s+")
ALIASES = {"UK": "GB"}
"""Codes people use that are not the ISO 3166 code the directory is keyed by."""
CRISIS_KINDS = tuple(kind.value for kind in CrisisKind)
"""The safety events that pause the cards for a day (not the weekly low-mood word)."""
TOPICS = frozenset({CrisisKind.DANGER.value})
"""A service with a topic is listed only for messages of that kind (a line for people
being hurt at home, for someone unsafe at home); one without serves every crisis."""


@dataclass(frozen=True, slots=True)
class Service:
    name: str
    phone: str | None = None
    """One number, or several joined with "or": "0800 111 0 111 or 116 123"."""
    text: str | None = None
    """What to text: a number ("988") or a keyword and a number ("SHOUT to 85258")."""
    url: str | None = None
    hours: str | None = None
    topic: str | None = None
    """Set only for a service that is about one kind of crisis (see `TOPICS`)."""

    def serves(self, kind: str | None) -> bool:
        """Whether to list it for a message of `kind` (None: every service, as in /help)."""
        return kind is None or self.topic is None or self.topic == kind


@dataclass(frozen=True, slots=True)
class CountryResources:
    code: str
    name: str
    emergency: str
    services: tuple[Service, ...]
    verified: date
    source: str
    """The official page this entry was last checked against."""
    covers: tuple[str, ...] = ()
    """Other places (ISO codes) these services also serve, such as Puerto Rico for the US:
    the time-zone tables give those places codes of their own."""


@dataclass(frozen=True, slots=True)
class CrisisDirectory:
    countries: dict[str, CountryResources]
    international: CountryResources


def _is_phone_list(value: str) -> bool:
    return all(PHONE.match(part) for part in NUMBER_LIST.split(value.strip()))


def _digits(value: str) -> int:
    return sum(char.isdigit() for char in value)


def _service_problems(where: str, raw: Any) -> list[str]:
    if not isinstance(raw, Mapping):
        return [f"{where}: must be a mapping with a name and a phone, text or url"]
    found: list[str] = []
    unknown = set(raw) - {"name", "phone", "text", "url", "hours", "topic"}
    found.extend(f"{where}: unknown field '{key}'" for key in sorted(unknown))
    if "topic" in raw and raw["topic"] not in TOPICS:
        found.append(f"{where}.topic: {raw['topic']!r} should be one of {sorted(TOPICS)}")
    for key in ("name", "phone", "text", "url", "hours"):
        if key in raw and not isinstance(raw[key], str):
            found.append(f"{where}.{key}: must be text (quote numbers in the YAML)")
    if not isinstance(raw.get("name"), str) or not raw["name"].strip():
        found.append(f"{where}: missing name")
    if not any(isinstance(raw.get(key), str) for key in ("phone", "text", "url")):
        found.append(f"{where}: needs at least a phone, a text number or a url")
    phone, text, url = raw.get("phone"), raw.get("text"), raw.get("url")
    if isinstance(phone, str) and not (_is_phone_list(phone) and _digits(phone) >= 3):
        found.append(f"{where}.phone: {phone!r} does not look like a phone number")
    if isinstance(text, str):
        match = TEXT_KEYWORD.match(text)
        if not match or not PHONE.match(match["number"]):
            found.append(f"{where}.text: {text!r} should be a number or 'KEYWORD to number'")
    if isinstance(url, str) and not url.startswith("https://"):
        found.append(f"{where}.url: {url!r} should start with https://")
    return found


def _entry_problems(where: str, raw: Any, *, fallback: bool) -> list[str]:
    if not isinstance(raw, Mapping):
        return [f"{where}: must be a mapping"]
    found: list[str] = []
    known = {"name", "emergency", "services", "verified", "source"}
    found.extend(f"{where}: unknown field '{key}'" for key in sorted(set(raw) - known - {"covers"}))
    found.extend(f"{where}: missing {key}" for key in sorted(known - set(raw)))
    covers = raw.get("covers", [])
    if not (isinstance(covers, list) and all(isinstance(c, str) for c in covers)) or not all(
        COUNTRY_CODE.match(c) for c in covers
    ):
        found.append(f"{where}.covers: should list two-letter ISO codes like PR")
    if "name" in raw and not (isinstance(raw["name"], str) and raw["name"].strip()):
        found.append(f"{where}.name: must be text")
    emergency = raw.get("emergency")
    if "emergency" in raw and not (isinstance(emergency, str) and _is_phone_list(emergency)):
        found.append(f"{where}.emergency: {emergency!r} should be a number, or numbers and 'or'")
    if "verified" in raw and not isinstance(raw["verified"], date):
        found.append(f"{where}.verified: {raw['verified']!r} should be a date like 2026-11-23")
    source = raw.get("source")
    if "source" in raw and not (isinstance(source, str) and source.startswith("https://")):
        found.append(f"{where}.source: should be the https:// address of the official page")
    services = raw.get("services")
    if "services" in raw and not (isinstance(services, list) and 1 <= len(services) <= 3):
        found.append(f"{where}.services: should list one to three services")
    elif isinstance(services, list):
        for index, service in enumerate(services):
            found.extend(_service_problems(f"{where}.services[{index}]", service))
    if (
        fallback
        and isinstance(services, list)
        and not any(isinstance(s, Mapping) and isinstance(s.get("url"), str) for s in services)
    ):
        found.append(f"{where}: the fallback needs at least one directory with a url")
    return found


def _service(raw: Mapping[str, Any]) -> Service:
    def field(key: str) -> str | None:
        value = raw.get(key)
        return value.strip() if isinstance(value, str) and value.strip() else None

    return Service(
        raw["name"].strip(),
        field("phone"),
        field("text"),
        field("url"),
        field("hours"),
        field("topic"),
    )


def _entry(code: str, raw: Mapping[str, Any]) -> CountryResources:
    verified = raw["verified"]
    return CountryResources(
        code=code,
        name=raw["name"].strip(),
        emergency=raw["emergency"].strip(),
        services=tuple(_service(s) for s in raw["services"]),
        verified=verified.date() if isinstance(verified, datetime) else verified,
        source=raw["source"].strip(),
        covers=tuple(raw.get("covers", [])),
    )


def validate_directory(raw: Mapping[str, Any]) -> tuple[CrisisDirectory | None, list[str]]:
    """Turn the raw file into a directory, or say everything that is wrong with it."""
    problems = [
        f"unknown top-level key '{key}'" for key in raw if key not in ("countries", INTERNATIONAL)
    ]
    countries = raw.get("countries")
    if not isinstance(countries, Mapping) or not countries:
        problems.append("'countries' must map country codes to entries")
        countries = {}
    for code, entry in countries.items():
        if not (isinstance(code, str) and COUNTRY_CODE.match(code)):
            problems.append(f"countries.{code}: the key must be a two-letter ISO code like IE")
        problems.extend(_entry_problems(f"countries.{code}", entry, fallback=False))
    if INTERNATIONAL not in raw:
        problems.append("missing the 'international' fallback")
    else:
        problems.extend(_entry_problems(INTERNATIONAL, raw[INTERNATIONAL], fallback=True))
    if problems:
        return None, problems
    directory = CrisisDirectory(
        countries={code: _entry(code, entry) for code, entry in countries.items()},
        international=_entry(INTERNATIONAL, raw[INTERNATIONAL]),
    )
    return directory, []


def resources_for(directory: CrisisDirectory, country: str | None) -> tuple[CountryResources, ...]:
    """The user's country first when it is known, then the international fallback."""
    code = (country or "").strip().upper()
    code = ALIASES.get(code, code)
    local = directory.countries.get(code) or next(
        (entry for entry in directory.countries.values() if code in entry.covers), None
    )
    return (local, directory.international) if local else (directory.international,)


def stale_entries(directory: CrisisDirectory, today: date, max_age_days: int = 180) -> list[str]:
    """One line per entry not checked within `max_age_days` of `today`, or dated after it."""
    found: list[str] = []
    for entry in (*directory.countries.values(), directory.international):
        age = (today - entry.verified).days
        if age > max_age_days:
            found.append(
                f"{entry.code}: verified {entry.verified.isoformat()}, {age} days ago "
                f"(limit {max_age_days}); re-check {entry.source}"
            )
        elif age < 0:
            found.append(f"{entry.code}: verified {entry.verified.isoformat()} is after {today}")
    return found


def service_line(service: Service) -> str:
    """One service as a line: its name, how to reach it, and its hours when known."""
    ways = []
    if service.phone:
        ways.append(_("call {number}").format(number=service.phone))
    if service.text:
        ways.append(_("text {number}").format(number=service.text))
    if service.url:
        ways.append(service.url)
    line = f"- {service.name}: {', '.join(ways)}"
    return f"{line} ({service.hours})" if service.hours else line
