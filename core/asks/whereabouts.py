"""A person's private contact and whereabouts, in more words than the older lexicon knew.

"Her own mobile, not the clinic line", "his personal mobile", "what time she knocks off",
"jam berapa she pulang" (Indonesian: when she goes home): a private line to someone met
at work, or when they leave it, which lets the user find them alone. The work line, the
shop's hours or the clinic's number stay fair to ask. Fragments for
`core.asks.requests.CONTACT_PERSONAL`, over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_LINE = r"(?:mobile|cell|cellphone|line|phone|number|digits|contact|email|whatsapp|landline)"
_LEAVES = (
    r"(?:knocks? off|clocks? off|clocks? out|packs? up|closes? up|heads? (?:home|off)|gets? out"
    r"|is done|wraps? up|finish(?:es)?|is free|gets? free|pulang|balik|selesai|sale|termina)"
)

CONTACT_PERSONAL = (
    rf"(?:their|his|her|your) (?:own|personal|private|direct|home) (?:\w+ )?{_LINE}",
    rf"not (?:the|their|his|her) (?:\w+ )?(?:company|work|office|clinic|shop|business|surgery"
    rf"|practice|salon|hospital|studio|restaurant|store|desk) {_LINE}",
    rf"(?:instead of|rather than) (?:the|their|his|her) (?:\w+ )?(?:company|work|office|clinic"
    rf"|shop|business|surgery|practice|salon|hospital|studio|restaurant|store|desk) {_LINE}",
    rf"(?:when|what time|jam berapa|a qué hora|a que hora) (?:she|he|they|dia|ella|él|el)"
    rf" (?:usually |normally |always )?{_LEAVES}",
    r"(?:her|his|their) (?:daily |usual |exact )?(?:timings|schedule|whereabouts|movements)",
    r"(?:which|what) (?:block|village|town|barangay|kampung|colony|sector|area|estate|street"
    r"|road|floor|unit|flat|house) (?:\w+ ){0,2}(?:she|he|they) (?:stays?|lives?|lodges?)",
    r"where (?:she|he|they) (?:is|are|goes|go|hangs? out|stays?) (?:on|at|in|every)"
    r" (?:weekends?|nights?|sundays?|saturdays?)",
)
"""A private line, when someone leaves work, their daily timings, where exactly they stay."""
