"""Those in the user's care asked for a bargain from their own trade: a patient's discount.

"Ask Mallam Sani in bed 7 who owns a fabric shop to give me lace for Sallah at cost price, he
needs my care", "ask mi patient who own the car mart if him can give mi a discount pon a car
since mi clean him teeth so good": the person is the user's patient, in a bed on the user's
ward, or someone the user treats or cleans the teeth of, and is asked for a discount, a price
at cost or goods for free for the user. A patient cannot easily refuse whoever holds their
care, so the bargain trades on it, whoever the roles found asked.

Each shape needs both the care and a bargain for the user ("give me", "mi a discount"). Fair
neighbours stay fair: a patient asked whether he would like the window open, a nurse asking
the pharmacy whether her patient can get his medicine at cost, the user's own dentist asked
for a discount for paying cash (the user is the patient there). Joined to
`core.asks.off_limits.TRADES_ON_POSITION`; fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

_CARE = (
    r"(?:(?:my|mi|our) (?:\w+ )?patients?\b|\bpatients? (?:in|on) (?:bed|bay|ward|room) \w+"
    r"|\bin (?:bed|bay|cubicle) \d+[a-z]?\b|(?:he|she|they|him|dem) (?:still |really |all )?needs?"
    r" (?:my|mi|our) (?:care|nursing|treatment)\b|(?:since|as|because|cos|coz|after) (?:i|mi|we)"
    r" (?:\w+ )?(?:clean|cleaned|treat|treated|nurse|nursed|stitch|stitched|fill|filled|operate"
    r"|operated|care for|cared for|look after|looked after) (?:\w+ )?(?:him|her|them|his|their"
    r"|dem)\b)"
)
"""The person in the user's care: "my patient", "in bed 7", "he needs my care", "since mi
clean him teeth"."""
_BARGAIN = (
    r"(?:give|gi|sell|do|let|offer|find|get)\w* (?:me|mi|us) (?:[\w'-]+ ){0,6}?(?:discount"
    r"|at cost|cost price|cheaper|for free|free of charge|gratis|special price|good price"
    r"|mates? rates|wholesale|half price|staff price)\b"
)
"""A price cut, a price at cost or goods for nothing, for the user."""

PATTERNS = (
    rf"{_CARE}[^.!?;]{{0,120}}?\b{_BARGAIN}",
    rf"{_BARGAIN}[^.!?;]{{0,120}}?{_CARE}",
)
"""Care and bargain in either order; `core.asks.off_limits.TRADES_ON_POSITION` joins them."""
