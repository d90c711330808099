"""A small tool of a stranger's lent for a minute or two and handed straight back.

"Ask someone at the stage to lend me his pump for my tyre for 2 minutes, I return it same
place", "Pen's dead at the counter: ask the fella next to me if I can borrow his for a minute
to sign this": the guidebook's pen for a minute (`core.asks.strangers.SMALL_PERMISSION`), in
other words and with other tools. The money lexicons read "lend me his ..." as the stranger's
own things taken, and the spot rule as more than a moment of their day. A tool used for a
minute or two where they stand is as small as a pen: a pump, a pen, a lighter, a charger, a
spanner. Where it stops: only tools (never a phone, a car, a bike, money or a card), only for
minutes or seconds ("for the afternoon" stays theirs), and "his" alone only when a tool is
named before it. Over the normal form of `core.asks.text`.
"""

from __future__ import annotations

import re

from core.asks.text import has, words

_TOOLS = (
    r"(?:pump|tyre pump|tire pump|bike pump|foot pump|pen|pens|biro|pencil|lighter|matches"
    r"|charger|charging cable|cable|lead|spanner|wrench|screwdriver|pliers|allen key|multitool"
    r"|multi-tool|tyre gauge|tire gauge|pressure gauge|jack|jump leads|jumper cables|scissors"
    r"|stapler|tape|tape measure|ruler|calculator|torch|flashlight|umbrella|hammer|rubber"
    r"|eraser|sharpener|glue|marker)"
)
_BRIEFLY = (
    r"for (?:a|one|two|three|five|a few|a couple of|a quick|\d+) (?:quick )?(?:minutes?|mins?"
    r"|secs?|seconds?|moments?|tick)\b"
)

LENT_BRIEFLY = words(
    rf"lend (?:me|us) (?:his|her|their|your|a|an|the) (?:[\w-]+ )?{_TOOLS}(?: for (?:my|the|our)"
    rf" [\w-]+)? {_BRIEFLY}",
    rf"borrow (?:his|her|their|your|a|an|the) (?:[\w-]+ )?{_TOOLS}(?: for (?:my|the|our)"
    rf" [\w-]+)? {_BRIEFLY}",
)
"""A tool lent for minutes: "lend me his pump for my tyre for 2 minutes"."""
_NAMED_BEFORE = re.compile(
    rf"\b{_TOOLS}(?:'s|s)?\b[^.!?]{{0,120}}?\bborrow (?:his|hers|theirs|yours|one|it) {_BRIEFLY}"
)
"""The tool named first, then borrowed as "his" for a minute ("pen's dead ... borrow his for a
minute")."""


def lent_for_a_minute(text: str) -> bool:
    """Whether a stranger is asked for a small tool for a minute or two."""
    return has(LENT_BRIEFLY, text) or _NAMED_BEFORE.search(text) is not None
