"""Asks that may fairly be made again, in words: a fix an office promised and has not made, a
repair a landlord owes, the user's own account held by the company that runs it, an
application tried again. `core.asks.asked_again` reads them with who is asked, so chasing what
is owed is never read as pressing past a no (`core.asks.persistence`). The lexicons match the
normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

PROMISED = words(
    r"promised|(?:they|he|she)(?: did)? (?:said|say) (?:they|he|she)(?:'d|'ll| would| will)"
    r"|still (?:hasn't|has not|haven't|have not|isn't|is not|not) (?:been )?(?:fixed|sorted|done"
    r"|repaired|replaced|collected)"
)
"""A fix the office itself promised and has not made ("they did say they'd sort it"): chasing
it, however often, holds them to their word rather than pressing past a no."""
_DEFECTS = (
    r"(?:damp|mou?ld|leak|leaks|boiler|heating|heater|hot water|radiators?|shower|toilet|sink"
    r"|taps?|window|lock|door|roof|ceiling|wiring|fridge|oven|cooker|washing machine|pipes?"
    r"|drains?|gutters?|extractor fan|fan|lights?|socket|intercom|buzzer|lift|potholes?"
    r"|street ?lights?|pavement|footpath|road|crossing|bus shelter)"
)
REPAIR_OWED = words(
    r"(?:fix(?:ing|es)?|repair(?:ing|s)?|mend(?:ing|s)?|sort(?:ing)?(?: out)?|see(?:ing)? to"
    r"|deal(?:ing)? with|look(?:ing)? at|come (?:and |to )?(?:fix|repair"
    r"|look at|see to|sort)) (?:the |my |our |that |this )?(?:[\w-]+ ){0,2}?" + _DEFECTS + r"\b",
    r"(?:about|re|regarding|over) (?:the |my |our |that |this )?(?:[\w-]+ ){0,2}?"
    + _DEFECTS
    + r"\b(?: in (?:the |my |our )?\w+)?(?:[^.!?]{0,80}?)\b(?:fix|repair|mend|sort|see to|deal"
    r" with)(?:ed|ing|es)? (?:it|them|that)\b",
)
"""A repair a landlord owes the tenant ("ask the landlord AGAIN to come fix the damp"), or a
council the street ("ask when they're fixing the pothole on our street, third time of asking",
"email the landlord about the damp ... and ask for a date they'll fix it"):
chased when it has not been done, it is the tenant's or the resident's due, not a no pressed;
a no named in the words still makes it a repeat."""
OWN_ACCOUNT_HELD = words(
    r"(?:my|our) (?:\w+ )?(?:account|profile|card|listing|page) (?:got|was|has been|have been|is"
    r"|been|had been) (?:\w+ )?(?:blocked|suspended|frozen|locked|banned|restricted|deactivated)"
)
"""The user's own account held by the company that runs it: asked of that company, an appeal."""
APPLIES = words(r"appl(?:y|ying|ies|ication)|re-?apply\w*")
"""An application (a job, a course, a grant): trying again later is ordinary, not pursuit."""
