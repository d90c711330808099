"""Asks in another language that carry an English word: who is asked comes from the gloss.

Asks written in Hindi, Malayalam or Tamil often borrow the English word for what they ask
("apne dost se ek hug maangna", ask a friend for a hug; "friend-inodu oru hug chodikkuka").
The English rules read that word in the text as written, but not the person asked, whom only
the glossary knows ("dost", a friend): read as written, a hug asked of nobody named is touch.
`core.asks.read` reads the gloss only when the original finds nothing, so these were refused
whatever the person was.

So when the original reading names nobody and finds only touch, and the gloss names the
user's own people (a friend, the family, a partner), the gloss decides: a friend's hug is fair,
and a stranger's ("ajnabi se hug maangna") stays touch, read as written. Only touch, and only
the user's own people: where the gloss names a stranger or staff, or the original found a
date, a number, money or the spot through the lexicons of that language, a word-by-word gloss
loses what they read (on the training texts, 33 unfair asks passed when any person named in
the gloss decided), and the original reading stands.
"""

from __future__ import annotations

from core.asks.ask import Ask
from core.asks.decide import Problem, problems
from core.asks.roles import PRIVATE_CIRCLE, Who

_SETTLED_BY_WHO = frozenset({Problem.TOUCH})
"""The problem the person named in the gloss settles: a hug is fine from the user's own."""


def read_with_whom(
    text: str, ask: Ask, found: tuple[Problem, ...]
) -> tuple[Ask, tuple[Problem, ...]] | None:
    """The gloss's reading of an ask in another language when the original, naming nobody,
    found only touch and the gloss names the user's own people; else None."""
    from core.asks import understand
    from core.asks.gloss import in_english

    if not found or ask.who is not Who.NOBODY or not set(found) <= _SETTLED_BY_WHO:
        return None
    glossed = in_english(text)
    if glossed is None:
        return None
    named = understand(glossed)
    if named.who not in PRIVATE_CIRCLE:
        return None
    return named, problems(named)
