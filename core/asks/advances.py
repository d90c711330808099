"""A date in other words than "ask out": meeting up, going out, being taken dancing.

`core.asks.affection.ROMANCE` holds the plain words of a date; these are the softer ones a
card uses for the same thing ("see if he wants to meet up", "if he'd take me dancing",
"to meet me for tea"), read as a date so that asking it of a stranger, of someone at work or
of someone off limits is pursuit all the same. Offered to a friend or a partner they ask
nothing a rule refuses. It matches the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

ADVANCES = words(
    r"(?:see|ask|whether|if) (?:\w+ ){0,2}(?:wants?|fancies|would like|'d like|wanna) (?:to )?"
    r"(?:meet up|go out)\b(?! with (?:us|the (?:group|team|gang)))",
    r"(?:wants?|would like|'d like) (?:to )?go out\b(?! with (?:us|the (?:group|team|gang)))",
    r"take me (?:dancing|out dancing|to (?:dinner|the (?:movies|cinema|pictures)|a (?:movie"
    r"|film|show)))\b",
    r"(?:to )?meet (?:me|you|up with (?:me|you)) (?:for|over) (?:a |some )?(?:tea|coffee|chai|drink"
    r"|drinks"
    r"|dinner|lunch|a meal)\b",
    r"(?:has|have|got) (?:such )?(?:beautiful|gorgeous|lovely|pretty|stunning|dreamy|amazing)"
    r" (?:eyes|lips|legs|hair)\b",
    r"(?:will|would|'ll|'d|wants? to|to) marry me\b|propos\w* (?:marriage|companionship|courtship"
    r"|a relationship|to be (?:my|his|her) (?:wife|husband|companion))\b",
)
"""Meeting up, going out, being taken dancing, tea one to one, a compliment on the eyes, or
marriage or companionship proposed ("if she will marry me")."""
