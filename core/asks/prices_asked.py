"""A price asked of whoever sells the thing or does the job, among a stranger's small moments.

"ask the man who fix phones at the flea market how much to change the screen" asks what the
one who does the job is there to answer. The rules found no problem in it, but the model read
a stranger put on the spot (1.84, in the forty-ninth round), and the trainer keeps its
threshold clear of every fair ask it could refuse: this reading tells it that it cannot
(`core.asks.strangers.a_small_moment`). How much someone earns or weighs is no price.
A lexicon over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

PRICE_ASKED = words(
    r"how much (?:(?:it|that|this) )?(?:costs?|would cost|to (?:fix|change|repair|replace|mend"
    r"|clean|make|sew)|for (?:a|an|the|one|two|three|four|five|ten|\d+)\b)"
)
"""The price of a thing or a job ("how much to change the screen", "how much for ten")."""
