"""Someone's door, line or routine, got from whoever keeps or knows it for another reason.

"Ask Pastor Jim for her home address so I can mail her some sheet music", "ask switchboard for
her mobile, they've got everybody's", "ask the records clerk to give me her home village and
her phone", "Bei HR nach der privaten Handynummer der neuen Praktikantin fragen", "minta alamat
rumah mbak yang sering order dari CS aplikasinya": a pastor, a switchboard, HR, a records clerk
or an app's support hold people's details for their own work, never to hand on to the user.
"Grab the paramedic's mobile off the handover sheet", "pegar o whatsapp dele from her booking
form": a number copied off a form kept for work. "Ask the portero where Javier from the metro
lives", "ask my labmate which metro stop the new postdoc gets off at so I can 'run into' her",
"find out from the bouncer which nights the girl with the green buzzcut usually comes", "ask
around the bar when she goes walking alone", "which hotel that client is staying in, she left
without giving me her number": a home, a stop or an evening of someone who never offered it,
learned so the user can turn up in it.

The reception asked for the manager's email, HR asked for the payroll office's number, a
porter asked where the lift is, a sister asked which stop to get off at for mum's, or the
gym asked which nights the spin class runs stay fair: the shapes need a third person's home,
private line or routine. `core.asks.traces` reads `got_from_keepers`; fragments over the
normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_KEEPER = (
    r"(?:pastor|priest|vicar|reverend|imam|rabbi|minister|(?:day |night |duty |shift |floor"
    r" |ward |office |hotel |store |branch )?manager|receptionist|(?:records |ward |admissions"
    r" |school )?clerk|registrar|secretary|portero|porter|doorman|concierge|caretaker|janitor"
    r"|bouncer|security guard)"
)
"""People who keep others' details for their work; asked for "her home address", a home that
is not theirs to give (their own mobile may well be theirs)."""
_DESK = (
    r"(?:hr|human resources|switchboard|reception|front desk|admin|customer service|support|cs"
    r"|(?:guide|tour|booking|school|church|ward|records|admissions|front) office|agency)"
)
"""A desk, which has no mobile of its own: "her mobile" asked of it is someone else's."""
_HOME = r"(?:home (?:address|village|town)|house address|address)"
_LINE = (
    rf"(?:{_HOME}|(?:private |personal |own )?(?:mobile|cell|phone|whatsapp|number|email"
    r"|insta(?:gram)?))"
)
_ASKED = (
    r"(?:ask|call|ring|email|message|text|beg|get|find out from) (?:the |my |our |their )?"
    r"(?:\w+ )?"
)
_GIVEN = r"(?: \w+)? (?:for|to (?:give|tell|send|pass|find) me) (?:her|his)(?: \w+)? "
_WHY = (
    r"[^.!?;]{0,60}\b(?:so (?:i|we) (?:can|could)|they've got everybody's|they have everyone's"
    r"|they've got everyone's|to (?:send|mail|surprise|check on|visit))"
)

_SOMEONE_AT_WORK = (
    r"(?:girl|guy|gal|lady|woman|man|bloke|lad|lass|chick|dude|fella|hire|starter|joiner|nurse"
    r"|intern|trainee|temp|worker|one)"
)
FROM_THE_KEEPER = words(
    rf"{_ASKED}{_KEEPER}{_GIVEN}{_HOME}\b{_WHY}",
    rf"{_ASKED}{_DESK} for (?:the|that|this) (?:[\w-]+ ){{0,2}}?{_SOMEONE_AT_WORK}\b"
    r"(?: (?:on|in|at|from|who) [^.!?;,]{0,30}?)?'s? (?:own |personal |private )?(?:cell"
    r"|cellphone|mobile|phone|number|whatsapp|insta(?:gram)?|home address|address)\b",
    rf"{_ASKED}{_DESK}{_GIVEN}{_LINE}\b{_WHY}",
    r"(?:nach|um) (?:der|die|den) (?:privaten|persönlichen|private|persönliche)"
    r" (?:handynummer|telefonnummer|nummer|adresse|wohnadresse) (?:der|des|von) \w+",
    r"(?:nach|um) (?:der|die|den) (?:privatnummer|privatadresse|wohnadresse) (?:der|des|von)"
    r" \w+",
    r"(?:alamat|nomor|no) (?:rumah |hp |wa |telepon |kos |kost )?(?:\w+ )?(?:mbak|mas|cewek"
    r"|cowok|ibu|bapak|teteh|akang|kakak|orang) yang\b",
)
"""A third person's home, line or home village asked of someone who keeps them for their work
("ask the day manager for her home address so I can send her a card", "ask HR for the new
girl on second shift's cell number"), in German or Indonesian too."""

_SERVED_ONE = (
    r"(?:girl|guy|gal|lady|woman|man|bloke|lad|lass|chick|gent|gentleman|couple|guest|passenger"
    r"|customer|client|patient|tenant|person|fellow|chap)"
)
OF_SOMEONE_THEY_KNOW = words(
    rf"(?:{_LINE}|home (?:place|area|location)|zalo|kakao|wechat|line id) (?:of|for) (?:the"
    rf"|that|this) (?:[\w'-]+ ){{0,3}}?{_SERVED_ONE} (?:in (?:room|cabin|seat|bed|bay|flat"
    r"|apartment) \w+|(?:who|that|wey) (?:does |did |just |once |always )?(?:opened|stayed|stays"
    r"|booked|rode|rides|sat|left|forgot|banks|helps? (?:him|her|them|out)|serves? with)\b)",
    r"(?:passenger|guest|customer|client|rider|fare)\b[^.!?;]{0,80}?\bask (?:the|my) (?:[\w-]+"
    r" ){0,2}?(?:company|firm|office|dispatch|depot|reception|desk|hotel|operator|base|guesthouse"
    r"|hostel|airline) (?:for|to (?:give|send|tell) me) (?:her|his) (?:\w+ )?(?:number|email"
    r"|address|details|contact|whatsapp)\b",
)
"""A guest's, a passenger's or an account holder's line or home, or that of the girl who helps
the trader asked, named by what the keeper knows them by ("the email of the lady in room 5",
"the home place of the guy who opened an account there", "the number for the girl who does
help him saturdays", a passenger's number from the taxi company): theirs, never the keeper's
to hand on."""

OFF_THE_FORM = words(
    r"(?:mobile|number|digits|phone|whatsapp|email|address|contact)\b[^.!?;]{0,40}\b(?:off|from)"
    r" (?:the|her|his|their|a|our) (?:\w+ )?(?:handover|booking|intake|admission|registration"
    r"|consent|sign-?in|delivery|order) (?:sheet|form|slip|card|notes|list|record)s?\b",
)
"""A number or an address copied off a handover sheet or a booking form kept for the work."""

_ONLY_SEEN = (
    r"(?:(?:the|that|this|di|da) (?:[\w'-]+ ){0,3}?(?:girl|gyal|gal|guy|lady|woman|man|bloke"
    r"|lad|client|customer|postdoc|student|intern|nurse|doctor|trainee)"
    r"|[a-z]+ from (?:the|my) (?:metro|bus|train|tram|gym|pool|park|cafe|café|library"
    r"|market|shop|club|bar))"
)

THEIR_ROUTINE = words(
    rf"(?:which|what) (?:[\w-]+ )?(?:stop|station|exit) {_ONLY_SEEN}(?: (?:from|at|in|on|with)"
    r" [^.!?;]{0,30}?)? (?:gets? (?:off|on|out)"
    r"|lives? (?:at|near|by))\b",
    rf"(?:which|what) (?:nights?|days?|evenings?|mornings?|times?) {_ONLY_SEEN} (?:with|in|from"
    r"|who) [^.!?;]{0,40}?\b(?:usually |normally |always |often )?(?:comes?|goes|drops? in"
    r"|shows? up|turns? up|is in|is here)\b",
    rf"where {_ONLY_SEEN}(?: (?:from|at|in) [^.!?;]{{0,30}}?)? (?:lives?|live|stays?|sleeps?)\b",
    r"when (?:she|he) (?:usually |normally |always )?(?:goes|is going|walks|leaves|gets home"
    r"|is) (?:\w+ )?(?:alone|by herself|by himself|on her own|on his own)\b",
)
"""A stop, an evening, a home or an hour alone of someone the user only knows by sight."""

_RUN_INTO = r"['\"]?(?:run|bump) into['\"]? (?:her|him|them)\b"
RUN_INTO = words(_RUN_INTO)
"""A meeting dressed up as chance, whoever was asked the way to it."""

TURNS_UP = words(
    _RUN_INTO,
    r"so (?:i|we) (?:can|could|might) (?:\w+ ){0,3}?(?:say (?:hi|hello|hey)|see (?:her|him)"
    r"|catch (?:her|him)|meet (?:her|him)|be there|find (?:her|him)|turn up)\b",
    r"(?:she|he|they) (?:left|went|drove off|flew home) without (?:giving|leaving|telling)"
    r" (?:me|us)\b",
    r"(?:she|he) (?:buys?|shops?|comes?|orders?) (?:from|to|at) (?:mi|me|my)\b",
    r"(?:never|not) (?:get|got|had|have) (?:di |the )?courage\b",
    r"i only know (?:his|her|their) (?:street|road|block|building|area|neighbourhood)\b",
    r"(?:knows|has|have got|has got) (?:all )?(?:the regulars|everyone's|everybody's)\b",
)
"""The user meaning to turn up, or someone who left without giving their details, served
across a stall, or known only by their street: why the routine is wanted."""

HOTEL_NOT_GIVEN = words(
    r"(?:which|what) (?:hotel|hostel|guesthouse|airbnb|lodge|resort) (?:that|this|the)"
    r" (?:[\w'-]+ ){0,3}?(?:is|'s|are) (?:staying|booked|sleeping)\b",
)
"""Where a client or a guest is staying, asked of their guide or the office."""


def got_from_keepers(text: str, asked_close: bool) -> bool:
    """A third person's door or line from whoever keeps it, or their routine learned to turn
    up in it; a routine sought of family or friends (`asked_close`) is theirs to share, but
    not to run into someone there by contrived chance."""
    if has(FROM_THE_KEEPER, text) or has(OFF_THE_FORM, text):
        return True
    if not asked_close and has(OF_SOMEONE_THEY_KNOW, text):
        return True  # mum may pass on the number of the lady who helps her out
    routine = has(THEIR_ROUTINE, text) or has(HOTEL_NOT_GIVEN, text)
    if not routine:
        return False
    return has(RUN_INTO, text) or (not asked_close and has(TURNS_UP, text))
