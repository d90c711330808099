"""Words of danger used in a safe sense, blanked before `core.asks.danger.UNSAFE` reads an ask.

"The wee shops are getting hammered" by costs, not drunk; "the knife shop" is where a knife
is bought, and holding one there before paying is how it is chosen; "I lost the card
somewhere in the truck" leaves a thing in a vehicle, nobody getting into one; going to the
office oneself "without paying the agent" skips a middleman's fee, no meal walked out on nor
work taken for nothing. `core.asks.slots` reads the ask's danger, and the unpaid work it may
want, on the text with these spans blanked out. The patterns match the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

SAFE_SENSES = words(
    r"(?:shops?|stores?|business(?:es)?|sales|trade|takings|margins|farmers|growers|industry"
    r"|high street|economy|market|pubs|restaurants|cafes|cafés)(?: \w+)? (?:are|is|were|was"
    r"|have been|has been|got|get|gets|getting|being)(?: getting| being)? hammered",
    r"(?:knife|knives) (?:shop|shops|store|stores|maker|makers|smith|sharpening|sharpener|block)",
    r"(?:lost|left|dropped|forgot|misplaced) (?:it|them|the \w+|my \w+|a \w+)(?: \w+)?"
    r" (?:somewhere )?in the (?:van|truck|lorry)",
    r"without paying (?:the|an|a|any) (?:\w+ )?(?:agent|agents|middleman|middlemen|broker|tout"
    r"|touts|fixer|dalal|commission|agency fee|booking fee)",
)
"""Danger words in a safe sense: shops hammered by costs, a knife shop, a thing left in the
truck, a middleman's fee not paid."""
