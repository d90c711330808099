"""Finding someone's door: where they live sought to turn up there, or a private line from
whoever keeps it.

"Ask the school-gate mum for her house address so I can just drop by one evening", "which
U-Bahn stop she lives at so I can 'accidentally' take the same train", "where exactly she
lives": a home asked so the user can arrive unasked, or pinned down to the door, even of
someone the user knows a little, leaves them no say in being found. "The home address of the
mother who praised my sadza", "personal mobile of the girl from payments", asked of the
school office or HR: a third person's private details are the office's to keep, never to
hand on. A friend's address for a party, a shop's opening hours, or the work line stay fair.
Patterns match the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks import (
    desk_lookups,
    lines_in_other_tongues,
    pretext_lines,
    run_ins,
    served_lines,
    strangers_abroad,
)
from core.asks.text import has, words

_PLACE_CODE = r"(?:address|eircode|postcode|post code|zip code|zipcode|zip|pin code|pincode)"
_PRIVATE_LINE = (
    r"(?:(?:mobile|cell|phone|whatsapp) )?(?:number|no|mobile|cell|phone|email|whatsapp"
    r"|insta(?:gram)?|address)"
)
_SOMEONE = r"(?:the|that|this|a|an|one of the|[\w']+'s)"

OTHERS_PRIVATE_LINE = words(
    rf"(?:home|house|residential|private|personal|own) (?:\w+ )?(?:{_PLACE_CODE}|{_PRIVATE_LINE})"
    rf" (?:number )?(?:of|for) {_SOMEONE} (?!(?:shop|office|company|business|clinic|school"
    r"|practice|store|restaurant|bakery|café|cafe|salon|firm|team|club|library|council)\b)",
    rf"(?:look|looking|looked|dig|pull|find|get) (?:up |out )?(?:the |their |her |his )?(?:home"
    rf" )?{_PLACE_CODE} of\b",
    rf"(?:the|a|an) (?:[\w-]+ ){{0,2}}?[\w-]+'s (?:home|house|private|personal) (?:{_PLACE_CODE}"
    rf"|{_PRIVATE_LINE})\b",
    rf"{_PRIVATE_LINE} of (?:the|that|this) (?:[\w'-]+ ){{0,2}}?(?:girl|guy|gal|lad|boy|chick"
    r"|babe)\b",
    rf"(?:track|hunt) down (?:the |her |his |their )?{_PRIVATE_LINE}\b",
    r"(?:prof|professor|dr|doctor|mr|mrs|ms|miss|mx|sir|madam|coach|pastor|father|teacher|dean"
    r"|lecturer|tutor|ustaz|pak|bu|ibu|señor|señora|herr|frau|monsieur|madame)\.? [\w-]+'s (?:home"
    rf"|house|private|personal) (?:{_PLACE_CODE}|{_PRIVATE_LINE})\b",
)
"""A third person's home address or private line asked by the words "of the ..." ("the home
address of the mother", "personal mobile of the girl") or "the new registrar's home address":
never the asker's to give; so is "Prof. Pop's home address", a title and a name."""

HOME_SOUGHT = words(
    rf"(?:her|his|their|[\w']+'s) (?:home |house |exact |full |street )+{_PLACE_CODE}",
    rf"(?:home|house) {_PLACE_CODE}",
    r"where (?:exactly|precisely) (?:she|he|they) (?:lives?|stays?|sleeps?)",
    rf"(?:new|current|latest|forwarding) (?:home )?{_PLACE_CODE} (?:of|for) (?:the|that|this)"
    r" (?:[\w-]+ ){0,2}?(?:family|couple|lady|man|woman|girl|guy|widow|widower|boy|lad|lass)\b",
    r"(?:her|his|their) exact (?:address|house|flat|building|street)",
    r"(?:which|what) (?:[\w-]+ )?(?:stop|station|exit) (?:\w+ ){0,2}(?:she|he|they) (?:lives?"
    r" (?:at|near|by|off)|gets? (?:off|on)|gets out)\b",
    r"(?:which|what) (?:hotel|hostel|guesthouse|guest house|airbnb|motel|b&b|halls?|flat|dorm"
    r"|block|house|room) (?:number )?(?:she|he|they)(?:'s|'re| is| are) (?:staying |living"
    r" |sleeping )?(?:at|in)\b|(?:which|what) (?:flat|room|door|house|apartment) number",
    r"(?:which|what) (?:hotel|hostel|motel|guesthouse|guest house|airbnb|b&b|inn|lodge)"
    r" (?:[\w'-]+ ){1,8}?(?:is|are|'s) (?:staying|sleeping|put up|booked) (?:at|in)\b",
    r"(?:name|address) of (?:her|his|their) (?:hotel|hostel|guesthouse|guest house|airbnb|motel"
    r"|b&b|villa|chalet|lodge|digs)\b|(?:her|his|their) (?:hotel|hostel|guesthouse|airbnb|motel"
    r"|villa|chalet|lodge)(?:'s)? (?:name|address)\b",
)
"""Someone's home pinned to the door: a house address or postcode, the new address of a family
who stopped coming, where exactly they live,
the stop they live at, the name of the hotel they are staying in, which hotel or halls they
are in, their flat number."""

EXACTLY = words(
    r"where (?:exactly|precisely|actually|really) (?:she|he|they) (?:lives?|stays?|sleeps?)"
    r"|where (?:she|he|they) (?:actually|really) (?:lives?|stays?|sleeps?)",
    r"(?:her|his|their) exact (?:address|house|flat|building|street)",
    r"(?:lives?|living|stays?|staying|mentioned|moved|home)\b[^.!?]{0,80}?\b(?:which|what)"
    r" (?:road|street|estate|avenue|lane|close|crescent|terrace|block|building|house|flat"
    r"|apartment)(?: number)? (?:exactly|precisely|specifically)\b",
)
"""A home asked to the door, whatever the user means to do with it; so is the road "exactly"
of a part of town someone mentioned living in ("mentioned rathmines, ask her which road
exactly")."""

HOME_LEFT_EMPTY = words(
    r"(?:if|whether|when|which (?:days?|nights?|evenings?|weekends?)) (?:her|his|their)"
    r" (?:roommates?|room-mates?|flatmates?|housemates?|parents|folks|husband|wife|family"
    r"|landlady|landlord|hostel-?mates?|pg-?mates?) (?:is|are|'re|'s) (?:usually |normally |often"
    r" |ever |always |mostly )?(?:out|away|gone|not (?:home|around|in|there))\b",
)
"""When the people someone lives with are out ("if her roommates are usually out"): when they
are alone at home, asked of them or of whoever knows, as a door found empty of anyone else."""

TURNS_UP = words(
    r"(?:drop|pop) (?:\w+ ){0,2}?off\b(?! (?:at|to) (?:the|my|our|reception)\b)",
    r"(?:drop|pop|bring) (?:a |an |the |my |some )?(?:[\w-]+ ){1,2}(?:round|over)\b(?! (?:to|at)"
    r" (?:the|my|our|reception)\b)",
    r"(?:just )?(?:drop|pop|swing|call|come|go|stop) (?:by|round|around|over|in)\b(?! (?:the"
    r" (?:shop|office|café|cafe|stall|desk|counter)|to (?:the|my|our)))",
    r"(?:turn|show|rock|roll) up (?:at|on) (?:her|his|their|the) (?:house|home|door|doorstep"
    r"|place|flat|front)",
    r"(?:thank|surprise|visit|see|meet|find) (?:her|him|them) at (?:her|his|their) (?:house|home"
    r"|door|doorstep|place|flat)",
    r"'?accidentally'? (?:take|catch|get on|bump into|run into|meet|be on|end up on)",
    r"(?:take|catch|get on|be on) the same (?:train|bus|tram|ferry|carriage)\b",
    r"so (?:i|we) (?:can|could) (?:come |go |just )?(?:and )?(?:find|track down|look for|catch"
    r"|wait for|surprise) (?:her|him|them)\b",
    r"(?:bring|take|return|deliver) (?:back )?(?:it|them|the \w+)(?: back)? (?:to (?:her|his|their)"
    r" (?:house|home|door|flat|room)|myself)",
)
"""Arriving at their door or on their way home unasked ("drop round a card", "'accidentally'
take the same train", "bring back the glove myself", "so I can find her there", "drop off
some sheet music", "drop a thank-you card round"); dropping a thing off at the shop or at
reception is no door."""

WAITS_AT_THEIR_DOOR = words(
    r"(?:wait|waiting|hang around|hang about|linger) (?:for (?:[\w']+ ){1,5}?)?(?:outside|in front"
    r" of|across from|near) (?:her|his|their) (?:house|home|flat|building|place|apartment)\b",
)
"""Waiting at someone's home for them to come out or come back: a door they did not open."""


PRIVATE_LINE_ASKED = words(
    r"(?:her|his) (?:own |personal |private )(?:(?:mobile|cell|phone) )?(?:cell|mobile|phone"
    r"|number|whatsapp|email|line)\b",
    *lines_in_other_tongues.PRIVATE_LINES,
    *served_lines.SERVED_LINES,
    rf"(?:her|his|their) (?:sister|brother|cousin|friend|mate|flatmate|roommate|niece|nephew)'s"
    rf" (?:{_PRIVATE_LINE})\b",
    rf"(?:{_PRIVATE_LINE}|fb|ig|socials) of (?:her|his|their) (?:\w+ )?(?:daughter|son|sister"
    r"|brother|cousin|niece|nephew|friend|flatmate|roommate|granddaughter|grandson|kids?)\b(?!'s)",
    r"for (?:her|his) (?:cell|cellphone|mobile|digits)\b(?= ?(?:$|[,.!?]|so (?:i|we) (?:can|could)"
    r" (?:\w+ ){0,2}?(?:call|text|message|ring|whatsapp|reach|contact|dm) (?:her|him)\b))",
    r"(?:her|his) (?:own |personal |private )?(?:number|cell|mobile|whatsapp|zalo|kakao|wechat"
    r"|line id|viber|telegram|insta(?:gram)?)(?: number)?,? for my (?:niece|daughter|son|sister"
    r"|brother|cousin|nephew|granddaughter|grandson|friend|mate|bestie)\b(?!')",
)
"""A private line asked of whoever serves the user or passes by: the hygienist's own mobile
rather than the clinic's, or the kelewele seller's sister's number; theirs, or their
relative's, to give, not a counter's to hand over; so is the Instagram of the fishwife's
daughter who helps on her stall. So are "his cell so I can text him about the bad calls",
a worker's own phone asked to reach him outside the job, and "his Zalo number, for my niece",
a line asked to set a relative up with someone serving or passing the user; and "her personal
line, not the office one on her card", or a Zalo asked "của chị"
(`core.asks.lines_in_other_tongues`); or a croupier's WeChat, or the cell of the kid who bagged
the user's groceries (`core.asks.served_lines`)."""


def seeks_their_door(text: str) -> bool:
    """A third person's private details asked of whoever keeps them (a desk among them,
    `core.asks.desk_lookups`), a home pinned to the door or known to be empty of anyone else,
    or a home or a shift sought so the user can turn up there (`core.asks.run_ins`)."""
    if has(OTHERS_PRIVATE_LINE, text) or has(EXACTLY, text) or has(HOME_LEFT_EMPTY, text):
        return True
    if pretext_lines.asked_under_a_pretext(text):
        return True  # "his daughter's WhatsApp. Tell him it's for 'future bookings'"
    if desk_lookups.asks_a_desk_for_someone(text):
        return True
    if strangers_abroad.line_asked_abroad(text) or strangers_abroad.home_asked_abroad(text):
        return True  # "pedirle su insta al chavo", "waar hij woont"
    if has(WAITS_AT_THEIR_DOOR, text):
        return True  # "wait for her outside her house after the party"
    turns_up = has(TURNS_UP, text)
    return (has(HOME_SOUGHT, text) and turns_up) or run_ins.turns_up_unasked(text, turns_up)
