"""Things and money asked of someone in words the older lexicons missed (the hands-35 batches).

A guest's goggles or a hiker's walking sticks "left" to the user when they fly home ("ask them
to leave me their good walking sticks"), "gimme dem sunglasses", one of the wedding's silver
candelabras "carried home", a bottle "brought from duty free" by the hotel's guests, a
customer's change kept "as a tip", "send me a small GCash", a stranger helping "with my
daughter's school fees", a jar of the user's honey bought "to say thanks" for directions the
user gave unasked, and a drumstick from the order the rider delivers ("customer ordered fried
chicken ... if I can have one drumstick"). Each is a kind of ask: something out of the other
person's own pocket, whatever words name it. A newcomer's "welcome tax" (the new lad buying
the user a shake) is money asked as a due of someone short of family and friends, whoever the
rules found asked.

What stays fair: the user bringing their neighbour chocolates from duty free, asking how the
other conductor keeps his change so organised, a friend asked to help with the rent, a school
office asked about help with fees (an organisation), the user's own order shared. `MONEY`
feeds `core.asks.requests.MONEY`; `TOLLS` feeds `core.asks.customers.AS_A_GIFT`. Fragments
over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_NOT_A_WORD = (
    r"(?!(?:number|numbers|time|name|opinion|advice|feedback|review|details|email|contact|alone"
    r"|be|a message|message|note|a note)\b)"
)
"""A number or a word left for the user is contact or advice, read elsewhere, not a thing."""

_APPS = (
    r"(?:gcash|upi|gpay|g-pay|paytm|phonepe|m-?pesa|bkash|maya|paynow|swish|vipps|mobilepay"
    r"|venmo|paypal|zelle|cash ?app|revolut|e-?transfer|interac)"
)

MONEY = (
    rf"(?:leave|hand down|pass on) (?:me|us) (?:one of )?(?:their|his|her|dem|your) {_NOT_A_WORD}",
    rf"gimme (?:one of )?(?:dem|their|his|her|yuh|ya|your) {_NOT_A_WORD}",
    r"(?:carry|take|bring) (?:home|away|back) (?:one|two|some|a couple|a few|any) of (?:those"
    r"|these|the|their|her|his|dem) ",
    r"(?:bring|buy|get|grab|pick up) (?:me|us) (?:back )?(?:a |an |some |one )?(?:[\w-]+ ){0,3}?"
    r"(?:from|at|in) (?:the )?duty[- ]?free\b",
    r"keep (?:it|that|this|the change|(?:his|her|their) change|the rest) (?:as|for) (?:a |my )?"
    r"tip\b|(?:if|whether) (?:i|we) (?:can|could|may) (?:just )?keep (?:the|his|her|their)"
    r" change\b",
    rf"(?:send|give|transfer) (?:me|us) (?:a |some )?(?:small |little |quick )?{_APPS}\b",
    r"help (?:me |us )?(?:out )?(?:with|towards?|to pay|pay for|cover) (?:my|our)"
    r" (?:[\w'-]+ ){0,2}?(?:school fees|fees|tuition|rent|bills?|medical bills?|hospital bills?"
    r"|debts?|loan|mortgage|funeral costs)\b",
    r"(?:buy|pay for|tip me|give me) (?:[\w-]+ ){0,5}?(?:to say thanks|as (?:a )?thanks|as a"
    r" thank[- ]?you|to thank me|in return for (?:my|the) (?:help|directions|favour))\b",
    r"(?:he|she|they|customers?|clients?|guests?) (?:has |have |just )?ordered\b[^.!?;]{0,60}?"
    r"\b(?:if|whether) (?:i|we) (?:can|could|may) (?:have|try|taste|take|eat) (?:one|a|some"
    r"|a bite|a piece|a bit|a taste|a slice)\b",
)
"""Their things or money for the user: left or handed down, "gimme dem", carried home from the
event, brought from duty free, their change kept as a tip, sent by a payment app, fees or
bills helped with, the user's goods bought as thanks, a bite of the order the user delivers."""

TOLLS = (
    r"(?:welcome|newbie|newby|rookie|new ?boy|new ?girl|new ?lad|initiation) (?:tax|toll|levy)\b",
)
"""A due made up for a newcomer ("call it welcome tax"): money asked as theirs to give."""
