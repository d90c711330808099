"""Finding who is asked: the person an ask is addressed to, and the words naming them.

The asked person is usually the object of the asking verb ("ask *the barista*",
"invite *a colleague*", "walk up to *a woman* and ..."), so the window after each
asking verb is read first; when none names anybody, the whole text is. That reading
can land on a place ("go to the electronics shop, wait until a customer is buying
headphones, and ask him ..."): when it finds only a place or nobody and an asking verb's
object is "him", "her" or "them", the person is the one last named before that verb.
An asking verb with no object ("go to the lady downstairs and ask if I can borrow her
bracelet for my cousin's wedding") asks the person named before it, not whoever the
question goes on to mention. Someone called by a first name ("text Aiko and ask if she
...") is someone the user knows, and one asked by name for a hug is read where the hug is
asked, whatever the rest names ("ask Sina for a hug before the competition",
`core.asks.named_hugs`). Within a window the earliest role wins, and of two
starting together the longer. Words saying the user has power over someone ("who reports
to me", "as class rep") outweigh every other role.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from core.asks import known_people
from core.asks.named_hugs import hugged_by_name
from core.asks.other_tongues import OURS_BY_NAME
from core.asks.own_status import without_own_status
from core.asks.people import ROLES
from core.asks.roles import Who
from core.asks.self_asks import only_of_myself
from core.asks.spoken_for import speaks_for_the_group
from core.asks.text import NAME


class Asked(NamedTuple):
    who: Who
    named_as: str
    as_object: bool
    """True when the person was found as the object of an asking verb."""


_SUBORDINATE = dict(ROLES)[Who.SUBORDINATE]
_ASKING = re.compile(
    r"\b(?:ask(?:s|ed|ing)?|invite|message|text|dm|tell|call|phone|ring|email"
    r"|e-mail|write to|contact|approach|go up to|walk up to|go over to|chat up"
    r"|flirt with|interrupt|tap|request|get(?= (?:a|an|the|my|your|our|some|one|two|three|someone"
    r"|somebody|anyone|people|him|her|them)\b)|compliment|greet|say \w+ to|join"
    r"|sit (?:down )?(?:with|next to|beside)|film|record|photograph|hug|kiss"
    r"|pick up|offer|pitch|submit|send|knock on|ring the (?:bell|doorbell) of"
    r"|demander|demande|pregunta|preguntar|preguntarle|pedir|pedirle|pídele|decirle|llamar"
    r"|chiedere|fragen)\b"
)
WINDOW = 90
_PLACES = frozenset({Who.ORGANISATION, Who.NOBODY})
_PRONOUN = re.compile(
    r" (?:him|them|her(?= (?:if|to|for|whether|out|what|how|why|when|where|which|a|an|the|some"
    r"|about|on|over|in|at|again|i|i'm|we|that|you|how)\b|[,.!?;)]|$)"
    r"|(?:his|her|their)(?= (?:own |personal |private |direct )?(?:number|digits|mobile|cell"
    r"|email|whatsapp|zalo|kakao|kakaotalk|wechat|line id|telegram|viber|instagram|insta|snapchat"
    r"|snap|socials|handle|facebook|tiktok|address|details|contact)\b))"
)
"""An asking verb whose object is a pronoun, or the person's own number or app ("ask her
Zalo"): the person was named before the verb."""
_THEIRS = re.compile(r" (?:for|about) (?:her|his) ")
"""An ask for "her personal cell" or "his number": the person whose it is was named before
the verb, even when a desk or a shop is named after it."""
_NO_OBJECT = re.compile(r" (?:if|whether)\b")
"""An ask with no object ("go to the lady downstairs and ask if ..."): the person asked is
the one named before it, not whoever the question mentions ("... for my cousin's wedding")."""
_OF_ONE = re.compile(r" (?:if|whether) (?:she|he)\b")
_MANY = re.compile(
    r"\b(?:kids|children|boys|girls|twins|sons|daughters|teens|teenagers|little ones)$"
)
"""Children named together, who are not the "she" or "he" a question asks about."""


_ANY_ROLE = re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in ROLES))
"""Every role at once: one scan finds where the first person is named, where a scan per role
cost an eighth of the whole check."""


def _earliest(text: str, start: int, end: int) -> tuple[Who, str] | None:
    """The person named first between `start` and `end`: of the roles named there, the longest
    name, and of equally long ones the role listed first."""
    first = _ANY_ROLE.search(text, start, end)
    if first is None:
        return None
    best: tuple[Who, str] | None = None
    for who, pattern in ROLES:
        match = pattern.match(text, first.start(), end)
        if match is not None and (best is None or len(match.group(0)) > len(best[1])):
            best = (who, match.group(0))
    return best


def _named_before(text: str, end: int, places: bool = False, one: bool = False) -> Asked | None:
    """The person named last before `end` (an asking verb whose object is "him" or "if ..."
    stands for them), as the one asked; with `places`, a shop or an office too; with `one`
    (the question is "if she ..."), not children named together ("her kids")."""
    best: tuple[int, int, Who, str] | None = None
    for who, pattern in ROLES:
        if who in _PLACES and not (places and who is Who.ORGANISATION):
            continue
        for match in pattern.finditer(text, 0, end):
            if one and who is Who.CHILD and _MANY.search(match.group(0)):
                continue
            key = (match.start(), len(match.group(0)))
            if best is None or key > (best[0], best[1]):
                best = (key[0], key[1], who, match.group(0))
    return None if best is None else Asked(best[2], best[3], True)


BY_NAME = re.compile(
    r"\b(?:[Aa]sk|[Tt]ext|[Mm]essage|[Cc]all|[Ii]nvite|[Tt]ell|[Hh]ug|DM|[Ee]mail|[Rr]ing|[Pp]hone"
    rf"|[Ww]rite to|[Dd]emander à|[Pp]edirle a|[Pp]edir a) ((?!I\b){NAME})\b(?!['’])"
    r"(?! (?:cashier|checkout|till|store|shop"
    r"|supermarket|security|desk|counter|staff|clerk|driver|guard|waiter|waitress|barista"
    r"|bartender|receptionist|assistant|attendant|employee|worker|manager|teller)s?\b)"
)
"""An ask addressed to someone by their first name ("text Aiko and ask ...", "demander à
Julie"), not a shop named before its staff ("ask Silpo cashier")."""
_SHE_OR_HE = re.compile(r"\b(?:she|he|her|him)\b")
_FOR_A_HUG = re.compile(
    r"(?: \([^)]{0,40}\))? (?:to|for|if (?:i|we) (?:can|could))"
    r" (?:a |an |give (?:me|us) (?:a |an )?)?"
    r"(?:(?:big|huge|massive|proper|quick|long|warm|tight|good|little|wee|gros|grand|bear) ){0,2}"
    r"(?:hug|high[- ]?five|fist[- ]?bump|cuddle|abrazo|abraço|c[aâ]lin)"
    r"|,? (?:un|una|um|uma) (?:(?:gros|grand|petit|bon|big|buen|bom|grande|largo|fuerte) ){0,2}"
    r"(?:c[aâ]lin|abrazo|abraço)"
)
"""A hug asked of someone by name: only a person is hugged, so one the user knows, even with
an aside between ("ask Anjali (big hugger) for a hug"), or a big one ("ask Noor for a big
hug", "demander à Julie un gros câlin")."""
_HUG_LATER = re.compile(r"\b(?:give (?:me|us) a (?:hug|cuddle)|hug me)\b")
"""A hug asked later in the ask ("ask Bríd to come for the swim, and give me a hug if I lose
my nerve"): the person called by name is one the user knows."""


def _by_name(raw: str) -> Asked | None:
    """Someone the user calls by name and speaks of as "she" or "he" is someone they know: a
    friend, as far as the words tell, unless a role is named."""
    match = BY_NAME.search(raw)
    if match is None:
        return None
    lower = raw.lower()
    hugged = _FOR_A_HUG.match(lower, match.end()) or _HUG_LATER.search(lower, match.end())
    if not hugged and _SHE_OR_HE.search(lower, match.end()) is None:
        return None
    return Asked(Who.FRIEND, match.group(1).lower(), True)


_AWAITED = re.compile(
    r"\b(?:[Ww]hen|[Oo]nce|[Aa]fter|[Bb]efore|[Aa]s soon as|[Tt]ill|[Uu]ntil)"
    rf" ((?!I\b){NAME})"
    r" (?!(?:is|are|was|were|opens|closes|starts|ends)\b)[a-z]"
)
"""Someone named by name as the one the user waits for ("when Otieno lands from Dubai, ask him
for a big hug"): the "him" asked is that person, whoever the rest of the ask goes on to
mention ("haven't seen my boy in 2 years"); a shop that opens or a day that ends is not."""
_APPOSED = 30
"""How close after a name a role may stand and still be the name's own ("ask Maria the
waitress", "ask Otieno my neighbour", "ask Sam from accounts")."""


_HIM_OR_HER = re.compile(r" (?:him|her)\b")
"""One person asked: "them" after "when Western backpackers eat at my stall" is a crowd."""


def _awaited(raw: str, text: str, verb: re.Match[str]) -> Asked | None:
    """The person named by name in a clause before an asking verb whose object is "him" or
    "her" (`_AWAITED`), as someone the user knows: a friend, as far as the words tell."""
    match = _AWAITED.search(raw)
    if match is None or not _HIM_OR_HER.match(text, verb.end()):
        return None
    name = match.group(1).lower()
    return Asked(Who.FRIEND, name, True) if text.find(name, 0, verb.start()) >= 0 else None


def _named_object(raw: str, text: str, asked: Asked) -> Asked | None:
    """Someone asked by name ("ask Mari for a hug", "ask Otieno if I can borrow his car") when
    the stranger the reading found stands well after the name, in another part of the ask
    ("people don't hug much here", "to take mum to church"): the named person is asked, read
    as `_by_name` reads them, or as nobody the words place."""
    match = BY_NAME.search(raw)
    if match is None or asked.who is not Who.STRANGER:
        return None
    name = match.group(1).lower()
    at = text.find(name)
    role = text.find(asked.named_as, at + len(name)) if at >= 0 else -1
    if at < 0 or role < 0 or role - (at + len(name)) <= _APPOSED:
        return None
    if text.find(asked.named_as) < at:
        return None  # the stranger is named before the name: read as it was
    return _by_name(raw) or Asked(Who.NOBODY, "", False)


def _power_over(text: str) -> re.Match[str] | None:
    """Words saying the user has power over someone, unless they place the user among those
    people ("the weakest writer among the interns")."""
    for match in _SUBORDINATE.finditer(text):
        if known_people.PEER.search(text, 0, match.start()) is None:
            return match
    return None


def _my_own_boss(asked: Asked, power: re.Match[str], text: str) -> bool:
    """ "I'm the shift supervisor; ask my own manager for a day off": the user's own rank, said
    before asking the one above them, puts nobody asked under the user."""
    if speaks_for_the_group(text, power.group(0), asked.who, asked.named_as):
        return True  # "as team captain, ask the coach": the user speaks for the team
    mine = asked.named_as.startswith(("my ", "our "))
    return asked.who is Who.MANAGER and mine and power.group(0).startswith(("i'm ", "i am "))


def who_is_asked(text: str, raw: str = "") -> Asked:
    """The role of the person asked and the words that named them, in normal-form text
    (`raw`, the words as written, shows who is called by name). The user's description of
    themselves ("as an international student") names nobody asked."""
    text = without_own_status(text)
    if asks_only_myself(text):
        return Asked(Who.NOBODY, "", False)  # "ask myself why a customer's no ruins my day"
    power = _power_over(text)
    asked = _first_named(text, raw)
    if power is not None and not _my_own_boss(asked, power, text):
        return Asked(Who.SUBORDINATE, power.group(0), True)
    if raw and (hugged := hugged_by_name(raw)) is not None:
        return Asked(Who.FRIEND, hugged, True)  # "ask Sina for a hug before the competition"
    if asked.who not in _PLACES:
        return _named_object(raw, text, asked) or asked
    for verb in _ASKING.finditer(text):
        named_later = _PRONOUN.match(text, verb.end()) or _THEIRS.match(text, verb.end())
        if named_later and (named := _named_before(text, verb.start())):
            return named
        if named_later and (awaited := _awaited(raw, text, verb)):
            return awaited
    if asked.who is Who.NOBODY and (ours := OURS_BY_NAME.search(raw)):
        return Asked(Who.FAMILY, "our " + ours.group(1).lower(), True)
    named_person = _by_name(raw) if asked.who is Who.NOBODY else None
    return named_person or asked


def asks_only_myself(text: str) -> bool:
    """Whether every ask in the normal-form text is put to the user themself
    (`core.asks.self_asks`)."""
    return only_of_myself(text, _ASKING)


_CLAUSE_END = re.compile(r"[,.;:!?]| (?:since|because|as|so|in case|now that) ")


def _beyond_the_clause(text: str, verb: re.Match[str]) -> bool:
    """Whether the asking verb's object is "him" or "her" and nobody is named in the rest of
    its clause: a role named later ("ask him which block he stays in, since we might be
    neighbours") is not the person asked, who was named before the verb."""
    if not _PRONOUN.match(text, verb.end()):
        return False
    end = _CLAUSE_END.search(text, verb.end())
    return _earliest(text, verb.end(), end.start() if end else len(text)) is None


_SENT = re.compile(r"\b(?:send|sends|get|bring|fetch|assign|dispatch) $")
"""One the asked are to send ("ask them to send someone to check the meter"): the asked are
those named before, an office or a shop."""
_FOR = re.compile(r"\bfor $")
"""The one the thing is for ("ask him to lend it for my cousin's wedding"): the asked is the
one named before, not the cousin."""


def _named_after(lead: re.Pattern[str], text: str, verb: re.Match[str], named_as: str) -> bool:
    """Whether the person found after "ask him" or "ask them" comes straight after `lead`, so
    is not the one asked."""
    if not _PRONOUN.match(text, verb.end()):
        return False
    start = text.find(named_as, verb.end())
    return start >= 0 and lead.search(text, max(0, start - 12), start) is not None


def _first_named(text: str, raw: str = "") -> Asked:
    for verb in _ASKING.finditer(text):
        one = _OF_ONE.match(text, verb.end()) is not None
        if _NO_OBJECT.match(text, verb.end()) and (
            named := _named_before(text, verb.start(), one=one)
        ):
            return named
        found = _earliest(text, verb.end(), min(len(text), verb.end() + WINDOW))
        if found is None:
            continue
        sent = _named_after(_SENT, text, verb, found[1])
        if sent and (named := _named_before(text, verb.start(), True)):
            return named
        elsewhere = _beyond_the_clause(text, verb) or _named_after(_FOR, text, verb, found[1])
        if elsewhere and (named := _named_before(text, verb.start())):
            return named
        if elsewhere and (awaited := _awaited(raw, text, verb)):
            return awaited
        return Asked(found[0], found[1], True)
    found = _earliest(text, 0, len(text))
    return Asked(found[0], found[1], False) if found is not None else Asked(Who.NOBODY, "", False)
