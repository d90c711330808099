"""Strangers asked to account for themselves: their choices, their reading, their people.

"Ask the young lad reading on the front seat why he's reading that and make him explain it to
me", "ask the passengers eating in the food court why they travel so much, they must explain
me", "walk up to strangers on Bondi and ask them why they haven't bought property yet", "ask
a Finnish stranger at the bus stop to explain me why Finns don't talk to people", "ask the
tourists at the next table to explain, out loud, why they came to Peru", "ask the uncle on
the bench why he votes for who he votes", "ask the family at the next table why they eat
koshary with a fork", "ask the family at the next table to explain their offering": a
stranger owes nobody a reason for their book, their travel, their vote, their table's ways
or their country's, and being asked for one in public leaves them no easy way out. Asking a
stranger why the bus is late, the waiter to explain the menu, or a friend why she moved to
Berlin, asks nothing of the kind (the rule reads strangers only). Fragments for
`core.asks.manners.PERSONAL_QUESTION`, over the normal form
of `core.asks.text`.
"""

from __future__ import annotations

_THEY = r"(?:they|he|she|you)"
ACCOUNT_FOR_THEMSELVES = (
    r"(?:make|get|force) (?:him|her|them|the \w+) (?:to )?(?:explain|justify|account for)\b",
    rf"{_THEY} (?:must|have to|has to|need to|needs to|should|gotta|got to) (?:explain|justify)"
    r" (?:it |themselves |himself |herself )?(?:to )?me\b",
    rf"why {_THEY}(?:'re| are|'s| is)? (?:\w+ )?(?:reading|wearing|eating|drinking|watching"
    r"|listening to|buying|carrying) (?:that|this|those|these)\b",
    rf"why {_THEY} (?:haven't|hasn't|have not|has not|never|still haven't|still hasn't"
    r"|didn't|don't) (?:\w+ ){0,2}?(?:bought|buy|got|married|marry|had|have kids|owned|settled"
    r"|saved|invested)\b",
    rf"why {_THEY} (?:\w+ )(?:so (?:much|often|many|little|few|late|early)|all the time)\b",
    r"why (?:the )?\w+s (?:people |folk )?(?:don't|do not|never|always|are so|are always|can't"
    r"|won't) (?:\w+ ){0,2}?(?:talk|smile|speak|say hello|say hi|greet|tip|queue|hug|make eye"
    r" contact|laugh|chat)\b",
    rf"explain\w*(?: (?:it )?(?:to )?me)?,? (?:out loud,? |aloud,? |one by one,? |in front of"
    rf" (?:\w+ ){{1,2}})?why {_THEY}\b",
    rf"why {_THEY} (?:came|come|moved|chose|picked|vote|votes|voted)\b",
    rf"why {_THEY} (?:eat|eats|wear|wears|dress|dresses|pray|prays) (?:\w+ ){{0,3}}?(?:with"
    r"|like that|that way|instead of|and not|rather than)\b",
    r"(?:next|neighbouring|nearby) table\b[^.!?]{0,40}?\bto explain (?:to me )?(?:their|why"
    r"|what|how)\b",
)
"""A stranger made to give reasons: for their reading or their food, for not owning a home
or marrying, for travelling so much, for what their people are said to be like, for why they
came or how they vote, or for their table's ways, explained out loud to the user."""
