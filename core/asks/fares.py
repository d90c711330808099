"""A ride asked for nothing: the fare waived by whoever collects it.

A conductor, a tout, a driver or a ticket office asked to let the user ride free ("let me ride
to Westlands bure, no fare", "take me for free", "let me on without a ticket"), or a guard to
let them into the cinema without one, gives away takings that are not theirs, and may lose the
job for it: the goods-for-nothing reading of `core.asks.decide`, like a shop's goods. A friend
asked for a lift is not read here (the rule reads only staff, organisations and people the
words leave unnamed), nor is a free shuttle asked about ("whether the shuttle is free").
Matches the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

_FREE = (
    r"(?:for free|free of charge|for nothing|bure|gratis|gratuit\w*|on the house|without"
    r" (?:paying|a ticket|a fare|the fare|paying (?:the |a |my )?(?:fare|ticket))|with no"
    r" (?:fare|ticket)|no fare|no ticket)(?! yet\b)(?![^.!?;]{0,40}\b(?:lost|broke|broken|stolen"
    r"|left (?:it|them|my \w+)|on my phone|can show|booking|email|receipt|already paid|paid"
    r" online|e-?ticket)\b)"
)
"""A ride or a way in for nothing; a ticket said lost, left at home or shown another way (the
booking email, the receipt) is a paid one, not asked free."""
RIDES_FREE = words(
    r"(?:let|lets|letting|allow|allows) (?:me|us|my \w+) (?:\w+ )?(?:ride|travel|on|board|in"
    r"|into|inside|go"
    rf"|through|sit)\b[^.!?;]{{0,40}}\b(?:{_FREE}|free(?! (?:[\w-]+ )?(?:tour|shuttle|bus|event"
    r"|session|class|day|trial|wifi|time|seat|sample)s?\b))\b",
    rf"(?:take|drive|carry|drop|bring) (?:me|us) (?:\w+ ){{0,4}}?{_FREE}(?! (?:shuttle|bus))\b",
    r"(?:waive|skip|forget|drop|let me off) (?:\w+ )?(?:my |the |our )?(?:fare|ticket)s?\b",
    r"(?<!a )(?<!the )free (?:ride|trip|journey|fare)s?\b(?! (?:scheme|pass|card|day|zone|service"
    r"|bus|shuttle|for (?:seniors|pensioners|students|kids|children|under)))",
)
"""A ride asked for nothing, whether with a ticket office's words or a conductor's."""
