"""The user's own prices checked by a peer: a question about the market, not about the user.

"Ask the other plumber on the job to look at my quote and tell me if I'm charging too little",
"ask a fellow tutor whether I'm asking too much per hour", "check with another stallholder if
I'm pricing my jam too low": what is judged is a figure the user set, against what others in
the trade charge, and the answer is a number to change. The judgement lexicon's "if I'm ...
too ..." ("if I'm too boring", "whether I'm too fat") would read the same words as the user's
worth put to someone, so `core.asks.judgement` leaves these spans out. A figure the user is
paid by someone else ("if I'm paid too little for what I do") stays a question of pay, read
elsewhere; a worth asked outright ("if I'm worth the money") is not a price set, and is still
read as a judgement. Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

import re

OWN_RATES = re.compile(
    r"\b(?:if|whether|that) (?:i'm|i am|i was) (?:charging|asking|quoting|pricing|billing)"
    r"(?: (?:for|on) )?(?: (?:my|the|this|that|these|it|them) (?:[\w-]+ ){0,2}?)?"
    r"(?: \w+)? too (?:little|much|low|high|cheap|cheaply|steep)\b"
)
""""If I'm charging too little", "whether I'm pricing my cakes too low": a figure the user set,
asked against the trade's."""
