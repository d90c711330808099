"""Walking into a shop to ask for a trial shift: its manager is staff there, not the user's own.

"Go to the Nintendo store in Umeda and ask the manager if I can work there tomorrow for free
to show my skills", "pop into the bakery on Main St and ask the manager whether I could do
an unpaid trial shift", "ask the manager at the Zara on the high street if I can help out for
nothing this weekend": the manager of a place the user goes to is staff of that place, put
on the spot behind their own counter, not the user's own boss (whom the rules may ask for
unpaid work, a day off or a raise). The work offered there for nothing is the user's own
(`OWN_WORK`, read with the offers of `core.asks.offers`), so no money is asked of
anyone. "Ask my manager if I can work from home" names the user's own manager and stays as
it was; so does a manager at a store the user says they work at. Fragments over the normal
form of `core.asks.text`.
"""

from __future__ import annotations

import re

from core.asks.asked import Asked
from core.asks.roles import Who
from core.asks.text import words

_PLACE = (
    r"(?:store|shop|restaurant|cafe|café|bakery|bar|pub|hotel|salon|bookshop|bookstore|boutique"
    r"|supermarket|gym|cinema|branch|outlet|dealership|garage|diner|studio|gallery)"
)
_VISITED = re.compile(
    r"\b(?:go|goes|going|went|head|walk|pop|stop|drop|swing) (?:in|into|in to|to|by|down to"
    r"|over to|round to) (?:the |a |this |that |one )?(?:[\w'&-]+ ){0,4}?" + _PLACE + r"\b"
)
"""A place the user goes to ("go to the Nintendo store in Umeda")."""
_OF_A_PLACE = re.compile(
    r"^ (?:of|at|in) (?:the |a |this |that |my local )?(?:[\w'&-]+ ){0,4}?" + _PLACE + r"\b"
)
"""A manager placed in a shop by the words after them ("the manager at the Zara on the high
street")."""
_WORKS_THERE = re.compile(r"\b(?:i|we) (?:work|worked|am working) (?:at|in|for)\b|\bmy shift\b")
"""The user saying they work there: the manager is theirs."""

OWN_WORK = (
    r"(?:if|whether) (?:i|we) (?:can|could|may|might) (?:work|help out|help|volunteer|intern"
    r"|shadow|do (?:a|an|one) (?:\w+ )?(?:shift|day|trial))(?: [\w']+){0,4}? (?:for free"
    r"|for nothing|unpaid|without pay)",
)
OWN_WORK_GIVEN = words(*OWN_WORK)
"""The user's own work offered for nothing ("if I can work there tomorrow for free"): it
asks no money of the one asked."""


def manager_of_a_place_visited(text: str, asked: Asked) -> Asked | None:
    """The manager of a shop the user goes to, read as that shop's staff."""
    if asked.who is not Who.MANAGER or not asked.named_as.startswith("the "):
        return None
    start = text.find(asked.named_as)
    if start < 0 or _WORKS_THERE.search(text):
        return None
    visited = _VISITED.search(text, 0, start)
    if visited is None and not _OF_A_PLACE.search(text[start + len(asked.named_as) :]):
        return None
    return Asked(Who.STAFF, asked.named_as, asked.as_object)
