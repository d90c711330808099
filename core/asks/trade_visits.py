"""A tradesperson asked to come to the user's home: their job, not a date.

"Come to my flat" is one of the ways a date is asked for (`core.asks.affection.ROMANCE`), and
read alone it refused "ask the plumber to come to my flat tomorrow", a call-out any tenant or
owner makes; a hotel guest's "housekeeping to come to my room to change the towels" is the
same. Here the visit is hidden from the romance lexicon when the one asked to come is a trade
that works in people's homes, or the hotel's staff with their job to do in the room, and
nothing social follows: "the cute plumber", a visit "tonight" or "for a drink", dinner or a
film stay a date asked of someone at work.
"""

from __future__ import annotations

from core.asks.text import words

VISIT = words(
    r"(?<!cute )(?<!hot )(?<!handsome )(?<!fit )(?<!gorgeous )(?<!sexy )"
    r"(?:plumber|electrician|sparky|handyman|gas (?:engineer|fitter|man)|gasman"
    r"|boiler (?:man|engineer)|locksmith|technician|repair ?man|builder|decorator|painter"
    r"|carpenter|joiner|roofer|glazier"
    r"|exterminator|pest control(?: \w+)?|fitter|installer|tiler|plasterer|engineer|surveyor"
    r"|caretaker|maintenance (?:man|guy|team|people)|(?:cable|internet|wifi|broadband) (?:guy|man)"
    r"|fundi)s? (?:[\w']+ ){0,5}?(?:come|pop|drop|swing) (?:round |over |by |back |out )?(?:to|at)"
    r" my (?:place|flat|house|home|apartment|room)\b"
    r"(?!.{0,60}\b(?:tonight|drinks?|dinner|wine|beer|date|hang out|chill|movie|film|night"
    r"|with me)\b)",
    r"(?<!cute )(?<!hot )(?<!handsome )(?<!fit )(?<!gorgeous )(?<!sexy )(?<!pretty )"
    r"(?:housekeeping|housekeepers?|room service|cleaners?|maids?|chambermaids?|reception"
    r"|receptionists?|front desk|(?:the )?desk|concierge|porters?|bellboys?|bellhops?|hotel"
    r"(?: staff)?|staff|maintenance(?: \w+)?|night manager|duty manager)"
    r" (?:[\w']+ ){0,5}?(?:come|pop|swing|head|send (?:someone|somebody|a \w+)) (?:up |over"
    r" |by |round |back )?(?:up )?(?:to|into|by) my (?:hotel |guest )?room(?: \w+){0,2}?"
    r" (?:to|and) (?:(?:please|quickly|just) )?(?:change|bring|replace|fix|repair|clean|tidy"
    r"|make up|make the bed|hoover|vacuum|empty|take away|collect|pick up|deliver|drop off"
    r"|restock|refill|top up|look at|check|sort|unblock|unclog|reset|set up|swap|turn down"
    r"|have a look)\b"
    r"(?!.{0,60}\b(?:tonight|drinks?|dinner|wine|beer|date|hang out|chill|movie|film|night"
    r"|nightcap|cuddle|company|alone|stay|with me)\b)",
)
"""The visit, from the trade to "my flat", or from the hotel's staff to the user's room with
their job to do there ("housekeeping to come to my room to change the towels"): blanked before
the romance lexicon reads the ask. The room asked to with nothing to fix stays a date."""
