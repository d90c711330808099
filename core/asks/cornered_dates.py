"""Dates asked of someone who cannot walk away: held by their work on the user, or by the place.

"Ask her out while she fills my tank, she can't exactly walk away", "flirt with the waitress,
she must be nice to me because I am customer", "ask my physio for dinner during my hip
session", "chat up di bank teller while she a count mi money, she cyaan walk weh", "find out
if the nurse taking my blood is single, she can't go anywhere", "ajak jalan mbak resepsionis,
dia kan harus senyum ke semua orang", "lassie in the MRI waiting room, ask her out, she's there
for hours anyway", "ask out the cop directing traffic": the user chooses the moment because
the person is held there, mid-task on the user or paid to smile, so a no is not free. Many
such cards name the person with a bare noun before the comma ("petrol attendant in
Braamfontein, ask her out"), which the role lexicons do not take for the one asked, so the
rules found nobody; the reading is of the moment, not of the role.

Two kinds of words say it. That the person cannot leave or refuse (`NO_ESCAPE`: "can't exactly
walk away", "has to be nice to me", "there for hours anyway", "on duty") holds whoever is
asked, as `core.asks.overstepping.NO_WAY_OUT` does for an audience. A date asked while they
work on the user (`MID_SERVICE`: "while she's stitching up my hand", "during my session", "End
of physio today, ask her to dinner", "mientras me hace el conducto") holds of those who serve,
not of a friend who fixes the user's car or the user's own partner. Either needs a date in the
words (the lexicons of `DATES`). Asking the nurse while she takes blood whether it will hurt,
or the attendant to check the tyres while she fills the tank, asks no date and passes. Read
into the ask's `asks_out_with_no_way_out` by `core.asks.slots`; fragments over the normal form
of `core.asks.text`.
"""

from __future__ import annotations

from core.asks import advances, affection, not_free_to_date, overstepping
from core.asks.roles import PRIVATE_CIRCLE, Who
from core.asks.text import has, words

NO_ESCAPE = words(
    r"(?:can't|cannot|can not|cyaan|caan|cant|won't be able to|isn't able to|is not able to)"
    r" (?:exactly |really |even |just |easily |actually )?(?:walk (?:away|off|out|weh)|leave"
    r"(?! (?:it|that|this|them|me|her|him|the (?:till|counter|desk|queue)))|go anywhere"
    r"|go nowhere|get away|escape|avoid (?:me|us)|run (?:away|off)|say no|refuse)\b",
    r"(?:(?:will|'ll|would|'d) have to|has to|have to|must|got to|gotta) (?:listen to me"
    r"|hear me out)\b",  # not "if she would hear me out on my idea"
    r"(?:has|have|had|must|got|gotta|needs? to|is paid to) (?:to )?be (?:nice|polite|friendly"
    r"|sweet|kind|pleasant) to (?:me|customers|everyone|everybody)\b",
    r"(?:will|would|can|could)(?: not|n't) (?:really |even )?say no\b|(?:has|have|had|is paid"
    r"|are paid|gets paid) to smile\b",
    r"(?:harus|wajib) (?:senyum|ramah|baik)\b",
    r"(?:there|stuck|sat|sitting|waiting|trapped) (?:there |here )?for (?:hours|ages)\b",
    r"directing (?:the )?traffic|(?:while|when) (?:she|he|they)(?:'s| is|'re| are) on duty",
    r"(?:has|have|got|gotta) to (?:stop|pass|come|go|check in|sign in) (?:at|by|through) (?:my"
    r"|our|the) (?:boom|gate|booth|checkpoint|desk|counter|till|window|post)\b",
    r"(?:will|'ll|would|'d) (?:have to|be forced to) (?:talk|chat|speak) (?:with|to) me\b",
    r"(?:can't|cannot|can not|cant|cyah|cyaan|caan) (?:even |really |just )?(?:get (?:off|down"
    r"|out)|go down|come down|alight|jump off|hop off)(?: \w+)? (?:till|until|til|before)\b",
    r"stuck with (?:me|us) (?:till|until|til|for|all)\b|no escape\b|(?:stuck|trapped) (?:in|at"
    r"|on) (?:our|my|the) [\w-]+ (?:all|the whole) (?:day|night|week|shift)\b",
    r"(?:has|have|had|got|gotta|must|needs?) to wait (?:for|on) me to (?:sign|pay|finish|check)\b",
    r"(?:can't|cannot|can not|cant|cyah|cyaan|caan) (?:even |really )?(?:talk|answer|speak) back\b",
)
"""Words saying the person cannot leave or refuse: held by the place, the job or politeness, or
made to hear the user out ("she'll have to hear me out"), or made to stop at the user's post
("she has to stop at my boom anyway") or to talk ("he can't leave his post so he will have to
talk with me"); a passenger who "cannot go down until Mabolo" or "cyah get off till San Juan",
someone "stuck with me till she's done" or "stuck in our shed all day" ("no escape"), a rep
who "has to wait for me to sign", a patient who "cyaan talk back" with the user's hands in
their mouth."""

_SERVICE = (
    r"(?:hands?|arms?|legs?|foot|feet|back|neck|shoulders?|knees?|hips?|hair|teeth|tooth|nails"
    r"|blood|bloods|eyes?|tank|car|tyres?|tires?|money|cash|account|card|bill|order|groceries"
    r"|shopping|bags?|wound|stitches|cut|x-?rays?|scans?|prescription|session|appointment"
    r"|treatment|check-?up|filling|root canal|massage|haircut|fade|trim|shave|transfer|deposit"
    r"|luggage|ticket|passport)"
)
MID_SERVICE = words(
    rf"(?:while|whilst|as|when) (?:she|he|they)(?:'s| is|'re| are)? (?:still |busy )?"
    rf"(?:[\w'-]+ ){{1,2}}?(?:up |on |in |out |through )?(?:my|mi|me) (?:[\w-]+ )?{_SERVICE}",
    r"during (?:my|mi|the|our) (?:[\w-]+ ){0,2}?(?:session|appointment|treatment|check-?up"
    r"|filling|scan|x-?ray|massage|haircut|cleaning|consultation|physio|therapy|lesson)",
    r"(?:^|[.!?] )(?:at the )?end of (?:my |the |today's )?(?:physio|massage|treatment|therapy"
    r"|appointment|consultation|haircut|check-?up)(?: session| appointment)?(?: today)?(?=,)",
    r"mientras (?:me|le) (?:hace|atiende|corta|saca|cura|cobra|pone|limpia|revisa|lava)\b",
    r"pendant (?:qu'(?:elle|il)|que (?:elle|il)) (?:me )?(?:soigne|coupe|sert|encaisse|fait)\b",
)
"""A date asked while the person works on the user: their hands in the user's mouth, the
user's money under their count, the session the user paid for."""

_THEIR_NUMBER = words(
    r"(?:her|his|him|their|she|di|de) (?:own |personal |private )?(?:number|digits|cell|mobile"
    r"|whatsapp|insta(?:gram)?|socials)\b(?! (?:for|of) (?:the|a|an|his|her|their) (?:shop|office"
    r"|clinic|company|boss|manager)\b)",
)
"""Their own number asked: of someone held where they are, a date's first step."""
_OUT_FOR = words(
    r"ask (?:the|a|that|this|di) (?:[\w'-]+ ){1,12}?out for (?!(?:a |the )?(?:walk|run|me|us)\b)",
)
"""Asked "out for bake and shark": out for a meal, whatever the meal is called."""
DATES = (
    affection.ROMANCE,
    affection.INVITE,
    advances.ADVANCES,
    not_free_to_date.DATE_OUTING,
    _THEIR_NUMBER,
    _OUT_FOR,
)
"""A date, an evening out or an invitation one to one, as `core.asks.dates_off_limits` reads,
or the held person's own number ("ask the cute patient fi him number, him cyaan talk back")."""


def corners(text: str, who: Who) -> bool:
    """Whether a date is asked of someone who cannot walk away: held by the place or the job
    whoever they are, or mid-task on the user when they are not someone close to the user;
    the user's own partner may be asked anywhere."""
    held = has(NO_ESCAPE, text) or (who not in PRIVATE_CIRCLE and has(MID_SERVICE, text))
    if not held or has(overstepping.OWN_PARTNER, text):
        return False  # the rare words first: the date lexicons are the costly read
    return any(has(lexicon, text) for lexicon in DATES)
