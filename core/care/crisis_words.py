"""The words the bot says when someone may be in crisis, and the lists of people to call.

Which services are listed depends on what the message was about: a line for people hurt
at home belongs with a message about being unsafe at home, not with every message about
suicide. /help lists them all.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.crisis import INTERNATIONAL, CountryResources, service_line
from core.i18n import _


def listing(resources: Sequence[CountryResources], kind: str | None = None) -> str:
    """Each country's services for a message of `kind` (None: all, in the data's order);
    a line about that very kind comes first."""
    blocks = []
    for entry in resources:
        chosen = [s for s in entry.services if s.serves(kind)]
        if kind is not None:
            chosen.sort(key=lambda service: service.topic != kind)
        blocks.append("\n".join([entry.name, *(service_line(s) for s in chosen)]))
    return "\n\n".join(blocks)


def emergency_line(resources: Sequence[CountryResources]) -> str:
    first = resources[0] if resources else None
    if first is None or first.code == INTERNATIONAL:
        numbers = first.emergency if first else "112, 911 or 999"
        return _(
            "If you are in danger right now, call your local emergency number ({numbers}, "
            "depending on where you are)."
        ).format(numbers=numbers)
    return _("If you are in danger right now, call {number}.").format(number=first.emergency)


def paused_closing() -> str:
    """Matches what /resume does: the cards stay paused for a day after a crisis."""
    return _(
        "Your daily cards are paused, and nothing is lost. They stay paused for at least a "
        "day; after that, /resume starts them again whenever you feel ready. /help shows "
        "these numbers any time."
    )


def onboarding_closing() -> str:
    """For someone still setting up: nothing to pause, and the setup waits for them."""
    return _(
        "Setting up can wait, and nothing you've answered is lost. When you feel ready to go "
        "on, send /start and we'll carry on from the same question. /help shows these "
        "numbers any time."
    )


def plain_closing() -> str:
    return _("/help shows these numbers any time.")


def crisis_message(
    resources: Sequence[CountryResources], kind: str | None = None, closing: str | None = None
) -> str:
    """The reply when a message suggests crisis: warm, plain, honest about what the bot is."""
    return "\n\n".join(
        [
            _(
                "It sounds like you are carrying something really heavy right now. "
                "What you wrote matters."
            ),
            _(
                "Ask Anyway is only a practice tool. It is not a person and not an emergency "
                "service, and you deserve to talk to someone who can really be there for you. "
                "The people at these services are there for exactly this:"
            ),
            listing(resources, kind),
            emergency_line(resources),
            closing if closing is not None else paused_closing(),
        ]
    )


def help_resources_text(resources: Sequence[CountryResources]) -> str:
    """The short version for /help: where to turn if things ever feel like too much."""
    return "\n\n".join(
        [
            _("If things ever feel like too much, please talk to someone:"),
            listing(resources),
            emergency_line(resources),
        ]
    )


def country_lines(resources: Sequence[CountryResources], kind: str | None = None) -> str:
    """The answer once someone says where they are: that country's lines and its number."""
    return "\n\n".join(
        [
            _("Here are people you can talk to there:"),
            listing(resources, kind),
            emergency_line(resources),
        ]
    )


def support_lines(resources: Sequence[CountryResources], kind: str | None = None) -> str:
    """The lines and the emergency number, with no heading: for a reply that has its own."""
    return listing(resources, kind) + "\n\n" + emergency_line(resources)


def which_country() -> str:
    return _(
        "I don't know which country you're in, so the list above is for anywhere in the "
        "world. If you tell me, I can show the lines there."
    )


def another_country() -> str:
    return _(
        "Thank you. I don't have a list for your country yet. Find A Helpline "
        "(https://findahelpline.com/) shows free, confidential lines by country, and your "
        "local emergency number works if you are in danger right now."
    )
