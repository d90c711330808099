"""Money asked in words the older lexicons missed (the hands-36 batches): an empty pocket
given as the reason, a sum "on top of" what was paid, a fund of the user's, a "likkle someting".

"Ask a random guy at the Späti to buy my Club Mate bc i forgot my wallet", "ask the uncle at
next table if can share his chicken rice, say I forgot wallet lah": the user's own wallet left
at home is the reason, and what is asked with it (bought, shared, covered) is asked to be paid
for by the other person, whatever the thing is called. "Ask a client for an extra twenty on
top of her tip for my Ibiza fund": a sum over what she already paid, for a fund of the user's.
"Ask di man dem ... fi give mi a likkle someting": a tip asked in Jamaican, as "a little
something" is in English. Each is a kind of ask: money out of the other person's pocket.

What stays fair: the user's own wallet forgotten and nothing asked of anyone ("ask the café if
I can pay by card, I forgot my wallet" asks the counter a question), an extra ten minutes on
top of the break, a friend asked to spot the user lunch (family and friends may be asked for
money). `MONEY` feeds `core.asks.requests.MONEY`; fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

_PAID_FOR = r"(?:buy|get|cover|share|pay for|spot|shout|treat) (?:me|us|my|our|his|her|their)\b"
"""Something bought, shared or covered for the user ("buy my Club Mate", "share his rice")."""
_NO_WALLET = (
    r"(?:forgot|forgotten|left|lost|didn't bring|don't have|haven't got) (?:my |me )?(?:wallet"
    r"|purse|money|cash|bank card)\b"
)
"""The user's own wallet or purse left behind, given as the reason."""

MONEY = (
    rf"{_PAID_FOR}[^.!?]{{0,80}}\b{_NO_WALLET}",
    rf"{_NO_WALLET}[^.!?]{{0,80}}\b{_PAID_FOR}",
    r"extra (?:[\w$£€]+ ){1,2}?on top of (?:her|his|their|the) (?:tip|bill|fare|payment|fee"
    r"|price)\b",
    r"for (?:my|our) (?:[\w-]+ ){0,2}?(?:fund|savings|piggy bank)\b",
    r"(?:give|gi|gimme) (?:mi |me )?(?:a )?(?:likkle|lickle|little|lil|small) (?:someting"
    r"|something|sumting|summat)\b",
)
"""Money for the user: a thing bought or shared because the user's wallet is at home, a sum
over a tip already paid, a fund of the user's, "a likkle someting"."""
