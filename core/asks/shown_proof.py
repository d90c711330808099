"""A claim about the user that comes with their own proof, or a card used with its owner's
leave, so it is no pretence.

"Tell the bouncer I'm 25 and show my ID": an age said at the door reads as a lie the user
hopes passes unchecked, but one shown on the user's own ID is simply true and checked on
the spot; so is "show my student card and say I'm a student to get the discount", a status
the user's own card proves. A borrowed, an old or a fake card is no proof (`core.asks.posing`,
`core.asks.conduct` still read those). "Use my dad's card to pay for the groceries, he said
it's fine" is his money spent as he allowed, not his name borrowed: a plain payment card used
to pay, with the owner's leave said in the same breath. Used without asking, or an old press
or staff card used to get in, stays a pretence. The slots read deception on the text with
these spans blanked out (`without_true_claims`). It matches the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, without, words

_OWN_PROOF = (
    r"my (?:own |real |actual )?(?:id|id card|passport|driving licen[cs]e|driver's licen[cs]e"
    r"|licen[cs]e|birth certificate|proof of age)\b(?! (?:that|which) (?:says|looks|shows)\b)"
)
"""The user's own papers, shown as they are."""

AGE_SHOWN = words(
    rf"(?:say|claim|tell \w+(?: \w+)?) (?:that )?(?:i'm|i am) \d+\b,? (?:and|then|,) (?:i'll )?"
    rf"(?:show|hand over|give|pass|hold up) (?:\w+ )?{_OWN_PROOF}",
)
"""An age said and backed on the spot with the user's own ID."""

_STATUS = r"(?:student|pensioner|senior|nhs|military|veteran|teacher|nurse|member)"
_OWN_CARD = (
    rf"my (?:own |valid |current |real )?(?:{_STATUS}(?:'s)? )(?:card|id|id card|pass|railcard"
    r"|membership card)\b(?! (?:that|which) (?:says|looks|shows)\b)"
)
_SHOW = r"(?:show|shows|showing|flash|hand over|hold up|present|bring)"
_SAY_STATUS = r"(?:say|tell \w+(?: \w+)?|explain) (?:that )?(?:i'm|i am) (?:a |an )?"
STATUS_SHOWN = words(
    rf"{_SHOW} (?:\w+ )?{_OWN_CARD},? (?:and|then) {_SAY_STATUS}{_STATUS}s?\b",
    rf"{_SAY_STATUS}{_STATUS}s?\b,? (?:and|then|,) (?:i'll )?{_SHOW} (?:\w+ )?{_OWN_CARD}",
)
"""A status said and backed on the spot with the user's own card ("show my student card and
say I'm a student", "say I'm a pensioner and show my senior railcard")."""

_LEAVE = (
    r"(?:he|she|they)(?:'s| has| have)? (?:said|says|told me|agreed|offered)\b(?: (?:it's|its"
    r"|it is|that's|that it's|that|i can|i could|to|it was|it'd be))*(?: (?:fine|ok|okay"
    r"|alright|all right|cool|no problem|use it|pay))?|with (?:his|her|their) (?:permission"
    r"|blessing|say-so|ok|okay)|(?:he|she|they)(?:'s| is| are) (?:fine|ok|okay|happy) (?:with"
    r" (?:it|that)|for me to)|(?:he|she|they) (?:gave|lent|handed) (?:me )?(?:it|(?:his|her"
    r"|their) card)"
)
"""The owner's leave, said in the same breath ("he said it's fine", "with her permission")."""
CARD_LENT = words(
    r"us(?:e|ing) my (?:\w+ ){0,2}?\w+'s (?:credit |debit |bank |payment )?card (?:to (?:pay"
    r"|buy|order|top up|cover)|for)\b[^.!?;]{0,60}?\b(?:as|because|since|and|,)? ?"
    rf"(?:{_LEAVE})",
)
"""Someone's payment card used to pay, with their leave ("use my dad's card to pay for the
groceries, he said it's fine")."""
_UNKNOWN_TO_THEM = words(
    r"without (?:asking|telling)|(?:won't|wouldn't|doesn't|does not|never) (?:notice|know|find"
    r" out)|behind (?:his|her|their) back",
)
"""The owner kept in the dark, whatever leave the words claim."""


def without_true_claims(text: str) -> str:
    """The text with claims shown to be true, and cards used with leave, blanked out."""
    text = without(AGE_SHOWN, without(STATUS_SHOWN, text))
    return text if has(_UNKNOWN_TO_THEM, text, guided=False) else without(CARD_LENT, text)
