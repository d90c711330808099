"""A spouse asked by name: what the words say of a long marriage or a shared home.

"Ask Walter to slow dance with me in the kitchen tonight. Forty years and I still get shy",
"ask Maruja for a kiss in the middle of the plaza, 45 years married", "ask Marie for a slow
dance in the kitchen with the radio on", "ask my Margaret to hold my hand along the seafront
like we used to": the person is called only by a first name, and the role lexicons find no
one, take the kitchen for a business, or make a friend of whoever is hugged by name. What
else the words say makes them the user's partner, whom a card may ask for touch:

- years of marriage or of being together, said of the user ("forty years and I still get
  shy", "45 years married", "married thirty years"), not of the person ("he's been married
  forty years" is someone else's husband);
- touch asked at the user's own home ("a slow dance in the kitchen", "a cuddle on the sofa"),
  which nobody but a partner shares with them;
- touch asked of "my <first name>" ("my Margaret", "my Brian"), or of one the user did it
  with before ("like we used to").
- words saying the person welcomes the touch (`core.asks.welcomed_touch`): they offered it,
  the two share children or had a life before them, the user comes home to them, or the touch
  is one the two keep private. On these words a first name written without a capital ("ask
  agnieszka for a long hug") is trusted too, and the user's children named after the name
  ("... like before the children came") are not the one asked.

A role named (a colleague, the barista, a neighbour) is read by the role lexicons and these
readings do not change it; nor do they read anyone the words place outside the home ("in
the office kitchen", "at work"). Fragments over the normal form of `core.asks.text`; the
name is read in the words as written, where a capital shows it.
"""

from __future__ import annotations

import re

from core.asks import affection
from core.asks.asked import BY_NAME, Asked
from core.asks.home_comforts import comforts_me_at_home
from core.asks.roles import Who
from core.asks.text import NAME, has, words
from core.asks.welcomed_touch import placed_elsewhere, welcomes_touch

_YEARS = (
    r"(?:[1-9]\d|twenty|thirty|forty|fifty|sixty|seventy)(?:[- ](?:one|two|three|four|five|six"
    r"|seven|eight|nine|odd|something|plus))?\+?"
)
_TOGETHER = words(
    rf"{_YEARS} years? (?:married|wed|together|of marriage|and (?:i|we)(?:'re| are| am)? still)",
    rf"married (?:for )?{_YEARS} years",
)
"""Years of marriage or of being together ("forty years and I still get shy")."""
_THEIRS = re.compile(
    r"\b(?:he|she|they|his|her|their)(?:'s| is| has| have| are| was)?(?: been)?(?: \w+)? $"
)
"""Years said of the person, not of the user ("he's been married forty years")."""
_AT_HOME = words(
    r"(?:in|round|around) (?:the|our) (?:kitchen|living room|lounge|front room)|on (?:the|our)"
    r" (?:sofa|couch|settee)|in (?:our )?bed",
)
_AWAY = words(r"office|work|staff|canteen|restaurant|party|cafe|café|bar|pub|club|hotel")
"""A kitchen or a sofa somewhere the user does not live: a workplace's, a party's."""
_MY_NAME = re.compile(
    rf"\b(?:[Aa]sk|[Tt]ell|[Ii]nvite|[Hh]ug|[Kk]iss) my ({NAME})\b(?= (?:to|for|if"
    r"|whether|and)\b|[,.!?])"
)
"""Someone called "my <first name>" as the one asked ("ask my Margaret to hold my hand")."""
_AS_BEFORE = words(
    r"like (?:we|i) used to|like (?:in )?the old days|like (?:we|i) always (?:did|do)"
)
_SOMEONE_ELSES = words(
    r"(?<!i'm )(?<!i am )(?:her|his|their|'s) (?:husband|wife|hubby|missus|partner|boyfriend"
    r"|girlfriend|fiance|fiancé|fiancee|fiancée)\b",
    r"(?:she|he|they)(?:'s| is|'re| are) (?:now )?(?:engaged|taken|seeing someone|with someone"
    r" else)\b|(?:doesn't|does not|don't) know i exist|can't stop thinking about (?:her|him)",
)
"""The person another's partner, or one the user only longs for: not the user's spouse."""

_UNNAMED = frozenset({Who.NOBODY, Who.ORGANISATION})


def _years_together(text: str) -> bool:
    return any(_THEIRS.search(text, 0, m.start()) is None for m in _TOGETHER.finditer(text))


_AWAITED_NAME = re.compile(
    rf"\b(?:[Ww]hen|[Oo]nce|[Aa]fter|[Aa]s soon as) ((?!I\b){NAME}) [a-z][^.!?]{{0,60}}?"
    r"\b(?:ask|hug) (?:him|her)\b"
)
"""The person waited for by name and then asked as "him" or "her" ("when Jone come back from
the boat ask him for a big hug")."""
_PLAIN_NAME = re.compile(
    r"\bask (?!(?:him|her|them|everyone|everybody|anyone|anybody|someone|somebody|people"
    r"|nobody|all|each|one|both|out|the|a|an|my|our|your|his|their|this|that|these|those"
    r"|again|around|for|if|to|whether|me|us|you)\b)([a-z][a-z-]{2,})"
    r" (?:to|for|if|whether)\b"
)
"""A first name written without a capital ("ask agnieszka for a long hug"): trusted only with
the words of `core.asks.welcomed_touch` or of a long marriage, and only when no role is read."""
_CHILDREN = re.compile(r"^(?:(?:the|our|my) )?(?:kids|children|little ones|baby|twins)$")


def _named(text: str, raw: str, asked: Asked) -> str | None:
    """The first name of the one asked, when no role is read for them: the user's children
    mentioned after the name ("... like before the children came") are not the one asked."""
    found = BY_NAME.search(raw) or _AWAITED_NAME.search(raw)
    name = found.group(1).lower() if found else None
    if name is None and (plain := _PLAIN_NAME.search(text)) is not None:
        name = plain.group(1)
    if name is None:
        return None
    if asked.who in _UNNAMED or (asked.who is Who.FRIEND and asked.named_as == name):
        return name
    if asked.who is Who.CHILD and _CHILDREN.match(asked.named_as):
        at = text.find(name)
        return name if 0 <= at < text.find(asked.named_as) else None
    return None


def a_spouse_by_name(text: str, raw: str, asked: Asked) -> Asked | None:
    """The person asked by first name as the user's partner, when the words say so; else None.
    `text` is in normal form, `raw` as written."""
    if not has(affection.TOUCH, text) or has(_SOMEONE_ELSES, text):
        return None
    mine = _MY_NAME.search(raw)
    if mine is not None and asked.who in _UNNAMED:
        return Asked(Who.PARTNER, "my " + mine.group(1).lower(), True)
    name = _named(text, raw, asked)
    if name is None:
        return None  # a role named ("my colleague Marie"): read by the role lexicons
    at_home = has(_AT_HOME, text) and not has(_AWAY, text)
    if _years_together(text) or at_home or has(_AS_BEFORE, text) or welcomes_touch(text):
        return Asked(Who.PARTNER, name, True)
    if comforts_me_at_home(text) and not placed_elsewhere(text):
        return Asked(Who.PARTNER, name, True)  # a massage after the user's shift, not at work
    return None
