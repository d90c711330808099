"""Reading an ask's text: one normal form, word patterns, and guidance that is not an ask.

Every pattern in the check runs over the same normal form (lower case, straight
apostrophes, single spaces), so a lexicon is written once in plain lower case.
A phrase straight after "don't", "never", "no need to", "avoid" or "without" is
guidance ("never ask again", "don't just complain on Facebook"), not part of the ask, and does
not count; so is what the user stops doing "instead of walking past pretending I'm not
interested".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import cast

from core.asks.anchors import Lexicon
from core.asks.deferred import Deferred

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"'})
_GUIDANCE = re.compile(
    r"\b(?:don't|do not|never|no need to|avoid|without|not|instead of|rather than)\s+(?:just\s+)?"
    r"(?:(?:ask|try|say|push|keep|go|make|be|use|mention|comment|bring|press|chase|complain|moan"
    r"|rant)\w*\s+)?$"
    r"|\b(?:instead of|rather than)\s+\w+ing\s+(?:\w+\s+)?$"
)


_CONTRACTIONS = {
    "im": "i'm", "ive": "i've", "dont": "don't", "doesnt": "doesn't", "didnt": "didn't",
    "cant": "can't", "wont": "won't", "isnt": "isn't", "wasnt": "wasn't", "arent": "aren't",
    "werent": "weren't", "havent": "haven't", "hasnt": "hasn't", "couldnt": "couldn't",
    "wouldnt": "wouldn't", "shouldnt": "shouldn't", "shes": "she's", "theyre": "they're",
    "youre": "you're", "thats": "that's", "whats": "what's", "theres": "there's",
    "u": "you", "wen": "when", "ur": "your", "gf": "girlfriend", "bf": "boyfriend", "tho": "though",
    "altho": "although", "meself": "myself", "mesel": "myself", "masel": "myself",
    "wasnae": "wasn't", "isnae": "isn't", "didnae": "didn't", "cannae": "can't",
    "dinnae": "don't", "doesnae": "doesn't", "disnae": "doesn't", "wouldnae": "wouldn't",
    "couldnae": "couldn't", "hasnae": "hasn't", "havnae": "haven't", "willnae": "won't",
    "tae": "to", "ppl": "people",
    "some1": "someone", "sum1": "someone", "oot": "out", "acc": "account",
    "favorite": "favourite", "favorites": "favourites", "fave": "favourite",
    "faves": "favourites", "favor": "favour", "favors": "favours",
}  # fmt: skip
"""Words typed without their apostrophe, in text-speak or in dialect ("meself", "wasnae"), or
in American spelling ("favorite"), read as the lexicons spell them."""
_TYPED = re.compile(r"\b(?:" + "|".join(_CONTRACTIONS) + r")\b")
_ME_FOR_MY = re.compile(
    r"\bme (?=(?:mam|mum|ma|da|dad|nan|nana|gran|granny|missus|old (?:man|lady)|mates?|brother"
    r"|sister|bro|sis|auntie|aunty|uncle|cousin|boss|kids?|wife|husband|fella|pals?|son"
    r"|daughter|neighbou?rs?)\b)"
)
"""Dialect "me" for "my" before a person ("ask me mam", "me neighbour"), read as "my" so the
person is found."""
_MA_FOR_MY = re.compile(
    r"\bma (?=(?:lunch|dinner|tea|breakfast|rent|fare|bus|taxi|petrol|shopping|bill|tab|drinks?"
    r"|pints?|chips|messages|phone|number|bag|coat|car|house|flat|hoose)\b)"
)
"""Scots "ma" for "my" before a thing ("buy ma lunch"); "ma" before a person is a mother."""
_MA_BEFORE_KIN = re.compile(
    r"\bma (?=(?:(?:big|wee|little|older|younger|auld|eldest|youngest) )?(?:sister|brother|sis"
    r"|bro|cousin|pal|pals|mate|mates|auntie|aunty|uncle|granny|gran|nan|maw|da|wean|weans)\b)"
)
"""Scots "ma" before a sibling, a cousin or a pal ("gie ma big sister a hug"): "my", since
a mother is never named with a sister after her."""


def normal(text: str) -> str:
    """Lower case, straight quotes, one space between words, apostrophes put back."""
    plain = " ".join(text.translate(_APOSTROPHES).lower().split())
    typed = _TYPED.sub(lambda match: _CONTRACTIONS[match.group(0)], plain)
    mine = _MA_BEFORE_KIN.sub("my ", _ME_FOR_MY.sub("my ", typed))
    return _MA_FOR_MY.sub("my ", mine)


NAME = r"[A-ZÀ-ÖØ-ÞŁŚŻŹĆŠŽČŘ][a-zà-öø-ÿā-ž]+"
"""A first name as written, with a capital: in the letters of Western and Central European
languages too ("Paweł", "Łukasz", "Dušan"), as the patterns reading names over the raw words
spell it."""


_LEXICONS: dict[int, Lexicon] = {}
"""Every lexicon `words` made, by the id of its pattern (hashing a pattern hashes its
compiled code, far slower than the scan it would spare). Each entry keeps its pattern alive, so
no other pattern can ever have its id; lexicons are module constants, so that keeps nothing
alive that would not live anyway."""


def words(*patterns: str) -> re.Pattern[str]:
    """One pattern matching any of the alternatives, each on word boundaries; `has`, `hits`
    and `without` scan it only where its words are (`core.asks.anchors`)."""
    source = r"\b(?:" + "|".join(rf"(?:{p})\b" for p in patterns) + ")"
    pattern = cast(re.Pattern[str], Deferred(source))  # compiled when first needed whole
    _LEXICONS[id(pattern)] = Lexicon(pattern, patterns)
    return pattern


def _matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    lexicon = _LEXICONS.get(id(pattern))
    return pattern.finditer(text) if lexicon is None else lexicon.finditer(text)


def _counts(match: re.Match[str], text: str, guided: bool) -> bool:
    """Whether a match counts: not after a guiding negation, unless unguided."""
    return not guided or _GUIDANCE.search(text, 0, match.start()) is None


def hits(pattern: re.Pattern[str], text: str, guided: bool = True) -> list[re.Match[str]]:
    """Matches of the pattern, leaving out those that follow a guiding negation."""
    return [match for match in _matches(pattern, text) if _counts(match, text, guided)]


def has(pattern: re.Pattern[str], text: str, guided: bool = True) -> bool:
    """Whether `hits` would find a match; stops at the first, which the check's hundred
    lexicons per ask make worth it."""
    return any(_counts(match, text, guided) for match in _matches(pattern, text))


def without(pattern: re.Pattern[str], text: str) -> str:
    """The text with the pattern's matches blanked out, for another lexicon to read the rest:
    a fair reading (a roof repaired, the user's own footage, a wage offered) hides the words
    an unfair one would otherwise take for something else."""
    lexicon = _LEXICONS.get(id(pattern))
    if lexicon is None:
        return pattern.sub(" ", text)
    if not lexicon.may_match(text):
        return text
    pieces, end = [], 0
    for match in lexicon.finditer(text):  # the matches `pattern.sub` would blank, anchored
        pieces += [text[end : match.start()], " "]
        end = match.end()
    return "".join(pieces) + text[end:]
