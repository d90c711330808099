"""Which country a time zone belongs to, so crisis help can list local services.

The IANA tables ship with the system (/usr/share/zoneinfo) and with the `tzdata`
package; the first directory that has them is used. zone.tab gives exactly one country
per zone, which is what a helpline lookup needs (zone1970.tab lists every country
sharing a zone: Europe/Berlin stands for DE and others), so zone1970.tab is only read
when zone.tab is missing, taking its first country. Old names such as Asia/Calcutta or
US/Eastern are followed through the links in tzdata.zi. Zones with no country (UTC,
Etc/GMT+3) give None.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

SYSTEM_ZONEINFO = Path("/usr/share/zoneinfo")
MAX_LINK_HOPS = 5


def zoneinfo_directories() -> list[Path]:
    """Where to look, in order: the system's tables, then the tzdata package's copy."""
    found = [SYSTEM_ZONEINFO]
    spec = importlib.util.find_spec("tzdata")
    if spec is not None and spec.submodule_search_locations:
        found.extend(Path(location) / "zoneinfo" for location in spec.submodule_search_locations)
    return found


def _rows(path: Path) -> list[list[str]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return []
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def _links(path: Path) -> dict[str, str]:
    """Link name to target, from the `L target name` lines of tzdata.zi."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return {}
    pairs = (line.split() for line in lines if line.startswith("L "))
    return {fields[2]: fields[1] for fields in pairs if len(fields) == 3}


def read_zone_countries(directory: Path) -> dict[str, str]:
    """Zone name to ISO country code from one zoneinfo directory; empty without tables."""
    countries = {row[2]: row[0] for row in _rows(directory / "zone.tab") if len(row) >= 3}
    if not countries:
        countries = {
            row[2]: row[0].split(",")[0]
            for row in _rows(directory / "zone1970.tab")
            if len(row) >= 3
        }
    links = _links(directory / "tzdata.zi")
    for name in links:
        target: str | None = name
        for _ in range(MAX_LINK_HOPS):
            target = links.get(target) if target is not None else None
            if target is None or target in countries:
                break
        if target in countries and name not in countries:
            countries[name] = countries[target]
    return countries


@cache
def _zone_countries() -> dict[str, str]:
    for directory in zoneinfo_directories():
        countries = read_zone_countries(directory)
        if countries:
            return countries
    return {}


def country_for_timezone(tz: str) -> str | None:
    """The ISO 3166 code of the country an IANA zone is in, or None (UTC, unknown names)."""
    return _zone_countries().get(tz.strip())
