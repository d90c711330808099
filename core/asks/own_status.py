"""The user describing themselves ("as an international student"), not the person asked.

"Email Kela to ask if I can get housing allowance as an international student": the student
is the user, and the ask goes to an office named by its name. Read for a role, "an
international student" is a stranger, and an email to a stranger reads as contact details
wanted of them. `core.asks.asked` finds who is asked on the text with these words blanked
out; the words stay in the text every other reading sees. So is the user likened to a child
("go to the life drawing class alone, even if I draw like a child"). It matches the normal
form of `core.asks.text`.
"""

from __future__ import annotations

import re

_STATUS = (
    r"(?:student|pensioner|senior|tourist|foreigner|visitor|customer|member|resident|newcomer"
    r"|immigrant|migrant|refugee|expat|freelancer|beginner|first-timer|carer|parent|single"
    r" (?:mum|mom|dad|parent)|mum|mom|dad|(?:wo)?man|woman|person|guy|girl|worker|employee"
    r"|local|regular|volunteer)"
)
OWN_STATUS = re.compile(
    r"(?P<mine>\b(?:i|we|i'm|i am|we're|we are|me|us)\b[^,.;!?]{0,60}?)\bas (?:a|an)"
    rf" (?:[\w-]+ ){{0,2}}?{_STATUS}s?\b"
)
""""As a ..." after the user in the same clause: the user's own status."""


LIKENED = re.compile(
    r"\b(?P<mine>(?:i|i'm|i am|me)(?: \w+){0,2}?) like (?:a|an) (?:little |small )?(?:child|kid"
    r"|toddler|baby|five-year-old|schoolkid|schoolboy|schoolgirl)\b"
)
""""Even if I draw like a child": the user likened to a child, not a child asked."""


def without_own_status(text: str) -> str:
    """The text with the user's description of themselves blanked out, keeping the rest."""
    if " like a" in text:
        text = LIKENED.sub(lambda match: match.group("mine") + " ", text)
    if " as a" not in text:
        return text  # most asks describe nobody: skip the scan
    return OWN_STATUS.sub(lambda match: match.group("mine") + " ", text)
