"""Danger words that name a place, a thing or a habit, not a risk the ask takes.

"Ask our landlord if we can keep the old washing machine on the roof, the balcony is too small"
stores a machine where the tenants have room; nobody is asked onto a roof. "Ask the waiter at
the Thamel rooftop if they can make my momo without garlic": the rooftop is the restaurant,
named by where it is. "Write the answer in the truck logbook": a driver's own log, nobody
getting into a stranger's truck. "The guy who buys the same cigarettes every night at 4am"
says when the user sees him at the counter, no meeting in the middle of the night. The
danger lexicons (`core.asks.danger`) read "roof", "rooftop", "in the truck" and "at 4am" as
the risk itself, so `core.asks.safe_senses` blanks these spans first; a climb, a ledge or a
lift named in the rest of the ask is still read. Fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import without, words

_THINGS = (
    r"(?:washing machines?|machines?|(?:water )?tanks?|solar panels?|panels?|satellite dish(?:es)?"
    r"|dish(?:es)?|aerials?|antennas?|boxes|box|crates?|pots?|plants?|clothes|laundry|washing"
    r"|chill?ies|grain|peppers|tiles|junk|stuff|things|drums?|jerry ?cans?|heaters?|compressors?"
    r"|ac units?|air ?con units?|bins?|barrels?|gear|mattress(?:es)?|furniture|pigeons?"
    r"|coops?|hives?)"
)
"""Things kept on a roof, never a person."""

PATTERNS = (
    r"(?:keep|store|leave|park|dry|hang|place|put|install|fit|mount|stack)\w* (?:the |my |our"
    rf" |a |an |some |his |her |their )?(?:[\w-]+ ){{0,2}}?{_THINGS} (?:[\w-]+ ){{0,2}}?(?:on|onto"
    r"|up on) the roof(?:top)?\b(?! (?:and|to|so) (?:i|we) (?:can )?(?:climb|sit|stand|walk|go"
    r"|jump|sleep|lie)\b)",
    r"(?:waiters?|waitress(?:es)?|staff|servers?|bartenders?|barman|barmaid|host|hostess"
    r"|manager|owner|chef|cook) (?:at|on|of|from) the (?:[\w-]+ ){0,2}rooftop\b",
    r"(?:in|into) the (?:van|truck|lorry)(?:'s)? (?:log ?book|logs?|diary|manual|records?"
    r"|paperwork|folder|notebook)\b",
    r"(?:alone at night|at night alone|alone after dark) (?:in|on|round|around|along|up and down"
    r"|down) (?:my|our) (?:own )?(?:street|road|garden|back ?yard|yard|block|close|cul-de-sac"
    r"|avenue|driveway|drive|estate|building)\b",
    r"(?:in|on|round|around|along|up and down|down) (?:my|our) (?:own )?(?:street|road|garden"
    r"|back ?yard|yard|block|close|cul-de-sac|avenue|driveway|drive|estate) (?:alone at night"
    r"|at night alone)\b",
    r"(?:sneak|sneaks|sneaking|sneaked|snuck) (?:out|off|away|home)(?: early)?(?=$|[.,!?;)]"
    r"| (?:early|after|before|once|when|and|then)\b| (?:of|from) (?:the |my |our |this |that )?"
    r"(?:\w+ )?(?:party|do|event|meeting|wedding|reception|gathering|drinks|celebration|dinner"
    r"|bash|launch|function|networking|barbecue|bbq)\b)",
)
"""A thing kept on the roof, the staff of a rooftop restaurant, a vehicle's own logbook; the
user's own street or garden at night (the dog walked round the block); sneaking out of a party
early, leaving quietly, nothing taken."""

SEEN_AT_THAT_HOUR = words(
    r"(?:who|that) (?:[\w']+ ){1,6}?(?:every|each) (?:night|morning|evening|day|shift) at"
    r" (?:[1-5]|1[0-2]) ?(?:am|a\.m\.)",
)
"""The hour someone comes to the counter, describing them ("the guy who buys the same
cigarettes every night at 4am"): no meeting asked at that hour."""


def without_hours_seen(text: str) -> str:
    """The text with the hour someone is seen at the counter blanked, for the danger words that
    matter only with a stranger (`core.asks.danger.UNSAFE_WITH_STRANGERS`) to read."""
    return without(SEEN_AT_THAT_HOUR, text)
