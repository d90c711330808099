"""Words of danger used in a safe sense, blanked before `core.asks.danger.UNSAFE` reads an ask.

"The wee shops are getting hammered" by costs, not drunk; "the knife shop" is where a knife
is bought, and holding one there before paying is how it is chosen; "I lost the card
somewhere in the truck" leaves a thing in a vehicle, nobody getting into one; going to the
office oneself "without paying the agent" skips a middleman's fee, no meal walked out on nor
work taken for nothing; "I'm 16" beside someone "who is 16 too" is two peers, no minor put at
risk by an adult; "give my dad a lift home after his drinks" is the safe way home for him,
and so is a lift "from my sober mate" after the user's; a colleague "on the next crane"
works there, and asking them to check the load chart keeps the lift safe. `core.asks.slots`
reads the ask's danger, and the unpaid work it may want, on the text with these spans
blanked out. The patterns match the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.places_not_perils import PATTERNS as PLACES_NOT_PERILS
from core.asks.risks_asked_about import PATTERNS as RISKS_ASKED_ABOUT
from core.asks.text import has, without, words

_TEEN = r"(?:1[3-7]|thirteen|fourteen|fifteen|sixteen|seventeen)"
_RISKS = (
    r"(?:pints?|beers?|drinks?|alcohol|wine|vodka|shots?|vapes?|cigarettes?|smokes?|lift|ride"
    r"|drive|car|app|online|stay over|sleep over|his place|her place|their place)"
)
"""What a teenager's age still makes unsafe, whoever else is the same age."""

SAFE_SENSES = words(
    r"(?:shops?|stores?|business(?:es)?|sales|trade|takings|margins|farmers|growers|industry"
    r"|high street|economy|market|pubs|restaurants|cafes|cafés)(?: \w+)? (?:are|is|were|was"
    r"|have been|has been|got|get|gets|getting|being)(?: getting| being)? hammered",
    r"(?:knife|knives) (?:shop|shops|store|stores|maker|makers|smith|sharpening|sharpener|block)",
    r"(?:on|in|from|at) the (?:next|other|neighbouring|adjacent) crane\b",
    r"(?:lost|left|dropped|forgot|misplaced) (?:it|them|the \w+|my \w+|a \w+)(?: \w+)?"
    r" (?:somewhere )?in the (?:van|truck|lorry)",
    r"without paying (?:the|an|a|any) (?:\w+ )?(?:agent|agents|middleman|middlemen|broker|tout"
    r"|touts|fixer|dalal|commission|agency fee|booking fee)",
    rf"(?:i'm|i am) (?:only |just )?{_TEEN}\b(?!.*\b{_RISKS}\b)(?=[^.!?]{{0,80}}\b(?:(?:who is"
    rf"|who's|she's|he's|they're|they are) (?:also {_TEEN}\b|{_TEEN} (?:too|as well)\b"
    r"|(?:the )?same age|my age)))",
    r"(?:give|giving|offer|offering|drive|driving) (?:my \w+|him|her|them) (?:a (?:lift|ride) )?"
    r"(?:home|back)(?= (?:\w+ ){0,3}?after (?:his|her|their) (?:\w+ )?(?:drinks|pints|beers"
    r"|night out|do|party))",
    r"(?:lift|ride)s? (?:home |back )?(?:from|with) (?:my |our |a |the )?(?:sober|designated)"
    r" (?:\w+ )?(?:mate|friend|pal|driver|sister|brother|partner|wife|husband|cousin)",
    r"(?:leave|leaving|go|going|head|heading|get|getting|finish|finishing|knock off|close|closing"
    r"|shut|shutting|work|working|stay|staying|let (?:us|me|them) go) (?:\w+ ){0,3}?(?:because"
    r"|as|since|due to|with|before)(?: of)? (?:there's |there is )?(?:the |a |an )?(?:storm|cyclone"
    r"|typhoon|hurricane|flood|blizzard|heatwave|red|amber|yellow)(?: \w+)? (?:warning|alert"
    r"|coming|watch)\b",
    *PLACES_NOT_PERILS,
    *RISKS_ASKED_ABOUT,
)
"""Danger words in a safe sense: shops hammered by costs, a knife shop, a thing left in the
truck, a middleman's fee not paid, a teenager's own age said beside someone said to be the same
age ("I'm 16, ask out the girl from my class who is 16 too"), the user driving someone home
after their drinks, a lift home from a sober friend, leaving work early or shutting up shop
because of a storm warning (shelter sought, no storm braved); a place, a thing or a habit named by a
danger word (`core.asks.places_not_perils`); why others take a risk, asked of someone who
knows (`core.asks.risks_asked_about`)."""
THANKS_BOTTLE = words(
    r"(?:i'll|i will|i'd|i can|and|then i'll) (?:bring|give|get|buy) (?:him|her|them) (?:a|some)"
    r" (?:nice |good |decent )?(?:bottle|box|case) of (?:wine|red|white|bubbly|prosecco)",
)
"""A bottle of wine the user brings a helper as thanks ("I'll bring him a bottle of wine");
spirits stay drink."""
_YOUNG = words(
    r"1[0-7]|under ?age|too young|teens?|teenagers?|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|kids?|child|children|lad|lads|boy|boys|girl|girls|minors?|year \d+|grade \d+",
)
"""Any sign the helper may be young: then a bottle given them is drink for a minor, wherever
the age is said ("ask the lad next door, he's 15, ... I'll give him a bottle of wine")."""


def without_safe_senses(text: str) -> str:
    """The text with danger words in a safe sense blanked, for `core.asks.danger` to read."""
    safe = without(SAFE_SENSES, text)
    return safe if has(_YOUNG, text) else without(THANKS_BOTTLE, safe)
