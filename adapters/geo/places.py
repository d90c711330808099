"""Offline geography for the `Places` port: no network, data from installed packages."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from adapters.geo.tz_countries import country_for_timezone


class OfflinePlaces:
    """Time zone of a shared location (timezonefinder) and a zone's country (tzdata).

    The timezonefinder index is loaded on first use, so a bot that never receives a
    location never pays for it.
    """

    @cached_property
    def _finder(self) -> Any:
        from timezonefinder import TimezoneFinder

        return TimezoneFinder()

    def timezone_at(self, latitude: float, longitude: float) -> str | None:
        if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            return None
        zone = self._finder.timezone_at(lat=latitude, lng=longitude)
        return str(zone) if zone else None

    def country_of(self, timezone: str) -> str | None:
        return country_for_timezone(timezone)
