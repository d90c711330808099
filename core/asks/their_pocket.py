"""Money asked of whoever serves the user, put as a favour: what they would pay, buy or hand
over out of goods that are not theirs to give (the forty-sixth round's hands).

"Ask the cashier at kroger if she'll just pay for my monster this time": the counter asked
whether she'll pay, which the older lexicon read only as "to pay for my". "Ask a lady at the
bakery counter to buy my birthday cake": someone asked to buy the user's own treat, a coffee,
a lunch or what the user celebrates with; buying the user's old records or spare ticket is a
sale to them, not this. "Ask a delivery rider if you can have one of the pizzas he's
carrying": what a rider or a courier carries is a customer's order, not the rider's to give.

Fair neighbours stay fair: "ask the record shop to buy my old vinyl" sells to them, "ask the
rider if he can leave the pizza with my neighbour" asks nothing of the order, and a friend
asked whether she'll pay for the user's ticket is `core.asks.decide`'s to allow.
`PERSONAL_MONEY` feeds `core.asks.requests.PERSONAL_MONEY` (refused of staff and strangers),
`FOR_NOTHING` `core.asks.taking_liberties.FOR_NOTHING` (refused of whoever serves); fragments
over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_TREAT = (
    r"(?:birthday \w+|coffee|lunch|dinner|breakfast|drinks?|groceries|shopping|petrol|fuel|meal"
    r"|food|snacks?|monster|red bull|energy drink)"
)
"""What the user would eat, drink or fill up with: a treat bought for them is paid for them."""

PERSONAL_MONEY = (
    r"(?:she|he|they|you)'(?:ll|d) (?:just |kindly |maybe )?pay for (?:my|me|us|our)\b",
    rf"(?:to|she'll|he'll|they'll|she'd|he'd|they'd|would|will|could) (?:just )?buy my {_TREAT}\b",
)
"""Whether she'll pay for the user, or would buy the user's coffee or birthday cake."""

FOR_NOTHING = (
    r"(?:delivery|courier|rider|deliveroo|uber ?eats|postman|postie)\b[^.!?]{0,40}\b(?:have"
    r"|take|get|grab|keep) (?:one|some|a couple|a slice|a bite|a piece|two) of (?:the|his|her"
    r"|their) (?:[\w-]+ )?(?:pizzas?|orders?|parcels?|packages?|deliveries|burgers?|meals?"
    r"|boxes|bags|food)\b",
)
"""One of the orders a delivery rider carries, asked of the rider."""
