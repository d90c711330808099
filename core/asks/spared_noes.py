"""A no spared: the user arranging the ask so the person is free to refuse.

"She can't say no in front of everyone" is pressure (`core.asks.leverage`,
`core.asks.off_guard`): the user counting on a no the person cannot give. The same words
turned round are the opposite: "ask Priya privately so she doesn't feel she can't say no in
front of everyone", "so he won't feel he has to say yes", "so they don't feel put on the
spot", "so she can say no easily". The user has seen the audience and avoided it on purpose.
`without_spared_noes` blanks that clause so the readings of pressure read only the rest of
the ask: asking "in front of everyone so she can't say no" has no such clause and stays
pressure, and "so she doesn't feel she can say no" (no double negative) is not matched.
Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks import off_guard
from core.asks.returned_favours import without_returned_favours
from core.asks.text import has, without, words

_THEY = r"(?:she|he|they|her|him|them)"
_NOT = r"(?:doesn't|don't|won't|wouldn't|does not|do not|will not|would not|never|isn't|aren't)"
_FEEL = (
    r"(?:feel|feels|think|thinks|feel like|feels like|have to feel|end up feeling|get the sense"
    r"|get the feeling)"
)
_CANNOT_REFUSE = (
    rf"(?:that )?{_THEY}(?: \w+)? (?:can't|cannot|couldn't|can not|has to|have to|must|is obliged"
    r" to|are obliged to|is expected to|are expected to|owes? (?:it to )?(?:me|us) to)"
    r" (?:say yes|agree|accept|go along(?: with it)?|refuse|say no|turn (?:me|it|us) down"
    r"|decline)"
)
_PUT_ON = (
    r"(?:pressured|pressured into (?:it|anything|saying yes)|pressed|cornered|trapped|obliged"
    r"|put on the spot|on the spot|under pressure|embarrassed|awkward|singled out|watched"
    r"|forced|guilty|guilt-tripped|backed into a corner|like (?:she|he|they) (?:can't|cannot)"
    r" refuse)"
)
_AUDIENCE = (
    r"(?: (?:in front of|before|with) (?:everyone|everybody|all of them|the (?:whole |other |rest"
    r" of the )?(?:\w+ )?(?:group|team|class|room|table|office|others|family|crowd|squad|lot))"
    r"(?: (?:watching|listening|there|around|looking on))?)?"
)
"""The audience the spared no avoids ("... in front of everyone")."""
SPARED = words(
    rf"(?:so|so that|that way|to make sure|in case) {_THEY} {_NOT} {_FEEL} {_CANNOT_REFUSE}"
    rf"{_AUDIENCE}",
    rf"(?:so|so that|that way|to make sure) {_THEY} {_NOT} (?:feel|feels|get|gets|end up|ends up"
    rf"|have to feel|be|is|are)? ?{_PUT_ON}{_AUDIENCE}",
    rf"(?:so|so that|that way|to make sure) {_THEY} (?:can|could|feels? (?:free|able) to|is free"
    r" to|are free to|has room to|have room to) (?:easily |freely |comfortably |honestly )?(?:say"
    r" no|decline|turn (?:me|it|us) down|refuse)\b(?: (?:easily|freely|comfortably|if (?:she"
    rf"|he|they) (?:wants?|likes?|needs? to)))?{_AUDIENCE}",
    rf"(?:so|so that|that way|to make sure) (?:it's|it is) easy (?:for {_THEY} )?to (?:say no"
    rf"|decline|turn (?:me|it|us) down|refuse){_AUDIENCE}",
    rf"(?:so|so that) (?:there's|there is) no pressure(?: on {_THEY})?{_AUDIENCE}",
    r"(?:not|rather than|instead of) (?:in front of|before) (?:everyone|everybody|the (?:whole )?"
    r"(?:\w+ )?(?:group|team|class|room|table|office|others|family|crowd|squad))",
)
"""The user's own reason for how they ask: so the person is free to say no ("so she doesn't
feel she can't say no in front of everyone", "so he isn't put on the spot", "so they can say
no easily"), or the audience turned down ("not in front of the team")."""


NO_NOT_SPARED = words(
    rf"(?:so|so that|that way|to make sure) {_THEY} {_NOT} {_FEEL} (?:that )?{_THEY}(?: \w+)?"
    r" (?:can|could|is able to|are able to|is allowed to|are allowed to|has the right to) (?:say"
    r" no|refuse|decline|turn (?:me|it|us) down)\b",
)
"""The spared no's words with one negative dropped: "so she doesn't feel she can say no" is
the user making sure she cannot."""


def without_spared_noes(text: str) -> str:
    """The text with a spared no blanked out, for the readings of pressure to read the rest;
    unchanged when the moment is chosen for drink or grief (`core.asks.off_guard`), where a
    spared no is no longer the user's to promise. A past favour recalled with the no left
    free ("remind him I helped him move ..., no pressure") is blanked too
    (`core.asks.returned_favours`)."""
    if has(off_guard.OFF_GUARD, text):
        return text
    return without_returned_favours(without(SPARED, text))


def withholds_a_no(text: str) -> bool:
    """Whether the ask makes sure the person does not feel free to say no."""
    return has(NO_NOT_SPARED, text)
