"""What the user says will follow a no: a secret told, a visit withheld, a door barred.

`core.asks.threats` reads the common threats; these are the shapes it leaves, each a no
answered in advance: "if he doesn't lend me his truck I'm not coming to Mom's birthday", "if
he doesn't lend me his PS5 I'm telling everyone who his crush is", "I'll tell Mammy about his
debts", "if she not swap shift I tell supervisor she smoke", "I tell her mother where she
was on Saturday", "I will withdraw my support for their promotions if they do not back my
proposal", "I'll bar 'em if they don't sign up", "my kids won't have Christmas and it's gonna
be her fault". A plan of the user's own after a no
("if he can't, I'll rent a van", "if she says no, I'll tell her that's fine", "I'll cancel my
order if it doesn't come") costs the person nothing and is not read. Read into the ask's
`demands` by `core.asks.slots`; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_THEM = r"(?:she|he|they|you|the \w+|my \w+|\w+)"
_NO = (
    r"(?:don't|doesn't|do not|does not|didn't|did not|won't|will not|wouldn't|can't|cannot|not"
    r"|no|never|refuses?|says? no|said no|isn't|aren't)"
)
"""A no, or its dialect form ("if she not swap shift", "if he no give")."""
_I = r"(?:i|we)(?:'ll| will|'m| am|'m gonna|'m going to| gonna| am going to|'d| would)?"

_FAILING = (
    r"(?:smokes?|vapes?|drinks?|steals?|stole|lies|lied|cheats?|cheated|owes?|skives?|bunks?"
    r"|gambles?|fiddles?|sleeps around|slept with|fancies|likes|copied|cheats on)"
)
"""A habit or a failing of the person's, told on ("she smoke in the toilet")."""
_SECRET = (
    r"(?:crush|secret|secrets|debts?|past|affair|record|history|habit|habits|ex|grades|marks"
    r"|salary|diagnosis)"
)
_TELL = (
    rf"{_I} (?:\w+ )?(?:tell|telling|tellin|post|posting|share|sharing|spread|spreading|show"
    r"|showing) (?!(?:him|her|them|you)\b(?! (?:mum|mom|mother|mam|dad|father|parents|boss"
    r"|husband|wife|partner|girlfriend|boyfriend|teacher|manager)\b))(?:\w+ ){1,3}?"
)
_TELLS_ON_THEM = (
    rf"{_TELL}(?:(?:who|what|where|about) (?:\w+ )?(?:his|her|their|your) (?:\w+ )?{_SECRET}"
    rf"|(?:who|what|where|about) (?:he|she|they|you) (?:\w+ )?(?:did|does|was|were|is|are|has"
    rf"|went|goes|sees|saw|really)|(?:that )?(?:he|she|they|you) (?:\w+ )?{_FAILING})\b"
)
"""A secret or a failing of the person's told to others: a crush, a debt, a habit at work."""
_WITHHELD = (
    rf"{_I} (?:not|never|no longer|won't be|will not be) (?:coming|turning up|showing up"
    r"|attending|be there)(?: to| at| for)? (?:her |his |their |your |\w+'s )\w+",
    rf"{_I} (?:\w+ )?(?:withdraw|pull|take back|revoke|block|veto|drop|cut)\w* (?:my |our |all"
    r" (?:my |our )?)?(?:support|backing|vote|votes|sponsorship|recommendation|reference"
    r"|endorsement|funding)\b",
    rf"{_I} (?:\w+ )?(?:(?:bar|ban|blacklist|exclude|sack|fire|dock)\w* (?:him|her|them|'em"
    r"|you)\b(?! (?:a|an|the|some|my|our)\b)|(?:kick|throw|boot|chuck|turf)\w* (?:him|her"
    r"|them|'em|you) (?:out|off)\b)",
)
"""A visit, a vote or a place withheld from the person: the birthday skipped, the support
withdrawn, the door of the bar closed to them."""
_THEIR_FAULT = (
    r"(?:it's|it is|it'll be|it will be|it'd be|it would be|it's gonna be|it's going to be"
    r"|that's|that'll be) (?:all )?(?:her|his|their|your) (?:own )?fault",
    r"(?:my|our) (?:kids|children|family|little ones|baby|babies) (?:won't|will not|can't"
    r"|wouldn't|'ll go without|will go without) (?:have|get) (?:a |any )?(?:christmas|presents"
    r"|gifts|food|dinner|a roof|school|shoes|a birthday)\b",
)
"""The hurt a no is said to cause, laid on the person: "it's gonna be her fault"."""

_ACTS = "|".join((_TELLS_ON_THEM, *_WITHHELD, *_THEIR_FAULT))

THREATENED_NO = words(
    rf"(?:if|unless|when) {_THEM} (?:\w+ )?{_NO}\b[^.!?;]{{0,80}}?\b(?:{_ACTS})",
    rf"(?:{_ACTS})\b[^.!?;]{{0,60}}?\b(?:if|unless) {_THEM}(?: \w+)? {_NO}\b",
)
"""A no answered in advance with one of the acts, before it or after it."""


def threatens_a_no(text: str) -> bool:
    """Whether the ask says what the person will suffer for a no: a secret told, a visit or a
    vote withheld, a door barred, a hurt laid at their feet."""
    return has(THREATENED_NO, text)
