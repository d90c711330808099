"""The own-card check that understands the ask (issue 15).

`understand(text)` reads an ask into slots (who is asked, what for, whether it
repeats an ask after a no, gets round a block, is filmed or posted ...);
`problems(ask)` decides from the slots; `core.asks.advice` turns the first problem
into one kind sentence and an ethical version of the same courage. The same check
runs on a user's own cards (`core.own_cards`) and on every deck card at load
(`core.deck_ethics`). Its training texts are `data/asks/training.yaml`; its held-out
figures come from `data/asks/evaluation*.yaml`, which are never tuned on.
"""

from core.asks.ask import Ask, Intrusion, Want
from core.asks.decide import Problem, problems

__all__ = ["Ask", "Intrusion", "Problem", "Want", "problems", "read", "understand"]


def understand(text: str) -> Ask:
    """The slots of an ask (`core.asks.slots.understand`).

    The check's four hundred lexicons take about 1.4 s of CPU to compile and index by their
    words (`core.asks.anchors`), so they are compiled by the first ask read, not by every
    process that imports the package: a bot whose deck was checked at an earlier start
    (`adapters.content.deck_stamps`) starts without them, and the first card a user adds
    pays that once."""
    from core.asks.slots import understand as read  # compiled when first read

    return read(text)


def read(text: str) -> tuple[Ask, tuple[Problem, ...]]:
    """The reading the rules decide on, and what they find in it: the ask itself or, when it
    is written in another language and shows nothing as written, its English gloss
    (`core.asks.gloss`), which also names who is asked where the original could not.

    The gloss is read only when the ask as written names nobody or someone the user does not
    know (a stranger, staff): where the original reading already knows a friend, the family,
    a neighbour or a landlord is asked, it also knows the fair readings of those asks in
    that language, which a word-by-word gloss loses ("pedirle a mi mamá que me dé un
    masaje" is a mother's massage, not a stranger's). Where the original names nobody and
    finds only touch, a gloss that names the user's own people decides
    (`core.asks.named_in_gloss`: "apne dost se ek hug maangna", a friend's hug)."""
    from core.asks.gloss import in_english
    from core.asks.named_in_gloss import read_with_whom
    from core.asks.roles import Who

    ask = understand(text)
    found = problems(ask)
    named = read_with_whom(text, ask, found)  # "apne dost se ek hug maangna": a friend's hug
    if named is not None:
        return named
    unknown = ask.who in (Who.NOBODY, Who.STRANGER, Who.STAFF)
    glossed = in_english(text) if unknown and not found else None
    if glossed is None:
        return ask, found
    ask = understand(glossed)
    return ask, problems(ask)
