"""A young person offered a paid chore with their parents' leave: work offered, not a hold.

"Ask the neighbours' teenage son if he'd like to earn some money mowing my lawn, after asking
his parents" names a child and a job, which the model hears as power over a child. But the
pay is offered and the parents are asked first: the yes or no stays with the family.
`core.asks.known_fair.overruled` lets the model's "power" stand only where the words lack
either, or press (unpaid, a debt recalled, "he has to").
"""

from __future__ import annotations

from core.asks.text import has, words

PAID = words(
    r"earn (?:\w+ )?(?:some |a bit of |a little |a few |extra )?(?:money|cash|pocket money"
    r"|quid|bucks|dollars|pounds|euros|rand|shillings)",
    r"(?:i'll|i will|i'd|i would|and) pay (?:him|her|them)\b",
    r"(?:for|at) (?:[£$€]\s?\d+|\d+ ?(?:quid|bucks|dollars|pounds|euros))",
    r"paid (?:job|work|chore|gig)|pocket money|a fair rate|the going rate",
)
"""Pay offered for the work."""
PARENTS_LEAVE = words(
    r"(?:after|once|when|if|but (?:only )?after) (?:i've |i have |i )?(?:ask\w*|check\w*"
    r"|clear\w*|talk\w* to|speak\w* to|ok\w*(?: it)? with|run\w* it by) (?:with )?(?:his|her"
    r"|their) (?:parents?|mum|mom|mam|dad|folks|guardian)",
    r"(?:with|if|once) (?:his|her|their) (?:parents?|mum|mom|mam|dad|folks|guardian)(?:'s|s')?"
    r" (?:permission|blessing|say-?so|agreement|leave|agrees?|(?:are |is |says? )?(?:ok|okay"
    r"|fine|yes))",
)
"""The parents asked first, or their leave made the condition."""
PRESSED = words(
    r"for free|for nothing|unpaid|without pay|no pay|owes? me|has to|have to|must|or else",
)
"""Words that turn the offer into a hold: then "power" stands."""


def offered_with_leave(text: str) -> bool:
    """Whether a young person is offered paid work with their parents asked first."""
    return has(PAID, text) and has(PARENTS_LEAVE, text) and not has(PRESSED, text, guided=False)
