"""A trainee's own work done again at work, shown once more by the user who trains them.

"Ask Kevin the Azubi to make the Laugenbrezeln again, the shape is not good, and show him one
more time": a baker training an apprentice asks for the pretzels to be shaped again and shows
how. Anything asked of someone the user holds power over is power (`core.asks.decide._power`),
but this is the training itself, the job the apprentice is there to learn, no favour to the
user. It is read as the person's own affair (`core.asks.their_own_affairs`) only where the
words ask the work done again ("make the ... again", "redo the ...") and the user shows them
how once more, and nothing in the rest is the user's own ("my car", "for me"), held over the
person ("or else", "or she fails", "he needs my sign-off", "unpaid") or out of hours ("on
Sunday", "his day off", "stay late"). The neighbours stay power: the apprentice asked to wash
the user's car, to redo the work over the weekend; one filmed remaking the choux is still
filming. Over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words
from core.asks.their_own_affairs import FOR_THE_USER, HELD_OVER

_CRAFT = (
    r"(?:make|bake|do|cut|fold|sew|shape|roll|plait|braid|weld|mix|knead|ice|decorate|pipe|wrap"
    r"|plate|write|draw|label|stack|pack|clean|wipe|set|lay|paint|sand|fit|wire|solder|stitch"
    r"|press|iron|cook|prep|fry|build|assemble|glaze|trim|cut)"
)
REDONE = words(
    rf"{_CRAFT}\w* (?:the|that|this|those|these) (?:[\w-]+ ){{0,2}}?[\w-]+ (?:again|once more"
    r"|one more time)\b",
    r"(?:redo|re-do|remake|re-make)\w* (?:the|that|this|those|these) (?:[\w-]+ ){0,2}?[\w-]+",
)
"""The work asked for again: "make the Laugenbrezeln again", "redo the hem"."""
SHOWN_AGAIN = words(
    r"show (?:him|her|them) (?:again|one more time|once more|how(?: to)?|properly)\b",
    r"show (?:him|her|them) (?:\w+ ){1,3}?(?:again|one more time|once more)\b",
    r"(?:explain|demonstrate)\w* (?:it |how )?(?:again|one more time|once more)\b",
)
"""The user showing them how once more."""
_OUT_OF_HOURS = words(
    r"weekends?|saturdays?|sundays?|day off|days off|rest days?|holiday|after (?:hours|closing"
    r"|work|the shift|shift|his shift|her shift|their shift)|stay (?:late|behind|back)"
    r"|overtime|at (?:my|his|her|their) (?:house|home|flat|place)|tonight|midnight|unpaid",
    r"or (?:else|she|he|they|you)\b|fail\w*|sack\w*|fired?|report|evaluation|review|reference"
    r"|sign-?off|signature|probation|contract|needs? (?:my|the) \w+|owes?",
)


SHOWN_HOW = words(
    r"^(?:show|teach|train|walk)\w* (?:the|our|my|a|an|\w+,? (?:the|our|my)) (?:new )?(?:[\w-]+ )?"
    r"(?:intern|trainee|apprentice|junior|new starter|new hire|azubi|student|work experience \w+)s?"
    r",? (?:how (?:we|to|the)|the ropes|where (?:we|the)|through (?:how|the))\b",
)
"""The user showing someone in their charge how the work is done ("show the intern how we do
the closing cleaning"): the training itself, nothing asked of them."""


def trains_them(text: str, named_as: str) -> bool:
    """Their own work done again and shown once more, or the work shown them the first time
    (`SHOWN_HOW`), with nothing of the user's, no lever and nothing out of hours."""
    if redoes_their_own_work(text, named_as):
        return True
    if not has(SHOWN_HOW, text, guided=False):
        return False
    held = (FOR_THE_USER, HELD_OVER, _OUT_OF_HOURS)
    return not any(has(lexicon, text, guided=False) for lexicon in held)


def redoes_their_own_work(text: str, named_as: str) -> bool:
    """Whether the ask, read after the person named, is their own work done again and shown
    once more, with nothing of the user's, no lever and nothing out of hours."""
    start = text.find(named_as) if named_as else -1
    rest = text[start + len(named_as) :] if start >= 0 else text
    if not has(REDONE, rest) or not has(SHOWN_AGAIN, rest):
        return False
    held = (FOR_THE_USER, HELD_OVER, _OUT_OF_HOURS)
    return not any(has(lexicon, rest, guided=False) for lexicon in held)
