"""A few minutes of language practice asked of a traveller, where they stand.

"Ask a Japanese tourist at Ta Prohm if I can practise Japanese with him 5 minute, if he say
busy I say ok no problem": a guide-to-be asks a visitor for a few minutes of talk in the
visitor's language. Like the way or the time, it is asked of someone already standing there,
it is short and said so, and easy to decline. The spot rule read "if I can practise ..." as a
permission asked of a stranger that is more than a moment (`core.asks.strangers`). Where it
stops: the minutes are said and few (up to a quarter of an hour, not "for an hour"), and the
practice is not joined at their table or over their meal ("sit at their table and practise my
Japanese", still refused as joining strangers), nor asked every day. Over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

_LANGUAGES = (
    r"(?:english|japanese|spanish|french|korean|german|chinese|mandarin|cantonese|italian"
    r"|portuguese|thai|arabic|russian|dutch|hindi|vietnamese|khmer|swahili|turkish|greek"
    r"|indonesian|tagalog|polish|hebrew|language|conversation|speaking)"
)
_FEW_MINUTES = (
    r"(?:for )?(?:about |only |just |a quick )?(?:a few|a couple of|one|two|three|four|five|ten"
    r"|fifteen|1|2|3|4|5|10|15) ?(?:minutes?|mins?)\b"
)

BRIEF_PRACTICE = words(
    rf"practi[cs]\w* (?:my |some |a bit of |a little )?(?:\w+ )?{_LANGUAGES}(?: conversation)?"
    rf" with (?:him|her|them|me|us)(?: together)? {_FEW_MINUTES}(?![^.!?]{{0,40}}\b(?:table"
    r"|dinner|lunch|meal|eating|sit|join|every|each|daily|again)\b)",
)
"""A few minutes' practice in a language ("practise Japanese with him 5 minute")."""
