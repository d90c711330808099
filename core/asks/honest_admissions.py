"""Plain truths the user states with an ask, in words the deception lexicons read as a lie.

"Ask the waiter whether they might seat me by the window, though I've not booked" admits
the one thing a pretence would hide; "ask for my Sunday off, it is in my contract" cites
the user's own terms. `DECEPTION` in `core.asks.deception` reads "though I've not ..." and
", it is in my ..." as the truth set against a claim ("say it's my birthday, though it
isn't"; "say I lost it, it's in my bag"), so the slots read deception on the text with these
admissions blanked out, unless the words also tell someone something, claim or pretend,
where the same clause can be the truth the user hides. It matches the normal form of
`core.asks.text`.
"""

from __future__ import annotations

import re

from core.asks.plain_truths import PLAIN_TRUTHS
from core.asks.text import has, without, words

ADMITTED = words(
    r"(?:even though|though|although|but) (?:i|we)(?:'ve| have)? (?:not|haven't|have not|didn't"
    r"|did not|don't|do not) (?:got |made |have )?(?:booked|reserved|(?:a |any )?(?:booking"
    r"|reservation|appointment)s?)",
    r"(?:even though|though|although|but) (?:i|we)(?:'ve| have)? (?:not|haven't|have not|didn't"
    r"|did not|don't|do not) (?:got |have |yet )?(?:got )?(?:the |a |an |my |our )?(?:\w+ )?"
    r"(?:account|membership|card|paperwork|licence|license|registration)\b(?: \w+)?(?: yet)?",
    r"(?:,|\.| \() ?(?:it|that|this)(?:'s| is| was) (?:all |clearly |written |stated |set out"
    r" |right there )?in my (?:\w+ )?(?:contract|terms|agreement|job description|tenancy|lease"
    r"|offer letter|handbook)",
    r"(?<=show me how to )[^.!?]{0,60}?(?:,|\.|;|-) ?(?:i(?:'ve| have) )?been (?:faking|bluffing"
    r"|winging|blagging) (?:it|my way through)\b",
    r"(?:even though|though|although|but|when|even if) (?:i'm|i am|we're|we are) not (?:buying"
    r"|ordering|eating|drinking|staying|shopping|a (?:customer|guest|member|patient|resident))"
    r"(?: (?:anything|something|here|there|today|now|a thing|with them|at the \w+))?\b",
)
"""No booking owned up to, no trade account or membership yet ("ask Bunnings for trade price
even though I haven't got the trade account sorted yet"), a right the user's contract gives
them, or a skill the user owns up to having faked, asked to be shown properly ("ask Tama if
he'll show me how to run the digger properly, been faking it"): the ask ends the bluff; and
the user owning up to not being a customer ("if I can use the toilet even though I'm not buying
anything"), which is the truth a pretence would hide."""
_TOLD = re.compile(
    r"\b(?:say|says|saying|said|tell|tells|telling|told|claim\w*|pretend\w*|swear\w*|act(?:ing)?"
    r" like|make out)\b"
)
"""Words telling someone something, where a stated truth may be the one kept back."""


def without_admissions(text: str) -> str:
    """The text with what the user owns up to blanked out, when nothing is told or claimed;
    plain truths (`core.asks.plain_truths`) whatever is told."""
    text = without(PLAIN_TRUTHS, text)
    if _TOLD.search(text) is not None or not has(ADMITTED, text):
        return text
    return without(ADMITTED, text)
