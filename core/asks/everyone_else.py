"""Everyone else has already said yes: the rest of a group's yes told to the person as a lever.

"Tell him the whole building already agreed to help me and only he is left", "mention that
everyone in the department has already agreed", "tell her the whole class already joined so
she'll be the only one left out", "so he kinda has to": the ask is put so that a no sets the
person apart from everyone they know, whether or not the claim is true. Asking the group
chat who is in, or telling a friend who has already said yes, asks nothing of anyone's no.
A flatmate reminded that everyone else has paid their share is asked for what they owe, and
stays fair. Read into the ask's `demands` by `core.asks.slots`; fragments over the normal
form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_TELLS = (
    r"(?:tell|telling|told|mention\w*|say|saying|remind\w*|let (?:\w+ ){1,2}know|point\w* out"
    r"|add|adding|inform\w*|explain\w*|stress\w*|make (?:sure|it clear)|emphasi[sz]\w*)"
)
"""Saying it to the person alongside the ask."""
_GROUP = (
    r"(?:class|team|building|family|office|department|dept|group|street|crew|squad|choir|club"
    r"|church|village|block|floor|year|committee|staff|gang|lot|lab|unit|ward|shift|estate|flat"
    r"|house|household|flatmates|housemates|roommates"
    r"|people|guys|girls|lads|neighbou?rs|colleagues|friends|mates|cousins|siblings|members"
    r"|parents|students|classmates|teammates|others|relatives|aunties|uncles)"
)
"""A group of people, never a sum or a thing ("the rest is already paid" asks nothing)."""
_THE_REST = (
    r"(?:every(?:one|body)|every (?:other |single )?(?:one|person|member|parent|neighbou?r"
    rf"|colleague|friend|cousin|student|player|teammate|guest)|(?:all|the rest) of (?:us|them"
    rf"|(?:the|my|our|his|her|their) (?:other )?{_GROUP})|all (?:the|our|his|her|their)"
    rf" (?:other )?{_GROUP}|the whole (?:\w+ )?{_GROUP}|the others|all the others)"
)
"""The whole group the person belongs to: everyone, all of them, the rest of them."""
_SAID_YES = (
    r"(?:agree\w*|said yes|say yes|sign\w*|join\w*|contribut\w*|chipp?\w* in|pitch\w* in|gave"
    r"|give\w*|paid|pay\w*|len[dt]\w*|help\w*|donat\w*|bought|buy\w*|vot\w*|commit\w*|promis\w*"
    r"|book\w*|put (?:in|money|their)|sen[dt]\w*|swapp?\w*|cover\w*|volunteer\w*|on board"
    r"|step\w* up)"
)
"""What the rest are said to have done: agreed, joined, given, lent."""

THE_REST_AGREED = words(
    rf"{_TELLS}\b[^.!?;]{{0,50}}?\b{_THE_REST}\b[^.!?;]{{0,40}}?\balready (?:\w+ )?{_SAID_YES}",
    rf"{_TELLS}\b[^.!?;]{{0,50}}?\b{_THE_REST}\b[^.!?;]{{0,80}}?\bso (?:he|she|they|you)"
    r" (?:really )?(?:should|ought to|must|needs? to|has to|have to)(?: (?:\w+ )?(?:too|as well"
    r"|also))?\b",
)
"""The rest of the group's yes, told to the person ("tell him all the building already agree
to help me"), or a yes said to follow from theirs ("tell the guest everybody else in the hostel
booked the tour with us, so she should too")."""

LAST_ONE_LEFT = words(
    r"(?:(?:'ll|will|'d|would) (?:be|feel|look)(?: like)?|so (?:that )?(?:he|she|they)(?:'s| is"
    r"|'re| are)) the only (?:one|person)(?: of (?:us|them))? (?:who(?:'s| is)? |that(?:'s| is)? )?"
    r"(?:left(?: out)?|not (?:in|joining|helping|coming|giving|paying|chipping in)|(?:who|that)"
    r" (?:hasn't|has not|didn't|did not|won't)|missing out|holding (?:out|back|things up"
    r"|everyone up))",
    rf"{_TELLS}\b[^.!?;]{{0,80}}?\bonly (?:he|she|they|him|her|them) (?:is|are|'s|'re)"
    r" (?:left|missing|holding out|holding back|still to)",
)
"""A no made to set the person apart: "so she'll be the only one left out", "tell him only he
is left". Someone who happens to be the only one left at the office, invited along, is not
told a no would set them apart."""

BOUND_TO = words(
    r"so (?:that )?(?:he|she|they)(?:'ll have|'s got|'ve got| (?:\w+ )?(?:has|have|must"
    r"|will have|got)) to(?=[.,!?;)]|$| (?:now|too|as well|really)\b)",
    r"so (?:that )?(?:he|she|they) (?:\w+ )?must (?:also |too |as well )?(?:give|pay|join|come"
    r"|help|lend|contribute|chip in|agree|say yes|sign|do it|donate)\b",
)
"""The yes said to follow from it: "so he kinda has to", "so she must also give"."""

_NO_LEVER = words(
    r"(?:his|her|their) (?:own )?(?:share|part|portion|half|bit|cut)\b|what (?:he|she|they)"
    r" owes?\b",
    r"in case (?:he|she|they)|if (?:he|she|they)(?:'d like| (?:\w+ )?(?:wants?|fancies|fancy"
    r"|likes?|would like|is free|are free|is keen|are keen))|agreed? on\b|their own\b",
    r"(?:ask|asking) (?:if|whether) (?:he|she|they|anyone|anybody)(?:'s| is| are|'re| needs?)\b",
    r"for (?:his|her|their) (?:\w+ )?(?:present|gift|birthday|party|leaving do|surprise)",
)
"""A share the person owes, asked after the others paid theirs, news of the group's plan left
open to them ("in case she wants to join", "agreed on Friday", "and ask if he's free"), or a
present the rest bought for them: no lever."""


def claims_the_rest_agreed(text: str) -> bool:
    """Whether the ask sets the person against everyone else's yes, or says a yes now follows
    from it; a share they owe, or a plan left open to them, is no lever."""
    if has(LAST_ONE_LEFT, text) or has(BOUND_TO, text):
        return True
    return has(THE_REST_AGREED, text) and not has(_NO_LEVER, text)
