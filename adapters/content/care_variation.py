"""Ways people vary a sentence when they type on a bad day, for the screener's corpus.

Each function takes a seeded `random.Random`, so the corpus is the same on every build.
The variations are shared by every label (risk and none alike): the model must learn
what a text says, not that lowercase or an emoji means risk.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

__all__ = ["vary"]

_SHORTHAND = {
    "you": ("u",),
    "your": ("ur",),
    "tonight": ("tonite", "2nite"),
    "tomorrow": ("tmrw", "tmr"),
    "because": ("cuz", "bc", "coz"),
    "i'm": ("im", "i am"),
    "going to": ("gonna",),
    "want to": ("wanna",),
    "don't know": ("dunno", "idk"),
    "really": ("rly", "realy"),
    "please": ("pls", "plz"),
    "people": ("ppl",),
    "are": ("r",),
    "okay": ("ok",),  # not "k": a one-letter reply is a text of its own
    "with": ("w",),
    "though": ("tho",),
    "anymore": ("any more", "anymor"),
    "myself": ("my self", "myslef"),
    "something": ("smth", "sth"),
    "right now": ("rn",),
    "to be honest": ("tbh",),
    "everyone": ("every1", "everybody"),
}
_NON_NATIVE = (
    (r"\b(?:the|a) ", ""),
    (r"\bdon't\b", "not"),
    (r"\bi'm going to\b", "i go to"),
    (r"\bi'm\b", "i am"),
    (r"\bwon't\b", "will not"),
    (r"\bi want to\b", "i want"),
    (r"\bi can't\b", "i cannot"),
    (r"\bi think\b", "i am thinking"),
    (r"\bmyself\b", "me"),
    (r"\banymore\b", "more"),
    (r"\bdoesn't\b", "not"),
    (r"\bi feel\b", "i am feeling"),
)
_EMOJI = ("😔", "😭", "🙃", "😞", "💔", "😶", "🥲", "😩", "🫠", "😐", ":(", ":/", "...", "🖤")
_OPENERS = ("honestly ", "idk ", "tbh ", "so ", "ok ", "um ", "well ", "ugh ", "yeah ", "hey ")
_CLOSERS = (" tbh", " idk", " honestly", " lol", " i guess", " ngl", " rn", " fr", " 🤷")
_FINAL_PUNCTUATION = re.compile(r"[.!?]+$")


def _casing(text: str, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.55:
        return text.lower()
    if roll < 0.6:
        return text.upper()
    if roll < 0.8:
        return text[:1].upper() + text[1:]
    return text


def _apostrophes(text: str, rng: random.Random) -> str:
    return text.replace("'", "") if rng.random() < 0.35 else text


def _shorthand(text: str, rng: random.Random) -> str:
    for long, shorts in _SHORTHAND.items():
        if rng.random() < 0.5:
            text = re.sub(rf"\b{re.escape(long)}\b", rng.choice(shorts), text, flags=re.IGNORECASE)
    return text


def _typo(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    candidates = [i for i, word in enumerate(words) if len(word) >= 4 and word.isalpha()]
    for index in rng.sample(candidates, min(len(candidates), rng.choice((1, 1, 2)))):
        word, at = words[index], rng.randrange(1, len(words[index]) - 1)
        kind = rng.randrange(3)
        if kind == 0:
            word = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
        elif kind == 1:
            word = word[:at] + word[at + 1 :]
        else:
            word = word[:at] + word[at] + word[at:]
        words[index] = word
    return " ".join(words)


def _non_native(text: str, rng: random.Random) -> str:
    for pattern, replacement in _NON_NATIVE:
        if rng.random() < 0.6:
            text = re.sub(pattern, replacement, text, flags=re.IGNORECASE)
    return text


def _edges(text: str, rng: random.Random) -> str:
    if rng.random() < 0.4:
        text = _FINAL_PUNCTUATION.sub("", text)
    roll = rng.random()
    if roll < 0.2:
        text = rng.choice(_OPENERS) + text
    elif roll < 0.4:
        text += rng.choice(_CLOSERS)
    if rng.random() < 0.2:
        text += " " + rng.choice(_EMOJI) * rng.choice((1, 1, 2, 3))
    return text


_STEPS: tuple[tuple[float, Callable[[str, random.Random], str]], ...] = (
    (0.3, _shorthand),
    (0.15, _non_native),
    (0.3, _typo),
    (1.0, _apostrophes),
    (1.0, _edges),
    (1.0, _casing),
)


def vary(text: str, rng: random.Random) -> str:
    """One variant of `text`: some of shorthand, non-native phrasing, typos, casing, emoji."""
    for chance, step in _STEPS:
        if rng.random() < chance:
            text = step(text, rng)
    return text
