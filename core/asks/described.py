"""A second look at who is asked, from what the words around the person say about them.

`core.asks.asked` finds the asked person by role words. These readings need the words
around the person as well, and go wrong without them:

- a person given an age under eighteen ("the neighbor's 7yo") or a school year ("a year 7")
  is a child, and the user's own son or daughter with a car, a home or a spouse of their own
  ("ask my daughter to lend me her car") a grown-up, family (`core.asks.grown_children`);
- someone asked by first name and spoken of as "his" or "her" ("ask Dimas to lend his
  helm") is someone the user knows;
- a person described as part of the user's own team ("the guy who closes the biggest
  deals on our team") is a colleague, whatever role word named them first, and so is
  "Tsering from the office" or the new teacher seen eating alone (`core.asks.workmates`);
- someone the user calls "my ..." by a word no role lexicon knows ("my novio", "my
  Eileen") is someone the user knows, not the stranger or child the rest of the
  sentence happens to mention ("... with the girls", "... when the children were small");
- someone the user holds power over who is only mentioned in passing ("my students will
  see it") is not the person asked when the ask goes to someone else and no "him", "her"
  or "them" points back to them;
- how the user knows the person ("my old man", "a guy I met at the meeting", "the
  neighbour's little boy"), read by `core.asks.relations`;
- a partner asked by first name, by the years together or the home the words name
  (`core.asks.spouses`), or by the user's own kids they are asked to take for a morning
  (`core.asks.shared_children`);
- someone named by their stall whom the user chats with every day ("the rolex guy ..., we
  chat every day") is an acquaintance, not a stranger (`core.asks.daily_chats`).
"""

from __future__ import annotations

import re

from core.asks.asked import BY_NAME, Asked, who_is_asked
from core.asks.daily_chats import known_from_daily_chats
from core.asks.group_parents import parents_of_the_group
from core.asks.grown_children import a_grown_child
from core.asks.in_my_charge import under_my_role
from core.asks.people import ROLES
from core.asks.relations import related
from core.asks.roles import Who
from core.asks.shared_children import the_other_parent
from core.asks.spouses import a_spouse_by_name
from core.asks.walk_ins import manager_of_a_place_visited
from core.asks.workmates import a_workmate

_ON_MY_TEAM = re.compile(
    r"^(?: \w+){0,2}? (?:who|that|from|on|in|at)\b[^.!?,;]{0,60}?\b(?:on|in|at|from) (?:our|my)"
    r" (?:\w+ )?(?:team|office|department|floor|company|firm|branch|shift|crew|lab|workplace"
    r"|squad)\b(?! (?:cafe|café|canteen|kitchen|reception|building|block))"
)
"""A relative clause placing the person in the user's own workplace."""
_MY_OBJECT = re.compile(
    r"\b(?:ask|tell|invite|text|message|call|phone|email|ring) ((?:my|our) (?!(?:question"
    r"|questions|way|order|doubts?|luck|turn|favour|request|opinion|own)\b)[a-z][a-z-]*)(?!['\w])"
)
"""An asking verb whose object is "my ..." or "our ...": someone the user has."""
_BY_AGE = re.compile(
    r"\b(?:ask|make|get|tell|invite|persuade)\w* ((?:(?:my|our|the|a|an|some|that"
    r"|this) )?(?:[\w-]+(?:'s|s') )?(?:[1-9]|1[0-7]) ?(?:yo|y/o|yrs? old|years? old"
    r"|year-old)s?)\b"
)
"""A person asked who is given an age under eighteen ("the 12 yo next door")."""
_BY_SCHOOL_YEAR = re.compile(
    r"\b(?:ask|make|get|tell|invite|persuade|pay|bribe)\w* ((?:a|an|the|some|two|three|one of"
    r" the|that|this) (?:year|yr|p) ?(?:[1-9]|10)s?|(?:a|an|the"
    r"|some|two|three|that|this) (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|[1-9](?:st|nd|rd|th))[- ]graders?)\b(?! (?:class|teacher|trip|parents?|tutor|head|group"
    r"|exam|results?|students?\b))"
)
"""A child asked by their school year ("get a year 7 to queue for me", "a 5th grader"): not
the user's own ("my Year 9s" are a teacher's class, read by `core.asks.power`)."""
_HIS_OR_HER = re.compile(r"\b(?:his|her|hers|she|he|him)\b")
_POINTS_BACK = re.compile(r"(?: [\w']+){0,2}? (?:he|she|he's|she's|him|her|his)\b")
"""A "he" or "she" in the next words ("ask my novio if he's ok"): a person, not "my order"."""
_STRANGE = frozenset({Who.STRANGER, Who.CHILD})
_SUBORDINATE = dict(ROLES)[Who.SUBORDINATE]
_SENTENCES = re.compile(r"[^.!?;]+[.!?;]*")
_ASKS = re.compile(
    r"\b(?:ask|tell|invite|get|have|persuade|make|text|message|call|email|beg|request|offer"
    r"|see if|want)\w*\b"
)
_ASKS_FOR = re.compile(r"\bask\w* (?:for|everyone|anyone|people|the internet|online)\b")
"""An ask put to the public or for a thing ("ask for honest comments"), not to a person."""
_ASKS_THEM = re.compile(
    r"\b(?:ask|tell|invite|get|persuade|make|text|message|call|email|beg|offer)\w* (?:him|her"
    r"|them|one of them|each of them|both)\b"
)


def _a_child_by_age(text: str, asked: Asked) -> Asked | None:
    """ "make the neighbor's 7yo trade me his card": a child, by the age the words give."""
    if asked.who in (Who.CHILD, Who.SUBORDINATE):
        return None
    match = _BY_AGE.search(text) or _BY_SCHOOL_YEAR.search(text)
    return None if match is None else Asked(Who.CHILD, match.group(1), True)


def _called_by_name(raw: str, asked: Asked) -> Asked | None:
    """ "Ask Dimas to lend his helm": someone asked by first name and spoken of as "his" or
    "her" is someone the user knows, when no role word names anybody."""
    if asked.who is not Who.NOBODY:
        return None
    match = BY_NAME.search(raw)
    if match is None or not _HIS_OR_HER.search(raw.lower(), match.end()):
        return None
    return Asked(Who.FRIEND, match.group(1).lower(), True)


def _on_my_team(text: str, asked: Asked) -> Asked | None:
    if asked.who not in (Who.STRANGER, Who.STAFF) or not asked.named_as:
        return None
    start = text.find(asked.named_as)
    if start < 0 or not _ON_MY_TEAM.search(text[start + len(asked.named_as) :]):
        return None
    return Asked(Who.COLLEAGUE, asked.named_as, asked.as_object)


def _role_within(text: str, start: int, end: int) -> bool:
    """Whether a role lexicon names someone starting inside the words `text[start:end]`."""
    for _, pattern in ROLES:
        match = pattern.search(text, start)
        if match is not None and match.start() < end:
            return True
    return False


def _someone_i_have(text: str, raw: str, asked: Asked) -> Asked | None:
    """ "ask my novio if he's ok": a person the user calls their own, by a word the role
    lexicons do not know, spoken of as "he" or "she" or named with a capital, as the word
    itself ("my Eileen") or a name after the word as written in lower case ("my uce Sami to",
    Samoan for a brother; not "my BVG Kollege", a German noun after a firm's name)."""
    if asked.who not in _STRANGE:
        return None
    for match in _MY_OBJECT.finditer(text):
        start, end = match.span(1)
        if _role_within(text, start, end):
            continue
        word = match.group(1).split(" ", 1)[1]
        named = re.search(
            rf"\b(?:my|our) (?:{word.capitalize()}\b|{word} [A-Z][a-z]+(?= (?:to|for|if)\b|,))", raw
        )
        if named is not None or _POINTS_BACK.match(text, end):
            return Asked(Who.ACQUAINTANCE, match.group(1), True)
    return None


def _mentioned_in_passing(text: str, raw: str, asked: Asked) -> Asked | None:
    """Someone the user holds power over ("my students"), named only in a sentence that asks
    nothing, when the ask goes to the public or for a thing and no asking verb points back to
    them: the ask is read again without that sentence."""
    if asked.who is not Who.SUBORDINATE or _ASKS_THEM.search(text):
        return None
    if not asked.named_as.startswith(("my ", "our ")):
        return None  # "I manage a small team": the user's role, context for every ask
    passing = [
        sentence.group(0)
        for sentence in _SENTENCES.finditer(text)
        if _SUBORDINATE.search(sentence.group(0))
    ]
    if not passing or any(_ASKS.search(sentence) for sentence in passing):
        return None
    rest = text
    for sentence in passing:
        rest = rest.replace(sentence, " ")
    if not _ASKS_FOR.search(rest):
        return None
    again = who_is_asked(rest, raw)
    return again if again.who is not Who.SUBORDINATE else None


_REASON = re.compile(r",? \b(?:since|because|as|cos|coz|'cause|seeing as|now that) ")


def _named_in_the_reason(text: str, raw: str, asked: Asked) -> Asked | None:
    """ "Ask the clerk to recommend a novel, since my students keep asking me": someone the
    user holds power over, named only in the reason given for an ask of someone else, is not
    the person asked; the ask is read again without the reason."""
    if asked.who is not Who.SUBORDINATE or _ASKS_THEM.search(text):
        return None
    start = text.find(asked.named_as)
    reasons = [m for m in _REASON.finditer(text, 0, start) if m.end() <= start]
    if not asked.named_as.startswith(("my ", "our ")) or not reasons:
        return None
    again = who_is_asked(text[: reasons[-1].start()], raw)
    return again if again.who not in (Who.SUBORDINATE, Who.NOBODY) else None


def _under_my_role(text: str, asked: Asked) -> Asked | None:
    """ "As encargado, ask the new pickers ...": those the user's own role puts in their
    charge (`core.asks.in_my_charge`), whoever the role words found."""
    if asked.who is Who.SUBORDINATE or (named := under_my_role(text)) is None:
        return None
    return Asked(Who.SUBORDINATE, named, True)


def described(text: str, raw: str, asked: Asked) -> Asked:
    """The person asked, read again with what the words around them say. `text` is in
    normal form; `raw` is the words as written, where a capital shows a name."""
    readings = (
        _under_my_role(text, asked),
        _a_child_by_age(text, asked),
        a_grown_child(text, asked),
        _on_my_team(text, asked),
        a_workmate(text, raw, asked),
        parents_of_the_group(text, asked),
        manager_of_a_place_visited(text, asked),
        _someone_i_have(text, raw, asked),
        a_spouse_by_name(text, raw, asked),
        the_other_parent(text, raw, asked),
        _called_by_name(raw, asked),
        related(text, asked),
        known_from_daily_chats(text, asked),
    )
    for reading in readings:
        if reading is not None:
            return reading
    return (
        _mentioned_in_passing(text, raw, asked) or _named_in_the_reason(text, raw, asked) or asked
    )
