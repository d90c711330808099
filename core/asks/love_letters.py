"""Feelings declared in writing or out loud: a date asked in all but the word.

"Write a love letter to the married lady on the 3rd floor", "slip a romantic poem under her
door", "send him a valentine's card", "confess my feelings to the new trainee": the card asks
no outing, yet puts the user's romantic interest before the person, which the rules weigh by
who they are as they weigh a date. To the user's own partner it is the point of the card; to
a neighbour's wife, a stranger or someone serving the user it is pursuit. A thank-you letter,
a cover letter or a poem read at an open mic name no feelings and stay what they were.
Fragments for `core.asks.affection.ROMANCE`, over the normal form of `core.asks.text`.
"""

from __future__ import annotations

ROMANCE = (
    r"(?:love|romantic|mushy|secret admirer) (?:letters?|notes?|poems?|poetry|cards?|messages?"
    r"|songs?|texts?)",
    r"valentine(?:'s|s)? (?:day )?(?:cards?|notes?|letters?|poems?)",
    r"(?:confess|declare|tell (?:her|him|them)) (?:my |all my )?(?:love|feelings|crush)\b",
)
"""A love letter, a romantic poem or a valentine's card, or love or a crush confessed."""
