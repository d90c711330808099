"""A past favour recalled between equals, with the no left free: reciprocity, not guilt.

"Remind my friend that I helped him move last year and ask if he can help me this time, no
pressure" recalls a favour done and asks one back, and says outright that a no is fine. The
same reminder made a debt ("he owes me", "so he can't say no"), held back for a hesitation
("if he says no, remind him ..."), kept up until they give, or reaching into grief or illness
("when his dad died") is the guilt `core.asks.leverage` reads, and stays pressure; so does a
reminder with no such word at all ("lend me her car and remind her I covered her rent").
A turn taken in a swap is the other way the favour is even: "remind my sister I looked after
her kids last month and ask if she can have mine on Saturday" asks the same care back, hers
for mine, as parents who share minding do. `without_returned_favours` blanks the reminder
only when the no is left free or the turn is swapped, so the readings of pressure read the
rest. Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, without, words

_THEY = r"(?:he|she|they)"

REMINDED = words(
    r"remind (?:\w+ ){0,3}(?:that |how |of (?:the time|when) )?i(?:'ve)? (?:\w+ )?(?:helped|lent"
    r"|covered|drove|gave|looked after|took|cooked|fed|did|fixed|carried)\b",
)
"""A past favour of the user's recalled ("remind my friend that I helped him move")."""

FREE_NO = words(
    r"no pressure|no worries if (?:not|he can't|she can't|they can't)|no obligation|no strings",
    rf"(?:it's |it is |that's |totally |completely |absolutely |perfectly )*(?:fine|ok|okay|cool"
    rf"|alright|all right) if {_THEY} (?:can't|cannot|can not|says? no|doesn't|don't|won't|isn't"
    rf"|aren't|is busy|are busy|has plans|have plans)",
    rf"{_THEY} (?:can|is free to|are free to|can always|can totally|can easily) (?:say no|decline"
    r"|turn (?:me|it) down)",
)
"""The no left free in so many words ("no pressure", "fine if he can't")."""

_TURN = (
    r"(?:looked after|watched|minded|babysat|had|took|fed|walked|covered|hosted|drove|picked up)"
)
SWAPPED = words(
    rf"remind (?:\w+ ){{0,3}}(?:that )?i(?:'ve)? (?:\w+ )?{_TURN} (?:her|his|their) (?:\w+ )?"
    r"(?:kids|children|boys|girls|twins|little ones|dogs?|cats?|pets?|plants|shifts?|class|school"
    rf" run)\b[^.!?;]{{0,60}}\b(?:have|take|watch|mind|look after|babysit|feed|walk|cover|host"
    r"|drive|pick up|do) (?:mine|ours|my (?:kids|children|boys|girls|dogs?|cats?|shift))\b",
)
"""A turn in a swap recalled, the same care asked back ("I looked after her kids ... can have
mine on Saturday"): even, not a debt."""

LEANS = words(
    r"owes?|owing|debt|pay (?:me|it) back|return the favour|can't (?:really )?(?:say no|refuse)"
    r"|cannot (?:say no|refuse)|(?:has|have|had|must|got) to (?:say yes|help|agree|lend|give|come"
    r"|do it)|until|till|unless|guilt\w*|feel (?:bad|guilty|awful|terrible)|every (?:time|favour)"
    r"|all the (?:times|favours|things)|everything i|all i(?:'ve)? (?:did|done)",
    rf"(?:if|when|once|the moment) {_THEY} (?:\w+ )?(?:says? no|refuses?|hesitates?|declines?"
    r"|won't|doesn't|don't|pauses?|wavers?|is unsure)",
    r"died|passed (?:away|on)|funeral|hospital|chemo|cancer|sick|ill\b|illness|grief|police"
    r"|prison|jail|court|bail\w*|rehab|his (?:dad|mum|mother|father)|her (?:dad|mum|mother|father)",
)
"""What turns the favour into a debt or a lever: owing, a no made impossible, a hesitation
met with it, a campaign, or grief, illness and trouble with the law recalled."""


def without_returned_favours(text: str) -> str:
    """The ask with a favour-recalling reminder blanked, when the no is left free or the same
    turn is asked back, and nothing leans on the person."""
    even = has(FREE_NO, text) or has(SWAPPED, text)
    if not has(REMINDED, text) or not even or has(LEANS, text):
        return text
    return without(REMINDED, text)
