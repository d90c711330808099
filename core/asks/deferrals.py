"""Asks that only look like asking again: a "not right now" come back to, a no left open, a
habit of the user's.

A repeat needs an "again" and a sign of an earlier no (`core.asks.persistence`). Three
shapes read as both without being one:
- a gatekeeper's "not right now" about a rise or a request, asked about again months on
  ("ask the gaffer about a pay rise again next month, he said not right now back in
  January"), or the user's own family's about a loan ("my brother said 'not right now' about
  his car", asked next month): the answer was "later", and later is when the user asks;
- a no the user leaves open ("they can totally say no"), which no one has given;
- the user's own habit given as the reason ("a discount since I come every day"), which is
  how often the user visits, not how often they ask.
The slots read a repeat on the text with the last two blanked out, and let a deferral from
a manager, a landlord or an office stand when no other no is in the words. A no only
imagined from them ("if it's a no I'll ask again in spring") is met a season on, and is no
repeat either (`no_met_later`). It matches the
normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.persistence import PRIOR_NO
from core.asks.roles import Who
from core.asks.text import has, without, words

DEFERRED = words(
    r"(?:said|says|told (?:me|us)|replied|answered)(?: \w+)? (?:'|\")?(?:not right now|not yet"
    r"|not at the moment|not now|not this (?:year|quarter|month|round|time)|maybe later"
    r"|(?:to )?(?:ask|check) (?:again|back) (?:in|next|after|later)|to come back (?:in|next"
    r"|after|later)|to wait (?:until|till|a few|a couple))\b",
)
"""A "later" given for an answer ("he said not right now")."""
LATER = words(
    r"(?:next|in (?:a|one|two|three|four|six|a few|a couple of)) (?:few )?(?:months?|quarters?"
    r"|years?|reviews?|appraisals?)|at (?:my|the) (?:next )?(?:review|appraisal|one-to-one"
    r"|1:1)|after (?:the|my) (?:probation|review|appraisal|busy season|holidays|summer)"
    r"|(?:in|after) the new year|next (?:year|spring|summer|autumn|fall|winter|season|term)",
    r"(?:after|in|by|end of|once) (?:the )?q[1-4]\b|(?:after|in|next|until|till|come) (?:jan"
    r"|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|tember|ober|ember)?"
    r"\b|(?:after|in|next|until|till|come) (?:may|june|july)\b(?! (?:i|we|you|he|she|they)\b)",
)
"""Months on, or at the next review, quarter or month ("to bring it back up after Q3", "to
ask in Feb"): the "later" the answer gave."""
LEFT_OPEN = words(
    r"(?:they|he|she|you|the \w+) (?:can|could|may|might|are free to|is free to|'re free to"
    r"|'s free to)(?: (?:totally|always|still|of course|just|easily|absolutely|definitely"
    r"|obviously)){0,2} (?:say no|decline|refuse|turn (?:me|it|us) down)\b",
    r"(?:if|when) (?:it's|it is|the answer is|(?:she|he|they) says?) (?:a )?no,? (?:then )?(?:it's"
    r"|it is|that's|that is) (?:a )?no\b",
)
"""A no the user leaves open ("they can totally say no"), or settles beforehand as the end of it
("if it's a no, it's a no"), not one they were given."""
OWN_HABIT = words(
    r"(?:since|as|because) (?:i|we)(?:'m| am|'re| are)? (?:come|go|visit|shop|eat|drink|train"
    r"|pop in|stop by|here|there|in) (?:\w+ ){0,3}?(?:every day|each day|daily|every week"
    r"|every morning|weekly)\b",
    r"(?:every|each) (?:day|time|week) (?:that )?i (?:do|make|try|attempt|complete|finish) (?:a|an"
    r"|my|one) (?:\w+ )?(?:ask|challenge|rejection|attempt)\b",
)
"""How often the user comes ("since I come every day"), given as the reason for the ask, or
how often the user does their own practice ("a selfie every day I do a rejection ask")."""


_SEASON_ON = (
    r"(?:in|next|come|by|after) (?:the )?(?:spring|summer|autumn|fall|winter|new year|next season"
    r"|next term)|(?:in|after) (?:a|one|two|three|four|six|a few|a couple of) (?:months?|quarters?"
    r"|years?)|next (?:year|quarter|season|term|review|appraisal)"
)
NO_MET_LATER = words(
    rf"(?:if|even if|should) (?:it's|it is|it comes back|the answer is|they say|he says|she says"
    rf"|they turn it down|he turns it down|she turns it down)(?: as)? (?:a )?no,? (?:then )?(?:i'll"
    rf"|i will|i can|i'd|i would|we'll) (?:just )?(?:ask|try|apply|put in) (?:again|for it again"
    rf"|once more) (?:{_SEASON_ON})\b",
)
"""A no the user only imagines, met by asking a manager, a landlord or an office again a season
or months on ("if it's a no I'll ask again in spring"): no one has said no yet, and coming back
when the season turns is how a roster or a rent is asked for. The same words of a date ("if she
says no, I'll ask again next week") stay a repeat: they are read only of gatekeepers."""


def no_met_later(text: str, who: Who) -> bool:
    """Whether a gatekeeper's possible no is met by asking again a season on, with no no given."""
    if who not in _GATEKEEPERS or not has(NO_MET_LATER, text):
        return False
    return not has(PRIOR_NO, without(NO_MET_LATER, text), guided=False)


def without_open_noes(text: str) -> str:
    """The text with a no left open and the user's own habits blanked out."""
    return without(OWN_HABIT, without(LEFT_OPEN, text))


_GATEKEEPERS = frozenset({Who.MANAGER, Who.LANDLORD, Who.ORGANISATION})
"""People whose "not right now" to a rise, a repair or a request is an answer to come back to."""


_DEFERRING = _GATEKEEPERS | {Who.FAMILY}
"""Those whose "later" is read as an answer to come back to: the gatekeepers, and the user's
own family ("my brother said 'not right now' about borrowing his car", asked again next month).
A date put off by someone the user pursues stays a no, and is read as one."""


def deferred_by_a_gatekeeper(text: str, who: Who) -> bool:
    """Whether a manager, a landlord, an office or the user's own family answered only
    "later", the ask comes later, and no other no is in the words."""
    if who not in _DEFERRING or not has(DEFERRED, text) or not has(LATER, text):
        return False
    return not has(PRIOR_NO, without(DEFERRED, text), guided=False)


_WORK_ASK = (
    r"(?:raise|pay rise|payrise|pay raise|pay increase|salary increase|salary review|promotion"
    r"|bonus|title change|(?:new|senior|job) title|senior (?:role|position)|flexible (?:working"
    r"|hours)|remote work|work from home|wfh"
    r"|four-day week|4-day week|sabbatical|study leave|training budget|more hours|fewer hours)"
)
_SEASONS_ON = words(
    r"(?:next|in (?:a|one|two|three|four|six|a few|a couple of)) (?:quarters?|years?|reviews?"
    r"|appraisals?|review cycle|financial year|fiscal year|half|season)\b|(?:in|after) (?:three"
    r"|four|five|six|a few|a couple of|several|3|4|5|6) months\b|at (?:my|the) next (?:review"
    r"|appraisal|one-to-one|1:1)\b|next (?:spring|summer|autumn|fall|winter)\b",
)
"""A season or more on: next quarter, in six months, at the next review."""
WORK_ASK_AGAIN = words(
    rf"{_WORK_ASK}\b[^.!?;]{{0,20}}\bagain\b|again\b[^.!?;]{{0,20}}\b{_WORK_ASK}"
)
"""A raise, a promotion or flexible hours asked for again."""
PRESSED_WORDS = (
    r"twice|three times|\d+ times|several times|many times|every (?:day|week|morning|time)"
    r"|keeps? saying no|again and again|over and over|until (?:she|he|they) (?:says? yes|agrees?"
    r"|caves?|gives? in)"
)
"""A no given more than once, or the ask pressed until it turns (also read by
`core.asks.invited_back`)."""
_PRESSED = words(PRESSED_WORDS)


def work_ask_a_season_on(text: str, who: Who) -> bool:
    """Whether a raise, a promotion or flexible hours turned down at work is asked for again a
    quarter or a review on ("ask for a raise again next quarter, after she said no in
    January"): the budget and the work both change by then, and asking at the next round is how
    pay is asked for. A date asked again next quarter, or a raise pressed every week or after
    three noes, stays a repeat."""
    if who not in _GATEKEEPERS | {Who.NOBODY} or not has(WORK_ASK_AGAIN, text):
        return False
    return has(_SEASONS_ON, text) and not has(_PRESSED, text, guided=False)
