"""Dates asked of someone who has already said they do not want one.

"Ask my ex's best friend out, even though she said she's not interested", "ask him on a date
anyway, he told me he isn't into me", "take her to dinner although she made it clear she
doesn't see me that way": the person's answer to a date is given before the card is drawn, so
asking again is pursuit, whoever they are to the user, even with no "again" in the words
(which `core.asks.persistence` needs to read a repeat). The no must be about the user or a
date ("not interested in me", "not interested", full stop); "not interested in the film", or
"she said she's interested too", leaves the date fair. Read into the ask's
`dates_someone_off_limits` by `core.asks.dates_off_limits`, with its words for a date;
fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_SHE = r"(?:she|he|they)"
_SAID = (
    rf"(?:(?:said|says|told me|made it (?:clear|plain)|has said|has told me|already said"
    rf"|already told me)(?: that)? )?{_SHE}"
)
UNWELCOME = words(
    rf"{_SAID}(?:'s| is|'re| are|'s just| is just) not (?:really |at all )?(?:interested|into me"
    r"|into that|keen)(?! in (?!(?:me|us|dating|a date|going out|a relationship|anything more"
    r"|more|seeing me|that)\b))",
    rf"{_SAID} (?:isn't|aren't|wasn't|weren't) (?:really |at all )?(?:interested|into me|keen)"
    r"(?! in (?!(?:me|us|dating|a date|going out|a relationship|anything more|more|seeing me"
    r"|that)\b))",
    rf"{_SAID} (?:doesn't|does not|don't|do not) (?:like|see|want|fancy) me (?:that way|like that"
    r"|in that way|back)",
    rf"{_SAID} (?:only|just) (?:sees?|wants?) me as a friend",
)
"""The person's own no to the user or to a date, said before the card ("she said she's not
interested", "he isn't into me", "doesn't see me that way")."""


def reports_their_no(text: str) -> bool:
    """Whether the words report the person's no to the user or to a date, given already; a date
    asked with it (`core.asks.dates_off_limits`) is pursuit."""
    return has(UNWELCOME, text, guided=False)
