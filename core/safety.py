"""Crisis screening: does a message say its writer may be in danger?

Every free text a user types passes through `screen` before anything else, so a miss
here means a person in crisis gets a challenge card instead of help. A false alarm
costs far less (a gentle message with helplines and paused cards), so when a phrase
is ambiguous the patterns lean towards firing. English only for now.

What it catches, first person:
- suicide: "kill myself" in every tense and common misspelling, "kms", "kys" about
  oneself ("i should kys"), "unalive myself", "want to die" / "wanna die", "end it
  all", "end my life", "don't want to be alive / live anymore / be here anymore", "no
  reason to live", "better off without me", "wish I was dead", "suicidal", overdoses,
  named methods, and a few pieces of online code ("sewerslide").
- self-harm: "self harm" / "self-harm", "cut myself", "cutting again", "hurt myself",
  "harm myself", "starving myself", anything done to oneself "on purpose".
- danger: someone hurting or threatening the user ("he's going to hurt me", "my
  husband hits me", "threatened to kill me"), "I'm not safe at home", "in danger",
  being abused, stalked or assaulted.

What it deliberately leaves alone:
- Hyperbole, which after a rejection is everywhere: "I wanted to die of embarrassment",
  "I wanted to die when she laughed" (a past "wanted to die" followed by a moment or a
  cause), "this deadline is killing me", "killing myself at the gym", "kill it at the
  interview", "dying to try", "my mum's going to kill me", "I'd rather die than ask",
  "she hit me with a hard no", "career suicide", "shoot myself in the foot", and
  accidents ("cut myself shaving", "hurt myself at the gym").
- Negations: a negation word followed only by filler words right before the phrase
  ("I would never hurt myself", "I'm not suicidal", "I don't want to die"). "Not that I
  want to die or anything" counts as a negation too: it is said as a disclaimer, and a
  writer who means it will usually say more. A negation does not reach across a
  sentence ("I'm not ok. I want to die." fires) or past a content word ("I can't stop
  thinking about killing myself" fires).
- Low mood in general ("I'm so sad", "I can't do this anymore"): the wellbeing rules
  watch moods. Other people's crises told at second hand mostly pass ("my sister wants
  to hurt herself"), except where a word is serious whoever it is about ("suicide",
  "overdosed"); past self-harm ("I used to cut myself") still fires: a gentle check
  costs little.
- Digits standing in for letters ("k1ll"): mapping them would break "want 2 die"
  and "10 kms".

Before matching, text is folded: NFKC (fullwidth letters become plain), invisible and
combining characters dropped, a few Cyrillic look-alike letters mapped, lower case,
curly apostrophes made straight, punctuation turned into spaces, letters spelled out
one by one joined ("k i l l"), and each sentence put on its own line so no pattern or
negation crosses a full stop. Letters repeated three or more times are squeezed twice,
to two letters and to one ("diiiie", "killllll"), and both versions are screened.

The patterns are written as phrases (see `_phrase`), filed under the words they can
start with and compiled once, on first use (about 60 ms). Screening walks the words of
the message and tries only the phrases a word can start; phrases join words with single
spaces and never nest repetition, so the time grows linearly with the text (a hostile
20,000-character message takes about 15 ms).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

__all__ = ["CrisisKind", "normalise", "screen"]

from core.safety_grammar import WORD_HEAD, WORD_START, alternatives
from core.safety_phrases import DANGER, SELF_HARM, SUICIDE, CrisisKind

_TABLES = (
    (CrisisKind.SUICIDE, SUICIDE),
    (CrisisKind.SELF_HARM, SELF_HARM),
    (CrisisKind.DANGER, DANGER),
)
_SEVERITY = {kind: rank for rank, (kind, _) in enumerate(_TABLES)}


@cache
def _index() -> dict[str, tuple[tuple[CrisisKind, re.Pattern[str]], ...]]:
    """For every word a phrase can start with, one regex per kind of the phrases it starts.

    Keys are cut at the first apostrophe ("don't" is filed under "don"), so "he's" finds
    the phrases written "he 's". Phrases with the same first slot are joined behind it, so
    a long list such as ATTACKER is tried once per word, not once per phrase; words that
    start the same phrases share one compiled regex.
    """
    by_word: dict[str, dict[CrisisKind, dict[str, list[str]]]] = {}
    for kind, phrases in _TABLES:
        for first_words, head, rest in phrases:
            for word in first_words:
                by_head = by_word.setdefault(word.split("'")[0], {}).setdefault(kind, {})
                by_head.setdefault(head, []).append(rest)
    compiled: dict[str, re.Pattern[str]] = {}

    def joined(by_head: dict[str, list[str]]) -> re.Pattern[str]:
        regex = "|".join(
            f"{head}(?:{'|'.join(dict.fromkeys(rests))})" for head, rests in by_head.items()
        )
        if regex not in compiled:
            compiled[regex] = re.compile(regex, re.MULTILINE)
        return compiled[regex]

    return {
        word: tuple((kind, joined(by_head)) for kind, by_head in by_kind.items())
        for word, by_kind in by_word.items()
    }


# A negation, then only filler words, right before the match: "I would never (really) ..."
_NEGATION = alternatives(
    "not|never|no_longer|don't|dont|do_not|didn't|didnt|did_not|won't|wont|will_not|wouldn't|"
    "wouldnt|would_not|isn't|isnt|ain't|aint|aren't|am_not|can't|cant|cannot|couldn't|couldnt|"
    "shouldn't|haven't|havent|hasn't|hadn't|no_way|no_intention_of|no_intentions_of|no_plans?_to|"
    "no_plans?_of|no_desire_to|no_urges?_to|no_thoughts?_of|nothing_like|nowhere_near|far_from"
)
_FILLERS = alternatives(
    "i|i'm|im|i'd|id|i'll|i've|ive|me|my|would|will|could|should|ever|even|really|actually|"
    "honestly|seriously|truly|currently|that|gonna|going|to|be|been|am|was|were|want|wanna|"
    "wanted|feel|felt|feeling|think|thought|thinking|about|of|like|a|an|the|just|trying|try|"
    "planning|plan|intend|intending|considering|consider|do|did|have|had|any|thoughts|urge|"
    "urges|desire|intention|ok|okay|now"
)
_NEGATED = re.compile(WORD_START + f"(?:{'|'.join(_NEGATION)})(?: (?:{'|'.join(_FILLERS)}))* $")
_NEGATION_REACH = 90
"""How many characters before a match the negation check reads (about fifteen words)."""

_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]"
)
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_LOOKALIKES = str.maketrans(
    "аеіорсухѕјкмтһԁɡı’‘ʼ`´′ʻ",
    "aeiopcyxsjkmthdgi'''''''",
)
_SENTENCE_END = re.compile(r"[.!?;:\n\r\u2026]+")
_NOT_WORD = re.compile(r"[^a-z0-9'\n]+")
_LOOSE_APOSTROPHE = re.compile(r"(?<![a-z])'|'(?![a-z])")
_SPACES = re.compile(r" {2,}")
_SPELLED_OUT = re.compile(r"(?<![a-z0-9'])[a-z](?: [a-z](?![a-z0-9'])){2,}")
_LINE_EDGES = re.compile(r" ?\n[ \n]*")
_STRETCHED = re.compile(r"([a-z])\1{2,}")


def normalise(text: str) -> str:
    """Fold a message into lower-case words, one sentence a line (see the module docstring)."""
    folded = unicodedata.normalize("NFKC", text)
    folded = _INVISIBLE.sub("", folded)
    folded = _MARKS.sub("", unicodedata.normalize("NFD", folded))
    folded = folded.casefold().translate(_LOOKALIKES)
    folded = _SENTENCE_END.sub("\n", folded)
    folded = _NOT_WORD.sub(" ", folded)
    folded = _LOOSE_APOSTROPHE.sub(" ", folded)
    folded = _SPACES.sub(" ", folded)
    folded = _SPELLED_OUT.sub(lambda letters: letters[0].replace(" ", ""), folded)
    return _LINE_EDGES.sub("\n", folded).strip(" \n")


def _is_negated(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    window_start = max(line_start, start - _NEGATION_REACH)
    if window_start > line_start:  # begin at a word, not inside one
        window_start = text.find(" ", window_start, start) + 1 or start
    return _NEGATED.search(text[window_start:start]) is not None


def _gravest_kind(text: str) -> CrisisKind | None:
    index = _index()
    found: CrisisKind | None = None
    for token in WORD_HEAD.finditer(text):
        for kind, pattern in index.get(token[0], ()):
            if found is not None and _SEVERITY[kind] >= _SEVERITY[found]:
                continue
            if pattern.match(text, token.start()) and not _is_negated(text, token.start()):
                found = kind
                if _SEVERITY[kind] == 0:
                    return found
    return found


def screen(text: str) -> CrisisKind | None:
    """The kind of crisis a message speaks of, or None; suicide wins over self-harm over danger."""
    folded = normalise(text)
    squeezed_to_two = _STRETCHED.sub(r"\1\1", folded)
    squeezed_to_one = _STRETCHED.sub(r"\1", folded)
    found = [_gravest_kind(squeezed_to_two)]
    if squeezed_to_one != squeezed_to_two:
        found.append(_gravest_kind(squeezed_to_one))
    kinds = [kind for kind in found if kind is not None]
    return min(kinds, key=_SEVERITY.__getitem__) if kinds else None
