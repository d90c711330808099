"""Someone the user works with, named in ways the role lexicons read as an office or staff.

- "Ask Tsering from the office if I can join her lunch group": a person called by first name
  "from the office" (or "from accounts", "from my team") works with the user. Read without
  this, the office itself is asked, and a lunch group joined reads as strangers joined, while
  "ask Tsering from the office to lend me 20 quid" passes as a loan from a firm.
- "Ask Sven, the new maths teacher, if he'd like to have lunch with me, he always eats alone":
  a newcomer in a school's or a ward's staff whom the user sees eat alone, asked to lunch, is
  a colleague welcomed, not a teacher or a nurse serving the user asked out. Only lunch, and
  only with the newcomer seen eating alone: "ask the new maths teacher out for dinner" is still
  someone whose job is the user, and a barista or a cashier is never read this way.

A reading for `core.asks.described`, over the normal form of `core.asks.text` and the words
as written (`raw`), where a capital shows a name.
"""

from __future__ import annotations

import re

from core.asks.asked import Asked
from core.asks.roles import Who
from core.asks.text import NAME

_DESKS = (
    r"(?:office|work|accounts|finance|marketing|sales|hr|it|payroll|legal|design|ops|operations"
    r"|engineering|procurement|logistics|admin|support|compliance|research|(?:my|our) (?:team"
    r"|department|unit|branch|floor|shift))"
)
FROM_THE_OFFICE = re.compile(
    r"\b(?:[Aa]sk|[Ii]nvite|[Tt]ext|[Mm]essage|[Tt]ell|[Ee]mail|[Cc]all|[Rr]ing)"
    rf" ((?!I\b){NAME}) (?:from|in) (?:the |our |my )?{_DESKS}\b(?! (?:queue|building|block))"
)
"""A first name "from the office", "from accounts" or "from my team" ("ask Tsering from the
office"): not "from the post office", where the person serves the user."""

_NEWCOMER = re.compile(
    r"\bthe new (?:\w+ )?(?:teacher|nurse|doctor|lecturer|tutor|physio|therapist|librarian)\b"
)
"""A newcomer to a staff the user belongs to ("the new maths teacher", "the new nurse")."""
_EATS_ALONE = re.compile(
    r"\b(?:always |usually |often |just )?(?:eats|has (?:his|her|their) lunch|sits|has lunch"
    r"|lunches) (?:lunch )?(?:alone|on (?:his|her|their) own|by (?:himself|herself|themselves))\b"
)
"""The newcomer seen eating alone ("he always eats alone"), as colleagues see one another."""
_TO_LUNCH = re.compile(
    r"\b(?:(?:have|grab|get|eat|share|join (?:me|us) for|come (?:to|for)) lunch|(?:to|for) lunch"
    r"|lunch (?:with|together with) (?:me|us))\b"
)
"""The newcomer invited to lunch ("if he'd like to have lunch with me"), the whole ask."""
_MORE_THAN_LUNCH = re.compile(
    r"\b(?:number|digits|address|whatsapp|insta\w*|snap\w*|socials|hug|kiss|massage|dates?"
    r"|drinks?|dinner|tonight)\b"
)
"""Anything asked beside the lunch: then the newcomer is read as the words named them."""


def a_workmate(text: str, raw: str, asked: Asked) -> Asked | None:
    """A colleague named by first name from the user's workplace, or a newcomer to the staff
    the user sees eat alone and asks to lunch."""
    if asked.who in (Who.ORGANISATION, Who.NOBODY):
        match = FROM_THE_OFFICE.search(raw)
        if match is not None:
            return Asked(Who.COLLEAGUE, match.group(1).lower(), True)
    if asked.who is not Who.STAFF or not _NEWCOMER.search(asked.named_as):
        return None
    if not _EATS_ALONE.search(text) or not _TO_LUNCH.search(text):
        return None
    if _MORE_THAN_LUNCH.search(text):
        return None
    return Asked(Who.COLLEAGUE, asked.named_as, asked.as_object)
