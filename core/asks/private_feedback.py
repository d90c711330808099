"""Feedback on the user's own work asked in private, which is no date.

"Ask the chef to rate my new entremet out of ten, just us two": "just us two" reads as an
evening for two (`core.asks.affection.INVITE`), but with the user's own dish, draft or
haircut put up for a verdict it only spares the person a verdict given before others. The
slots read invitations on the text with the privacy blanked out when the ask is feedback on
the user's own work and no outing is named. It matches the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, without, words

FEEDBACK_ON_MY_WORK = words(
    r"(?:rate|score|taste|critique|judge|review|mark|grade|give (?:me )?(?:\w+ )?(?:feedback"
    r"|notes|an honest opinion|a verdict) on|tell me what (?:he|she|they) (?:really )?think\w*"
    r" (?:of|about)) my (?:(?:new|latest|own|first|next) [\w-]+|(?:[\w-]+ ){0,2}?(?:dish"
    r"|dessert|cake|bake|recipe|menu|draft|essay|chapter|song|track|demo|design|drawing"
    r"|painting|pitch|plan|code|work|portfolio|fade|cut|haircut|set|routine|piece|plate"
    r"|bread|sauce|cocktail|coffee|latte art|poem|story|script|slides|deck)s?)\b",
)
"""The user's own work put up for a verdict ("rate my new entremet out of ten")."""

JUST_US = words(
    r"(?:just|only) (?:us two|the two of us|between us|us)|one[- ]to[- ]one|in private|privately",
)
"""A verdict asked for away from the others."""

_OUTING = words(
    r"dinner|lunch|drinks?|a drink|coffee (?:with me|after|together)|date|walk|a pint|pints"
    r"|wine|cocktails|after (?:work|my shift|the shift|close)|tonight|my place|(?:his|her) place",
)
"""An outing named with it, which makes the privacy an evening for two after all."""


def without_privacy_for_feedback(text: str) -> str:
    """The text without "just us two" when it only keeps a verdict on the user's work private."""
    if not has(FEEDBACK_ON_MY_WORK, text) or has(_OUTING, without(FEEDBACK_ON_MY_WORK, text)):
        return text
    return without(JUST_US, text)
