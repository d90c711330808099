"""An invitation turned down, then asked again dressed as another ask.

"She knocked back a drink at the Crossways so ask her to lunch instead. Technically a different
ask so it doesn't count": a drink declined is a no to the user's company, and lunch "instead"
asks the same thing again in other words, the loophole the user names. Read into the ask's
`repeats_after_no` by `core.asks.asked_again`. Each shape needs a no to an outing or a date
first and then an outing asked "instead", or the user's own word that it is "a different ask";
an alternative asked of a shop that turned down a refund, or lunch asked of someone who never
said no, stays fair. Over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_TURNED_DOWN = (
    r"(?:knocked|knocks|turned|turns) (?:me |my \w+ )?(?:back|down)|said no to|says no to"
    r"|declined|rejected|refused|shot (?:me |it )?down|blew me off|passed on|wasn't keen on"
    r"|was not keen on|said (?:she|he|they) (?:wasn't|was not|weren't) (?:interested|keen)"
)
"""A no, in the words users write: knocked back, turned down, said no to, passed on."""
_OUTING = (
    r"(?:a |an |some |the )?(?:drinks?|coffee|tea|lunch|dinner|brunch|breakfast|date|movie"
    r"|movies|cinema|pictures|walk|dance|night out|meal|picnic|gig|concert|show)\b"
)
_ASKED_ANEW = r"(?:ask|invite|take) (?:her|him|them) (?:out )?(?:to|for|out for|on)"

PATTERNS = words(
    rf"(?:{_TURNED_DOWN}) (?:my |our |the |an? )?(?:\w+ )?{_OUTING}[^!?]{{0,80}}?\b{_ASKED_ANEW}"
    rf" {_OUTING}(?:[^.!?]{{0,30}}\binstead\b)",
    rf"(?:{_TURNED_DOWN})\b[^!?]{{0,160}}?\b(?:technically|strictly|really) (?:it's |its |it is"
    r" |that's |this is )?(?:a |an )?(?:different|new|another|separate|fresh|other) (?:ask"
    r"|question|request|invite|invitation|thing)\b",
    rf"(?:{_TURNED_DOWN})\b[^!?]{{0,160}}?\b(?:so |then |and )?(?:it |that |this )?(?:doesn't"
    r"|does not|won't|will not|shouldn't|should not) count\b",
)
"""A date or an outing declined, and another asked "instead" or as "a different ask"."""


def asks_round_a_no(text: str) -> bool:
    """Whether the ask asks again, in other words, what someone already turned down."""
    return has(PATTERNS, text)
