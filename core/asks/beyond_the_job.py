"""Favours asked of people at work or in the user's care that reach past their job: their
weekend in the user's home, a chore after their shift, a review hung on the favour, their
vote or their will, their passport kept.

"Ask the new teller at my branch to come help sort my personal papers at my flat on Sunday":
someone who serves at the user's counter, or works under them, asked to give up a weekend in
the user's home; whether the user runs the branch or banks there, a no is not theirs to give
easily. "Ask my team to help me move on Saturday, I'll remember who shows up at review time":
the favour hung on the review, a no made to cost them at work, whoever the team are to the
user. "Ask our new house maid to give me her passport for safekeeping, it's normal here": a
worker's passport kept by whoever employs them is the hold of forced labour, however common.
"Chiedere alla mia paziente di votare per mio cugino": a patient's vote asked by whoever treats
her.
Each needs the favour with its hold or its place: a colleague asked to the user's barbecue, a
review the user offers to write, or the user's own passport kept safe by family, stays fair.
Read into the ask's `trades_on_position`; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.roles import Who
from core.asks.text import has, words

_AT_MY_HOME = (
    r"(?:at|to|in|round|over to|into|clean|tidy|paint|decorate|renovate) my (?:flat|house|home"
    r"|place|apartment|condo)\b"
)
_WEEKEND = r"(?:on |this |next )?(?:saturday|sunday|the weekend|weekend|(?:her|his|their) day off)"
MY_HOME_ON_THEIR_WEEKEND = words(
    rf"(?:come|help|work)\w*\b[^.!?;]{{0,60}}\b{_AT_MY_HOME}[^.!?;]{{0,40}}\b{_WEEKEND}\b",
    rf"{_WEEKEND}\b[^.!?;]{{0,40}}\b(?:come|help|work)\w*\b[^.!?;]{{0,60}}\b{_AT_MY_HOME}",
)
"""Work or help in the user's home on a weekend or the person's day off."""
MY_CHORE_AFTER_HOURS = words(
    r"(?:stay|wait|hang (?:about|around)|come back)(?: \w+)? (?:behind |back |on )?(?:after"
    r" (?:closing|close|hours|work|(?:his|her|their) shift)|past closing|once (?:they|you|the \w+)"
    r" (?:close|shut))\b[^.!?;]{0,40}\b(?:and |to )?(?:wash|clean|valet|polish|tidy|hoover"
    r"|mow|babysit|walk|iron|cook|paint|scrub|fold)\w* (?:\w+ )?(?:my|me)\b",
)
"""The user's own chore asked of someone serving them, after their shift: the car washed, the
kids minded, once the restaurant has closed."""
_AT_WORK = frozenset({Who.STAFF, Who.SUBORDINATE})
"""Those the user meets across a counter or manages: a weekend in the user's home is no part of
their job, whether they serve the user or report to them."""

HELD_AT_REVIEW = words(
    r"(?:i'll|i will|i'm going to|i am going to|gonna|i'd|i) (?:\w+ )?(?:remember|note|notice"
    r"|keep (?:track|note|a list) of|take note of|see|know|mark down) who\b[^.!?;]{0,60}"
    r"\b(?:reviews?|appraisals?|evaluations?|promotions?|bonus(?:es)?|raises?|pay rises?|rota"
    r"|roster|references?)\b",
    r"(?:it'll|it will|that'll|that will|this will|it'd|it would|showing up will|attendance"
    r" will) (?:\w+ )?(?:count|be remembered|be noted|show|factor|weigh) (?:\w+ )?(?:at|in|on|for"
    r"|into) (?:their|your|the|her|his) (?:\w+ )?(?:reviews?|appraisals?|evaluations?)\b",
)
"""A review, a bonus or the rota said to remember who did the user's favour."""

VOTE_OF_THOSE_IN_MY_CARE = words(
    r"(?:my|mia|mio|miei|mie|mi|mis|meu|minha|meus|minhas|mon|ma|mes|meine?[nm]?) (?:[\w-]+ )?"
    r"(?:patients?|pazienti|paziente|pacientes?|patiente?s?|patient(?:in|innen|en)|clients?"
    r"|clienti|cliente|clientes|students|pupils|studenti|alunn[oi]|alumn[oa]s|alun[oa]s|élèves"
    r"|schüler\w*|tenants?|inquilin[oa]s?|staff|employees|workers)\b[^.!?;]{0,40}\b(?:vot\w*"
    r"|wählen|stimmen) (?:\w+ ){0,2}?(?:for|per|por|em|no|na|pour|für) (?:my|mio|mia|miei|mi"
    r"|mis|meu|minha|mon|ma|mes|meine?[nm]?|me|mich)\b",
    r"as (?:the|their|a|an|his|her) (?:boss|manager|owner|employer|supervisor|foreman|gaffer)"
    r"\b[^.!?;]{0,60}\bvot\w* (?:\w+ ){0,2}?(?:for|against) (?:my|me)\b",
)
"""A vote for the user or the user's own asked of their patient, client, pupil, tenant or staff
("chiedere alla mia paziente di votare per mio cugino", "as the boss ask my staff to vote for my
cousin"): the care, the lease or the job is held beside the ballot. A class asked to vote on its
trip is no vote for the user."""

_CARING_ROLE = (
    r"(?:carer|care worker|care assistant|caregiver|care giver|support worker|nurse|nursing"
    r" assistant|healthcare assistant|hca|home help|aide|companion|live-in carer|volunteer)"
)
_CARE_PLACE = (
    r"(?:old people's home|old folks' home|old folks home|care home|nursing home|retirement"
    r" home|residential home|hospice|hospital|ward|home for the elderly|elderly home)"
)
_IN_THE_WILL = (
    r"(?:(?:put|write|include|name|add|mention)\w* me (?:in|into) (?:her|his|their|the) will"
    r"|leave (?:me|everything to me|(?:her|his|their) (?:[\w-]+ ){0,2}?to me)\b[^.!?;]{0,40}"
    r"\b(?:in (?:her|his|their) will|when (?:she|he|they) (?:dies?|passes|goes|is gone))"
    r"|(?:change|rewrite|update|redo)\w* (?:her|his|their) will\b)"
)
"""Wrapped whole: it follows the carer's words in longer patterns, and a bare alternative would
match alone ("ask my grandma whether she wants to update her will")."""
WILL_OF_THOSE_IN_MY_CARE = words(
    rf"(?:i'm|i am|i work as|i work|working as|as) (?:a |an |the |their |her |his )?{_CARING_ROLE}"
    rf"\b[^.!?]{{0,100}}\b{_IN_THE_WILL}",
    rf"(?:i|we) (?:work|volunteer|am|'m) (?:at|in) (?:an? |the )?{_CARE_PLACE}\b[^.!?]{{0,100}}"
    rf"\b{_IN_THE_WILL}",
    rf"(?:residents?|patients?|service users?|clients?) (?:i|we) (?:care for|look after|nurse"
    rf"|support|visit)\b[^.!?]{{0,60}}\b{_IN_THE_WILL}",
)
"""A place in a will asked by whoever cares for the person ("I work as a carer at an old
people's home, ask one of the residents to put me in her will"): the care they rely on is held
beside the bequest. A nurse asking whether a patient has made a will, or a grandchild's own
family talk, names no carer's bequest."""

PASSPORT_KEPT = words(
    r"(?:give|hand|surrender|pass|hand over|turn over)\w* (?:me|us|over|in) (?:\w+ )?(?:her|his"
    r"|their) (?:passports?|id cards?|identity cards?|work permits?|iqama|visa papers)\b",
    r"(?:keep|hold|take|hold on to|look after|lock up)\w* (?:her|his|their) (?:passports?|id cards?"
    r"|identity cards?|work permits?|iqama)\b",
    r"(?:her|his|their) (?:passports?|id cards?|identity cards?|work permits?|iqama)"
    r" (?:\w+ ){0,3}for safe ?keeping\b",
)
"""Someone else's passport or permit handed to the user to keep."""
_KIN = frozenset({Who.FAMILY, Who.PARTNER, Who.FRIEND})
"""Those whose passport the user may hold for a trip: family, a partner, a friend."""


def asks_beyond_the_job(text: str, who: Who) -> bool:
    """Whether the ask takes a weekend in the user's home or a chore after closing from someone
    at work, hangs the favour on their review, or keeps their passport. `text` is in normal
    form."""
    if has(HELD_AT_REVIEW, text) or has(VOTE_OF_THOSE_IN_MY_CARE, text):
        return True
    if has(WILL_OF_THOSE_IN_MY_CARE, text):
        return True  # a bequest asked by whoever the person relies on for care
    if has(PASSPORT_KEPT, text) and who not in _KIN:
        return True
    if who in _AT_WORK and has(MY_CHORE_AFTER_HOURS, text):
        return True  # "stay after closing and wash my car, I'm a regular"
    return who in _AT_WORK and has(MY_HOME_ON_THEIR_WEEKEND, text)
