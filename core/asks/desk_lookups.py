"""Someone else's number or home asked of the desk that holds it.

"Ring the front desk at the hotel and ask for the number of the Australian lady I dropped
there", "ask the gym front desk for the handphone no. of the auntie in the 7am Zumba class",
"ask the airline desk if they can give me his contact from the passenger list", "pedirle a la
recepcionista la dirección de la casa del doctor": a guest, a passenger, a member or a doctor
gave their details to the desk for its own use, and a desk that hands them on lets the user
reach someone who chose not to give them. Read with a desk, a reception or an office named, so
the desk is who is asked, whatever role the rules found for it.

A business's own number ("the number of the shop"), a trade's ("the number of the guy who
fixes bikes", "the lady who runs the yoga class") or the user's own booking stay fair, and so
does passing the user's own number on for someone to use if they wish. Fragments over the
normal form of `core.asks.text`; `core.asks.doorsteps.seeks_their_door` reads them.
"""

from __future__ import annotations

from core.asks.text import has, words

DESK = words(
    r"(?:front |hotel |gym |airline |check-?in |hostel |ward )?(?:desk|reception|receptionist"
    r"|concierge|switchboard|front office)|(?:the|an?) (?:\w+ )?(?:airline|hotel|hostel|gym"
    r"|guesthouse|agency|club|clinic|surgery|school) (?:office|staff|counter|people)"
    r"|recepcionista|recepci[oó]n|secretaria|conserje|porter[oa]",
)
"""Whoever keeps other people's details at work: a front desk, a reception, a concierge, an
airline's or a gym's counter, a doctor's receptionist ("la recepcionista")."""

_DETAILS = (
    r"(?:(?:hand|mobile |cell |whatsapp |phone |home )?(?:phone|number|no\b\.?)|mobile|cell"
    r"|contact(?: details| number)?|details|email(?: address)?|address|whatsapp|insta(?:gram)?"
    r"|facebook|socials|room number)"
)
_SOMEONE = (
    r"(?:lady|ladies|woman|man|guy|girl|gentleman|auntie|aunty|uncle|bloke|lad|lass|chap|fella"
    r"|couple|guest|passenger|traveller|traveler|tourist|member|customer|patient|client|mum|mom"
    r"|dad|mother|father|boy|gal|visitor)s?"
)
_A_TRADE = (
    r"(?! (?:(?:who|that|which) (?:\w+ )?(?:fix|repair|do|does|did|clean|sell|mend|deliver"
    r"|service|cut|teach|run|own|manage|handle|organi[sz]e|book|take|can|could|might|will"
    r"|is in charge)|in charge\b))"
)
"""A trade or the one in charge ("the guy who fixes bikes", "the lady in charge of bookings"):
their number is there to be given."""
_NAMED_AS_A_PERSON = (
    r"(?=$|[,.!?;:)]| (?:who|that|i|we|from|in|at|on|with|by|near|next|staying|sitting|called"
    r"|named|whose|wearing|this|last|yesterday|today|so|because|to|and|for|he|she|they)\b)"
)
"""The person ends the phrase ("the guest from Canada", "the auntie in the 7am class"): not
a word of a compound ("a guest house", "the member discount", "customer service")."""

SOMEONES_DETAILS = words(
    rf"{_DETAILS} (?:of|for) (?:the|that|this|a|an) (?:[\w'-]+ ){{0,3}}?{_SOMEONE}\b{_A_TRADE}"
    rf"{_NAMED_AS_A_PERSON}",
    r"(?:his|her|their) (?:\w+ )?(?:contact|number|details|email|address)\b.{0,60}\b(?:from|off"
    r"|in|on) (?:the|their|its) (?:\w+ )?(?:passenger|guest|booking|flight|member(?:ship)?"
    r"|class|customer|client|patient|seating) (?:list|manifest|records?|register|book|system)\b",
    r"direcci[oó]n (?:de (?:la |su )?casa|particular)\b|(?:n[uú]mero|celular|m[oó]vil"
    r"|tel[eé]fono|whatsapp) (?:personal|privado|particular|de su casa)\b",
)
"""Another person's details named as theirs ("the number of the Australian lady", "his contact
from the passenger list", "la dirección de la casa del doctor"), not the desk's own."""


def asks_a_desk_for_someone(text: str) -> bool:
    """Whether a desk is asked for someone else's private details. `text` is in normal form."""
    return has(DESK, text) and has(SOMEONES_DETAILS, text)
