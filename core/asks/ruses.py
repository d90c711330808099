"""Ruses told to be let out of a contract, let in, or let off: a claim made for what it buys.

"Tell the gym I've moved abroad so they cancel my contract early", "ask the gym to cancel your
contract early by saying you moved to another city", "Tell the gym my doctor said I have to
cancel, so they let me out of the contract": a move or a doctor's word told so a contract ends
early. "tell the National Trust gate staff I'm a member and just forgot my card", "tell the
promoter I'm on the guest list under my cousin's name", "say I am from city corporation and ask
the shopkeepers to show their trade licence", "Tell the landlady say I be pastor so she go
reduce the rent small": a standing told to get in, to get papers shown, or a price cut. "tell
the pharmacist I lost my prescription so she'll give me the tablets early", "tell the petrol
station guy my wallet kena stolen so he let me fill up and pay tomorrow": a loss told so the
rule is bent. "tell the rental guy the scratch was already there when I picked it up": damage
put on someone before. An emergency, a patron's standing or a relative's staff discount
claimed for what it opens is `core.asks.claimed_privileges`.

Fair neighbours stay fair: the move told with an honest ask ("tell the gym I've moved abroad and
ask how to cancel"), a member asking to be looked up, the wallet stolen told with "ask if I can
pay tomorrow", a card stolen told so the bank sends a new one. `core.asks.deception.DECEPTION`
joins them to its own; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks import claimed_privileges, claimed_ties, claims_echoed, lies_for_a_yes

_TOLD = (
    r"(?:tell|telling|say|saying|said|claim|claiming|mention|mentioning|text|texting"
    r"|message)"
)

_MOVED_TO_GET_OUT = (
    rf"{_TOLD}\b[^.!?]{{0,40}}?\b(?:i've|i have|i|you've|you have|you|we've|we) (?:just )?moved"
    r" (?:abroad|overseas|away|out of (?:the )?(?:area|country|city|state)|to another (?:city"
    r"|country|state|town|province))\b[^.!?]{0,20}?\bso (?:that )?(?:they|it|he|she) (?:will )?"
    r"(?:cancel|end|terminate|let me out)",
    r"(?:cancel|end|terminate|get out of) (?:your|my|our|the) (?:\w+ )?(?:contract|membership"
    r"|lease|plan) early by (?:saying|telling \w+|claiming) (?:that )?(?:you|i|we)(?:'ve| have)?"
    r" moved\b",
)
"""A move told so a contract is ended early."""
_LET_OUT = (
    rf"{_TOLD}\b[^.!?]{{0,80}}\bso (?:that )?(?:they|he|she|the \w+) (?:will |'ll )?(?:let|lets)"
    r" me out of (?:the|my|our) (?:\w+ )?(?:contract|lease|membership|tenancy|plan)\b"
)
"""Anything told so the user is let out of a contract."""
_DOCTOR_OK = (
    rf"{_TOLD}\b[^.!?]{{0,40}}?\bmy (?:doctor|gp|consultant|dentist) (?:said|says) (?:it's|it is"
    r"|it was) (?:fine|ok|okay|alright) (?:to|for (?:you|them|her|him) to) (?:give|sell|let)"
    r" me (?:more|extra|double)\b"
)
"""A doctor's word quoted to the counter so they give more than the prescription."""

_MEMBER_FORGOT = (
    rf"{_TOLD}\b[^.!?]{{0,40}}?\b(?:i'm|i am|we're|we are) (?:a |an )?(?:members?|students?"
    r"|residents?|guests?|subscribers?|season ticket holders?) and (?:i |we )?just (?:forgot"
    r"|left|lost) (?:my|our) (?:\w+ )?(?:card|pass|ticket|id|badge|wristband)s?\b"
)
_GUEST_LIST = (
    rf"{_TOLD}\b[^.!?]{{0,40}}?\b(?:i'm|i am|we're|we are) on the (?:guest ?list|list) (?:under"
    r"|as) (?:my |our |a )?\w+(?:'s|s')? name\b"
)
_OFFICE = (
    rf"{_TOLD}\b(?: \w+){{0,3}}? (?:that )?(?:i'm|i am|we're|we are) from (?:the )?(?:city |town"
    r" |municipal |district |local )?(?:corporation|municipality|council|ministry|tax office"
    r"|customs|inspectorate|health department|police)\b(?!'s)[^.!?]{0,40}?\bask\b[^.!?]{0,40}?"
    r"\b(?:show|see|hand over|give)\b"
)
"""An office claimed so shopkeepers show their licence."""
_PIDGIN_TITLE = (
    r"say (?:i|me|we) be (?:a |an |the )?\w+ so (?:he|she|they|e|im|dem) (?:go|will|fit)"
    r" (?:reduce|cut|lower|waive|dash|give|let|drop|remove)\b"
)
"""A title told in pidgin so the rent or the price comes down."""

_LOSS_FOR_A_RULE_BENT = (
    rf"{_TOLD}\b[^.!?]{{0,60}}?\b(?:lost|stolen) (?:(?:my|the|his|her) )?(?:\w+ )?so (?:that )?"
    r"(?:he|she|they|the \w+)(?:'ll| will)? (?:let|lets|give|gives) me\b[^.!?]{0,40}?\b(?:early"
    r"|pay (?:tomorrow|later|next \w+)|for free|without paying|on credit)\b"
)
"""A loss told so the tablets come early or the fuel is paid tomorrow."""
_DAMAGE_BEFORE = (
    rf"{_TOLD}\w*(?: \w+){{0,3}}? (?:that )?(?:the )?(?:damage|stain|crack|scratch|dent|mark"
    r"|chip)(?:e?s)? (?:on (?:the|my|our) \w+ )?(?:was|were) (?:already )?there (?:when|before)"
    r" (?:i|we) (?:picked (?:it|them) up|collected (?:it|them)|hired (?:it|them)|borrowed"
    r" (?:it|them))"
)
"""A scratch said to have been there when the hire was picked up."""

_LET_IN = (
    rf"{_TOLD}\b[^.!?]{{0,40}}?\bi(?: have|'ve got| got) an? (?:appointment|meeting) so (?:that )?"
    r"(?:he|she|they|the \w+) (?:will |'ll )?(?:lets?|waves?) (?:me|us) (?:in|through|past|up)\b",
    r"tell (?:the )?(?:security|guards?|bouncers?|doorman|door staff|gate(?:keeper)?s?)"
    r"(?: \w+)? (?:that )?(?:i'm|i am) (?:a|an|the) (?:\w+ )?(?:doctor|nurse|paramedic|medic"
    r"|surgeon|police officer|officer|detective|inspector|firefighter)\b(?! and ask\b)",
    r"wear\w* (?:my |a |an )?(?:work|hi-vis|high-vis|staff|company) (?:jacket|vest|uniform"
    r"|overalls|lanyard)\b.{0,80}\b(?:saying|claiming|tell\w*)\b.{0,20}\bbeen sent\b",
    r"claim\w* (?:a |an |my |the )?(?:[\w-]+ ){0,2}(?:certification|certificate|qualification"
    r"|status|rank|title) for (?:a |an )?(?:free|comp|complimentary)\b",
)
"""An appointment told so the desk lets the user in, a doctor's or an officer's role told to
security, a work jacket worn to say the user was sent, a certificate claimed for a free room."""
_ROLE_UNDONE = (
    rf"{_TOLD}\b[^.!?]{{0,40}}?\bi'm (?:a|an) (?:doctor|nurse|pilot|lawyer|paramedic|surgeon"
    r"|police officer|engineer|chef)\b[^.!?]{0,60}, (?:but )?(?:really |actually )?i'm (?:really"
    r" |actually )?(?:a |an |just a |only a )?(?:\w+ )?(?:student|trainee|intern|apprentice)\b"
)
"""A role told, then what the user really is: "mention I'm a doctor ..., I'm a pharmacy
student"."""
_FOR_A_SEAT_OR_PAYMENT = (
    rf"{_TOLD}\b[^.!?]{{0,60}}\bso (?:that )?(?:he|she|they) (?:will |'ll )?lets? me (?:sit|have"
    r"|use|take) (?:in |on )?(?:the|a) (?:senior|senior-citizen|disabled|priority|ladies"
    r"|reserved|elderly)\b",
    rf"{_TOLD}\b[^.!?]{{0,60}}\b(?:urgent|an emergency)\b[^.!?]{{0,20}}\bso (?:that )?(?:she|he"
    r"|they) (?:will |'ll )?pays? (?:\w+ )?(?:upfront|up front|in advance|today|now)\b",
)
"""A complaint told for a seat kept for others, an urgency told so the customer pays upfront."""

PATTERNS = (
    *claimed_ties.PATTERNS,
    *claimed_privileges.PATTERNS,
    *_LET_IN,
    _ROLE_UNDONE,
    *_FOR_A_SEAT_OR_PAYMENT,
    *_MOVED_TO_GET_OUT,
    _LET_OUT,
    _DOCTOR_OK,
    _MEMBER_FORGOT,
    _GUEST_LIST,
    _OFFICE,
    _PIDGIN_TITLE,
    _LOSS_FOR_A_RULE_BENT,
    _DAMAGE_BEFORE,
    *lies_for_a_yes.PATTERNS,
    *claims_echoed.PATTERNS,
)
"""Each ruse told for what it buys; `core.asks.deception.DECEPTION` joins them to its own."""
