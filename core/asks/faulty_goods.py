"""Goods that failed soon after they were bought, taken back to the seller: a fair complaint.

"My bearings died after one week, go back to the shop that sold them and ask them to swap
them", "the kettle stopped working after three days, ask for a refund": the user asks the
seller to stand behind what it sold, which is what a shop's returns are for. The model hears
"a thing broken, taken back" the way it hears the lie of a thing claimed broken, so this
reading keeps its deception from standing (`core.asks.known_fair`). It needs the failure, the
short time and the swap all in the words, and holds only when nothing says the user broke it
("I dropped it", "after I sat on them"); a story told or a word of untruth is left to
`known_fair` to weigh.
"""

from __future__ import annotations

from core.asks.text import has, words

FAILED_SOON = words(
    r"(?:died|broke|broken|stopped working|fell apart|packed (?:in|up)|gave up|gave out|quit"
    r"|split|snapped|leak(?:s|ed|ing)|cracked|came apart|went dead|ripped|tore)"
    r" (?:\w+ ){0,2}(?:after|within|in) (?:only |just )?(?:one|a|two|three|four|five|six|\d+)"
    r" (?:days?|weeks?|months?|uses?|rides?|washes)",
)
"""Something that failed soon after it was bought."""
TAKEN_BACK = words(
    r"(?:swap|exchange|replace|refund|repair|fix|mend)\w* (?:it|them|the \w+|my \w+|for)",
    r"(?:a |my )?(?:refund|replacement|exchange|repair)",
)
"""The seller asked to make it good."""
OWN_DOING = words(
    r"(?:i|we|my (?:son|daughter|kid|dog|brother|sister)) (?:\w+ )?(?:dropped|broke|smashed"
    r"|cracked|spilled|spilt|sat on|ran over|stood on|stepped on|lost|washed|bent|overloaded)",
    r"(?:my|our) (?:own )?fault",
)
"""The user's own doing: then it is no fault of the goods."""


def taken_back(text: str) -> bool:
    """A purchase that failed soon, taken back to be made good, with no sign the user broke it."""
    failed = has(FAILED_SOON, text) and has(TAKEN_BACK, text)
    return failed and not has(OWN_DOING, text, guided=False)
