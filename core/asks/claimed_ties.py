"""A tie or a standing claimed for what it opens: someone's results, the gate, a tab, a hurry.

"tell the clinic I'm her husband so they'll read me my girlfriend's test results", "stick on a
hi-vis and ask to be let into Villa Park saying I'm one of the stewards", "tell the front desk
at the W we're on our honeymoon so they'll upgrade the room", "tell the Amazon recruiter I
already have another offer so they'll hurry up", "tell the shop my mum sent me to put it on
her tab": a spouse's or a parent's place claimed so the desk releases what is someone else's,
a place on the crew claimed to be let in, an occasion claimed for an upgrade, a rival offer
claimed to hurry the hiring, a parent's errand claimed to take on their account. The told
standing is what buys it, as in `core.asks.ruses`.

Fair neighbours stay fair: the same standing told with an honest ask ("tell the nurse I'm her
husband and ask when visiting hours are", "tell the steward I'm a volunteer and ask where to
sign in", "tell the recruiter I have another offer with a deadline and ask when they'll
decide", "tell the hotel it's our honeymoon and ask if any room has a view"), and a parent's
errand with nothing put on their account. `core.asks.ruses` joins them to its own; fragments
over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_TOLD = (
    r"(?:tell|tells|telling|told|say|says|saying|said|claim\w*|swear\w*|convince\w*"
    r"|persuad\w*|mention\w*|email\w*|text\w*)"
)
_SO_THEY = r"so (?:that )?(?:they|he|she|the \w+|it)(?:'ll| will| would|'d)? (?:\w+ )?"

_KIN = (
    r"(?:husband|wife|partner|spouse|fiancée?|son|daughter|brother|sister|dad|father|mum|mom"
    r"|mother|next of kin|guardian|carer|parent)"
)
_KIN_FOR_THEIR_RECORDS = (
    rf"{_TOLD}\b[^.!?]{{0,40}}?\b(?:i'm|i am) (?:her|his|their) {_KIN}\b[^.!?]{{0,20}}?"
    rf"\b{_SO_THEY}(?:read|tell|give|show|release|send|let me (?:see|have|pick|collect|in|into"
    r"|visit)|hand)\w*\b"
)
"""A spouse's or a parent's place claimed so the desk gives out someone else's results."""

_CREW = (
    r"(?:stewards?|staff|crew|security|organi[sz]ers?|caterers?|catering|volunteers?|marshals?"
    r"|ushers?|band|roadies?|production|ground ?staff|match ?day staff|event staff)"
)
_ONE_OF_THE_CREW = (
    r"(?:(?:ask|get|be|getting|asking|sneak|walk)\w* (?:to be )?(?:let |waved )?(?:me |us )?"
    r"(?:in|into|through|past|backstage)\b[^.!?]{0,60}?\b(?:saying|claiming|telling (?:\w+ )"
    r"{1,3}|and say|and claim) (?:that )?(?:i'm|i am|we're|we are) (?:one of the|part of the"
    r"|with the|on the) (?:\w+ )?" + _CREW + r"\b|" + _TOLD + r"\b[^.!?]{0,40}?\b(?:i'm|i am"
    r"|we're|we are) (?:one of the|part of the|with the|on the) (?:\w+ )?" + _CREW + r"\b"
    r"[^.!?]{0,20}?\b" + _SO_THEY + r"(?:let|lets|wave|waves)\b)"
)
"""A place on the crew claimed to be let in ("ask to be let into Villa Park saying I'm one of
the stewards")."""

_OCCASION_FOR_AN_UPGRADE = (
    rf"(?:we're|we are|i'm|i am|it's|it is) (?:on )?(?:our|my) (?:honeymoon|anniversary"
    rf"|birthday|bday|babymoon)\b[^.!?]{{0,20}}?\b{_SO_THEY}(?:upgrade|comp|bump|give us (?:a |an"
    r" |the )?(?:free|upgrade|better|bigger|suite))\w*\b"
)
"""An occasion told so the room is upgraded ("so they'll upgrade the room")."""

_OFFER_TO_HURRY = (
    rf"{_TOLD}\b[^.!?]{{0,40}}?\b(?:i|we)(?:'ve| have| had)?(?: already)?(?: got| have| had)?"
    r" (?:another|a (?:better|competing|rival|higher|second|bigger)|an? ?other)"
    rf" (?:job )?offers?\b[^.!?]{{0,20}}?\b{_SO_THEY}(?:hurry|speed|rush|move faster|fast-track"
    r"|raise|match|beat|bump|up the|pay more)\w*\b"
)
"""A rival offer claimed so the hiring is hurried or the pay raised."""

_SENT_ON_THEIR_TAB = (
    rf"{_TOLD}\b[^.!?]{{0,40}}?\bmy (?:mum|mom|mother|mama|mummy|dad|father|papa|daddy|gran"
    r"|granny|nan|aunt\w*|uncle|boss|oga|madam|neighbour|husband|wife|sister|brother)"
    r" (?:sent|send|don send) me\b[^.!?]{0,40}?\b(?:on (?:her|his"
    r"|their) (?:tab|account|card|credit|name|slate)|in (?:her|his|their) name|on credit)\b"
)
"""A parent's errand claimed so the goods go on the parent's account ("tell the mallam say my
mama send me make he give me recharge card on credit", in Nigerian Pidgin)."""

_THEIR_SAY_SO_FOR_FREE = (
    rf"{_TOLD}\b[^.!?]{{0,40}}?\b(?:principal|headmaster|headmistress|head teacher|manager|owner"
    r"|boss|director|supervisor|dean|chef|landlord)(?: sahab| sahib| saheb| sir| ji| madam)?"
    r"(?: has| had)? (?:said|says|told (?:you|him|her|them|me)|sent me|wants you)"
    r"(?: that| ke| ki)?(?: you should| he should| she should| they should| to)?"
    r" (?:give me|gimme|let me have|i (?:can|could|may) have|i get|i'm to get|serve me)\b"
    r"[^.!?]{0,30}?\b(?:for free|free|on the house|at no charge|without paying|a discount)\b"
)
"""Someone's say-so claimed for something free: "tell the canteen bhai that principal sahab
said to give me a free samosa" ("ne kaha hai mujhe muft samosa dein"), "tell the cashier the
manager said I get a free coffee". Their thanks or news passed on asks nothing of the counter."""

_THEIR_KIN = (
    r"(?:uncle|aunt|auntie|aunty|cousin|brother|sister|father|dad|mother|mum|mom|nephew|niece"
    r"|grandfather|grandmother|son|daughter|boss)"
)
_A_FRIEND_OF_THEIR_KIN_FOR_A_PRICE = (
    rf"{_TOLD}\b[^.!?]{{0,40}}?\b(?:i'm|i am) (?:(?:his|her|their) {_THEIR_KIN}'s (?:friend|mate"
    rf"|buddy|classmate|colleague)|(?:a |an old )?(?:friend|mate|buddy|classmate) of (?:his|her"
    rf"|their) {_THEIR_KIN})\b[^.!?]{{0,40}}?\b(?:discount|cheaper|better price|lower price"
    r"|price down|for free|for less|deal)\b"
)
"""A tie to the seller's family claimed before a price is asked: "tell the shopkeeper I'm his
uncle's friend, then ask for a discount" (in Hindi, "मैं उसके मामा का दोस्त हूँ, फिर discount
मांगो"). The same tie told with an honest question ("and ask how his uncle is") asks nothing
of the price."""

PATTERNS = (
    _A_FRIEND_OF_THEIR_KIN_FOR_A_PRICE,
    _KIN_FOR_THEIR_RECORDS,
    _ONE_OF_THE_CREW,
    _OCCASION_FOR_AN_UPGRADE,
    _OFFER_TO_HURRY,
    _SENT_ON_THEIR_TAB,
    _THEIR_SAY_SO_FOR_FREE,
)
"""Each tie or standing claimed for what it opens; `core.asks.ruses` joins them."""
