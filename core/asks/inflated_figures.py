"""Inflated figures, in words: income or numbers told or written as more than they are.

"Tell the landlord I earn more than I really do so he gives me the flat", "tell the bank I make
180k instead of 95k on the mortgage pre-approval", "decirle al landlord que gano más de lo que
gano", "put 40k a month on the car finance form, the bank never checks": a figure the user's
own words say is not theirs, told to a landlord or a lender or written on a form. Telling a
landlord the real salary, or asking for 60k instead of 55k in a pay talk, stays fair: each
shape needs the figure with what belies it (more than the user makes, one number "instead of"
the real one, "the bank never checks"); a delay told for a refund with the real one beside it
("Bei der Bahn angeben, der ICE hatte 2 Stunden Verspätung, it was 40 min") is the same, and
so is a closure told as weeks, "only 2 days really".
`core.asks.deception.DECEPTION` joins them to its own; fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

_EARN = r"(?:make|makes|earn|earns|get paid|take home|bring in|gross|clear|turn over|have saved)"
_MORE_THAN_SO = (
    rf"(?:i|we) {_EARN} (?:\w+ ){{0,2}}?(?:more|bigger|higher|double|twice)(?: money)? than"
    rf" (?:i|we) (?:really |actually |truly )?(?:do|did|{_EARN})\b"
)
"""More than the user makes, in their own words."""

_FIGURE = r"(?:[$£€₹₦]|r|ksh|rs\.?)?\d[\d,.]*\s?(?:k|m|grand|lakh|lakhs|million)?"
_INSTEAD = (
    rf"(?:i|we) {_EARN} {_FIGURE}\b(?: (?:a|per|an) (?:year|month|week|annum))?"
    rf" (?:instead of|not|rather than|when it's really|when it is really) {_FIGURE}"
)
"""One figure told "instead of" the real one: "I make 180k instead of 95k"."""

_MAS_DE_LO_QUE = (
    r"(?:gano|ganamos|cobro|tengo|ganho|recebo) (?:\w+ ){0,3}?(?:más|mas|mais) (?:\w+ ){0,2}?"
    r"(?:de lo que|do que) (?:realmente |de verdad |na verdade )?(?:gano|ganamos|cobro|tengo"
    r"|ganho|recebo)\b"
)
"""The same in Spanish or Portuguese: "gano más de lo que gano"."""

_ON_THE_FORM = (
    r"(?:put|putting|write|writing|enter|entering|fill\w* in|declare|declaring|list|listing"
    r"|tick|ticking)\b[^.!?;]{0,40}\b(?:on|in|into) (?:the|my|our|a) (?:[\w-]+ ){0,3}?(?:form"
    r"|application|paperwork|declaration|questionnaire|return)\b[^.!?]{0,40}\b(?:the \w+|they|he"
    r"|she|nobody|no one) (?:never|don't|doesn't|won't|will never|can't|never ever|hardly ever"
    r"|rarely) (?:even |actually |really )?(?:check|checks|verify|verifies|look|looks|ask for"
    r" proof)\b"
)
"""A figure written on a form that the user counts on nobody checking."""

_DURATION = r"(?:hours?|hrs?|stunden|std|horas|heures|minutes?|mins?|minuten|minutos)"
_DELAY_BELIED = (
    r"(?:tell|tells|say|says|claim\w*|report\w*|put|write|angeben|sagen|behaupten|decir|dizer"
    r"|dire)\b[^.!?;]{0,60}?\b(?P<said_delay>\d+) " + _DURATION + r" (?:\w+ )?(?:late|delay\w*"
    r"|verspätung|retraso|atraso|de retard|behind)\b[,;.] (?:but |actually |really |in fact |when"
    r" )?(?:it was|it's|it is|es war|war|era|foi|c'était)? ?(?:only |just |nur |actually |really"
    r" )?(?!(?P=said_delay)\b)\d+ " + _DURATION + r"\b"
)
"""A delay told, then the real one: "say the ICE was 2 hours late, it was 40 min"."""

_SPAN = r"(?:days?|weeks?|months?|hours?|hrs?|years?|nights?)"
_SPAN_BELIED = (
    r"(?:tell|tells|told|say|says|said|claim\w*|report\w*)\b[^.!?;]{0,80}?\b(?:\d+|two|three"
    rf"|four|five|six|seven|eight|nine|ten|a few|several) (?:whole |full )?{_SPAN}\b[^.!?]{{0,80}}?"
    r"[,;.—–] ?(?:but |really |actually |in fact |in truth |it was |it's |was )*(?:only|just)"
    rf" (?:\d+|one|a|two|three|four|five|a few|a couple(?: of)?|half an?) {_SPAN}\b(?= ?(?:really"
    r"|actually|in fact|in truth|tbh|lol|haha)\b|[^\w\s]|$)"
)
"""A span told for a fee cut, then the real one: "my stall was closed 2 weeks from the cyclone
so they cut my market fee, only 2 days really". "Only 2 days left to apply" is a deadline."""

PATTERNS = (_MORE_THAN_SO, _INSTEAD, _MAS_DE_LO_QUE, _ON_THE_FORM, _DELAY_BELIED, _SPAN_BELIED)
"""Each figure with what belies it; `core.asks.deception.DECEPTION` joins them to its own."""
