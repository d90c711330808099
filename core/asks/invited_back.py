"""A no that came with an invitation to come back: no repeat when the user comes back.

"Ask my boss for a raise again next month - she said no in January but told me to check after
the review", "... she said no but said to revisit": the manager who said no also asked the
user to raise it again, so asking again is taking her at her word, not pressing past her no.
It is read only of the people whose "later" is an answer to come back to (a manager, a
landlord, an office, the user's own family), and only when the invitation is theirs: the
user's own "I said I'd try again", an ask pressed ("every week", "until she gives in") or a
plain no asked again next week stay repeats (`core.asks.asked_again`), and so does a date
asked again, whatever was said. Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks import affection
from core.asks.deferrals import PRESSED_WORDS
from core.asks.persistence import REPEAT_STRONG
from core.asks.roles import Who
from core.asks.text import has, without, words

_SAID = (
    r"(?<!\bi )(?<!\bwe )(?:said|says|told (?:me|us)|asked (?:me|us)|suggested|invited (?:me|us)"
    r"|wants? (?:me|us)|encouraged (?:me|us))"
)
"""The one who said no, speaking: not the user ("I said I'd try again")."""
_WHO_COMES_BACK = (
    r"(?:that )?(?:(?:i|we) (?:should|could|can|may|might|'d|would|'ll|will) |(?:she|he|they)(?:'d"
    r"|'ll| would| will| could| can| might) |to )?"
)
_BACK = (
    r"(?:revisit|circle back|follow up|touch base|come back(?! (?:for|with)\b)|bring (?:it|this"
    r"|that) (?:back )?up|raise (?:it|this|that) (?:again|later|after|at|in|once|when)"
    r"|(?:check|ask)(?: (?:her|him|them))? (?:back|again|in|after|at|once|when|later|nearer|then)"
    r"|try again|re-?apply|put (?:it|me) forward again|look at (?:it|this|that) again)"
)
"""Coming back to the ask: to check after the review, to revisit, to ask again in spring."""
_BUSY_BUT = (
    rf"{_SAID} (?:(?:that )?(?:she|he|they)(?:'s| is|'re| are|'d be| would be) )?(?:too |really"
    rf" |so |a bit )?(?:busy|swamped|away|slammed|booked up|tied up)\b[^.!?;]{{0,30}}? but"
    rf" {_WHO_COMES_BACK}{_BACK}\b"
)
INVITED_BACK = words(rf"{_SAID} {_WHO_COMES_BACK}{_BACK}\b", _BUSY_BUT)
"""The one who said no asking the user to come back ("told me to check after the review",
"said to revisit", "said she'd look at it again in June"), or who was only busy and said to
ask again later ("Ana said she's busy this week but to ask her again next month")."""
_PRESSED = words(PRESSED_WORDS, r"(?:tomorrow|tonight|later today|this afternoon|the next day)\b")
"""The ask pressed: a no given more than once, asked daily or until it turns, or put again the
next day, sooner than any invitation to come back meant."""

_NO_BUT = words(r"(?:she|he|they) (?:said|says|told (?:me|us)) no but\b")
"""The no joined to the invitation that follows it ("she said no but said to revisit"), which
`core.asks.persistence.REPEAT_STRONG` reads as a no pressed past when nothing follows."""

_COMES_BACK_TO = frozenset({Who.MANAGER, Who.LANDLORD, Who.ORGANISATION, Who.FAMILY})
"""Those whose invitation to come back is an answer to return to; a date's is not read."""


BUSY_THEN = words(_BUSY_BUT)
"""Not a no at all: someone too busy now who said to ask again later, whoever they are."""


def invited_back(text: str, who: Who) -> bool:
    """Whether the one who said no asked the user to come back to it, and the user does so
    without pressing: the invitation and the no it follows blanked out, nothing else in the
    words may press past a no ("third time's the charm", "until it's a yes"). Anyone who was
    only busy and said to ask again later (`BUSY_THEN`) is taken at their word too, unless
    the ask is a date (`core.asks.affection.ROMANCE`)."""
    busy = has(BUSY_THEN, text) and not has(affection.ROMANCE, text)
    if not (busy or who in _COMES_BACK_TO) or not has(INVITED_BACK, text):
        return False
    if has(_PRESSED, text, guided=False):
        return False
    return not has(REPEAT_STRONG, without(_NO_BUT, without(INVITED_BACK, text)))
