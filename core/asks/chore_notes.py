"""A note left at home about a shared chore, every day until it is done: the household's
business, not an ask pressed past a no.

"Leave a note for my flatmate every day until he notices the dishes", "stick a post-it on the
fridge for my housemates each morning till they take the bins out": the note is about the
dishes or the bins the user shares with whoever lives with them, and leaving it again until the
chore is seen to is how a household reminds itself. `core.asks.persistence.REPEAT_STRONG` hears
"every day until he notices" as chasing someone who has not answered, so `core.asks.asked_again`
reads a repeat with these notes blanked out.

The unfair neighbours stay repeats: "text her every day until she replies", a note left for the
flatmate every day until she agrees to a date (no chore in it), a note for the neighbour every
day until he lends the car (no one the user lives with). Fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import without, words

_HOUSEHOLD = (
    r"(?:my|our|the) (?:\w+ )?(?:flat-?mates?|house-?mates?|room-?mates?|roomies?|flat|house"
    r"|household|kids|children|son|daughter|husband|wife|partner|boyfriend|girlfriend|brothers?"
    r"|sisters?|family)"
)
"""Whoever the user shares a home with, and so its chores."""
_CHORES = (
    r"(?:dishes|washing[- ]up|bins?|rubbish|trash|recycling|laundry|washing|hoovering|vacuuming"
    r"|cleaning|rota|fridge|bathroom|toilet|kitchen|sink|mess|towels?|shopping list|plants)"
)
"""A chore a household shares: the dishes, the bins, the rota."""

CHORE_NOTES = words(
    r"(?:leave|leaving|stick|sticking|put|putting|write|writing|tape|taping|pin|pinning)"
    r" (?:up )?(?:a|an|the|my|little) (?:\w+ )?(?:notes?|post-?its?|reminders?|sticky notes?"
    r"|signs?)"
    rf" (?:[\w'-]+ ){{0,4}}?(?:for|to) {_HOUSEHOLD}\b[^.!?;]{{0,50}}?\b(?:until|till|til)"
    rf" (?:he|she|they|someone|somebody)\b[^.!?;]{{0,30}}?\b{_CHORES}\b",
)
"""A note left for the people the user lives with until one of them sees to a shared chore."""


def without_chore_notes(text: str) -> str:
    """The text with any note left about a household's shared chore blanked out."""
    return without(CHORE_NOTES, text)
