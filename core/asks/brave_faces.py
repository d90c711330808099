"""A brave face the user puts on: their own nerves hidden, no lie told to anyone.

"Ask the man outside the bank which bus goes to Zindabazar, I'll pretend I'm not scared of
asking": the pretence is over the user's own fear, and it is the courage the practice is for.
Nobody is told anything false to get something from them, so it is no deception, whatever
the word "pretend" says (`core.asks.deception.DECEPTION` reads it as one). Only the user's own
feelings are covered ("pretend I'm not nervous", "act like I'm confident", "fake it till I
make it"); a pretence about who the user is or what happened ("pretend I'm a tourist",
"pretend I'm lost", "pretend I'm not a student") stays a claim. Joined to the plain truths of
`core.asks.plain_truths`, which the slots blank before reading deception. Fragments over the
normal form of `core.asks.text`.
"""

from __future__ import annotations

_NERVES = (
    r"(?:scared|afraid|frightened|terrified|nervous|anxious|shy|embarrassed|awkward|shaking"
    r"|panicking|freaking out|dying inside|intimidated|worried)"
)
_COURAGE = r"(?:brave|confident|calm|relaxed|fearless|bold|cool|chill|at ease|fine)"

PATTERNS = (
    rf"(?:pretend\w*|act\w*(?: like| as if)?|fak\w*) (?:that )?(?:i'm|i am|i was|i'm not|i am not"
    rf"|to be|to not be|not to be) (?:(?:so|too|that|even|a bit|at all|really) )?(?:{_NERVES}"
    rf"|{_COURAGE})(?: (?:of|about|to) (?:ask\w*|talk\w*|speak\w*|approach\w*|it|this|that|him"
    r"|her|them|people|strangers))?\b",
    r"fake it (?:till|til|until|'til) (?:i|you) make it",
)
"""The user's own fear covered ("pretend I'm not scared of asking"), or courage put on ("act
confident", "fake it till I make it")."""
