"""The words for someone under the minimum age: kind, clear, and with people to talk to.

The bot does not know where they live yet (the age question comes before the time
zone), so it lists every country it has services for, each with its emergency number,
and the international directories last.
"""

from __future__ import annotations

from core.crisis import CountryResources, CrisisDirectory, service_line
from core.i18n import _


def _block(entry: CountryResources) -> str:
    heading = _("{country} (emergency: {number})").format(
        country=entry.name, number=entry.emergency
    )
    return "\n".join([heading, *(service_line(s) for s in entry.services)])


def youth_listing(directory: CrisisDirectory) -> str:
    """Every country's services by name, then the international fallback."""
    entries = sorted(directory.countries.values(), key=lambda entry: entry.name)
    return "\n\n".join(_block(entry) for entry in [*entries, directory.international])


def under_age_message(directory: CrisisDirectory, minimum_age: int) -> str:
    return "\n\n".join(
        [
            _(
                "Thank you for telling me. Ask Anyway is made for people aged {age} and over, "
                "so I can't set it up for you. I've erased what you sent me, so nothing about "
                "you is kept."
            ).format(age=minimum_age),
            _(
                "Wanting to feel braver about asking for things is a great thing to work on, "
                "at any age. Someone you trust, like a parent, a teacher or a school "
                "counsellor, can help you find small ways to practise."
            ),
            _(
                "And if things ever feel hard, these free services are there for young people. "
                "You can talk to them about anything:"
            ),
            youth_listing(directory),
        ]
    )
