"""Pretending in a rehearsal: a role played for practice by someone who knows it.

"Ask Mum to play a pretend buyer at my open home rehearsal, she knows it's just practice"
names a pretence, but nobody is fooled: the one asked plays a part in a rehearsal they are
in on. `core.asks.slots` leaves such a "pretend" out of `deceives`. Being someone's pretend
partner at a wedding fools the guests, so only a part played ("play a pretend buyer", "play
the customer") in words naming the practice counts. Patterns match the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_PLAYS_A_PART = words(
    r"(?:play|act(?: as)?|be) (?:a|the|my) pretend (?:buyer|customer|client|interviewer|examiner"
    r"|patient|caller|guest|audience|tenant|seller|boss|investor|judge|panel)s?",
    r"(?:play|act as) (?:a|the|my) (?:mock |practice )?(?:buyer|customer|client|interviewer"
    r"|examiner|patient|caller|tenant|investor)s?",
)
_PRACTICE = words(
    r"rehears\w*|dry run|role-?play\w*|(?:for|as|just|only) (?:a )?practi[cs]e|mock (?:\w+ )?"
    r"(?:interview|viewing|sale|call|exam|pitch)",
    r"(?:she|he|they) (?:knows?|know) (?:it's|it is|that it's) (?:just |only )?(?:practi[cs]e"
    r"|pretend|a game|a rehearsal|role-?play)",
)


def a_part_in_a_rehearsal(text: str) -> bool:
    """Whether the pretence is a part the asked person plays in a practice run."""
    return has(_PLAYS_A_PART, text) and has(_PRACTICE, text)
