"""A meal, a film or a dance proposed to one person for an evening, in more words.

"Ask if she wants to grab dosa sometime", "if she'd wanna get a steak Friday night", "ask her
to grab 小笼包 with me this weekend", "ask her to come see a picture with me on Sunday" (a film,
in Indian English), "invitarlo a una cita, a bailar": the dish or the outing is named in words
the older lexicons of `core.asks.affection` and `core.asks.outings` did not list, so the ask
read as no invitation at all. Whether it is a date the rules decide from who is asked: grabbing
dosa with a friend is the point of a friendship, with a stranger on the metro it is pursuit.

The object must be something shared as an outing, not a job done: "if he'd like to get the
parts this weekend", "if she wants to get a refund", "ask him to grab the other end with me",
"if he wants to share a delivery van with me" or "get a photo with me" name no meal, and stay
what they were. Fragments for `core.asks.affection`, over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

_NOT_A_MEAL = (
    r"(?!(?:the|my|your|his|her|our|their|this|that|these|those|it|them|me|us|to|started|going"
    r"|back|here|there|paid|done|in|on|off|out|up|down|ready|home|rid|better|married|(?:a |an"
    r" |some )?(?:photos?|pictures?|pics?|selfies?|snaps?|refunds?|quotes?|estimates?|receipts?"
    r"|lifts?|rides?|tickets?|taxis?|cabs?|ubers?|vans?|cars?|trucks?|bus|buses|trains?|rooms?"
    r"|jobs?|shifts?|parts?|forms?|copies|copy|look|second opinion|new \w+))\b)"
)
"""Words after "get" or "grab" that name a task, a thing handed over or a photo, not a meal."""
_EVENING = (
    r"(?:with me|together|sometime|some time|one (?:day|night|evening)|this weekend|at the"
    r" weekend|on the weekend|tonight|(?:this |on |next )?(?:friday|saturday|sunday)"
    r" (?:night|evening)|after (?:work|class|her shift|his shift|their shift))"
)
"""When, or with whom, a meal proposed is eaten: with the user, or of an evening."""
_WOULD = (
    r"(?:(?:if|whether) (?:she|he|they)(?:'d| would| will|'ll)? (?:wanna|wants? to|want to"
    r"|would like to|like to|likes to|fancy|fancies|feel like|feels like|(?:is|are|'s|'re) up"
    r" for|(?:is|are|'s|'re) down to)|ask (?:[\w']+ ){1,10}?to)"
)
"""Someone asked whether they would like to, or asked to ("ask the girl who gets off at my
stop to")."""

INVITE = (
    rf"{_WOULD} (?:come |go )?(?:and )?(?:grab|get|eat|have|go for) {_NOT_A_MEAL}"
    rf"(?:[\w-]+ ){{1,3}}?{_EVENING}\b",
    r"(?:come|go|coming|going) (?:and )?(?:see|watch|catch) (?:a |the |some )?(?:picture|pic"
    r"|film|movie|flick|show|play|match|game) (?:together|with me)\b",
    r"invitar(?:la|lo|le)? a (?:bailar|cenar|comer|tomar algo|un café|un cafe|salir)\b",
    r"invite (?:out )?(?:to|for) (?:a )?(?:dinner|lunch|drinks?|coffee|supper) (?:the|a|an|this"
    r"|that)\b",
)
"""A meal grabbed or got with the user or of an evening, a film seen together, an evening
out in Spanish ("invitarla a bailar"), or the meal named before the person, as a gloss keeps
the order of Italian, French or Spanish ("invite to dinner the cleaner at the gym")."""
ROMANCE = (
    r"invitar(?:la|lo|le)? (?:a )?(?:[\w-]+ ){0,4}?a una cita\b|\b(?:pedirle|pídele|pidele) una"
    r" cita\b",
)
"""A date named as one, in Spanish: "invitarlo a una cita", "invitar a la cajera a una
cita"."""
