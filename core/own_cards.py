"""A user's own cards: the limits, the title, and the same ethics screen as the deck.

A user may write asks of their own for their rotation. They are private (ids
"mine-<n>", never shown to anyone else) and they pass the same check as every card
in the deck (`core.asks`, which understands who is asked, what for and how), so a card
that would pressure, pursue, film, deceive or endanger someone is refused with one
sentence naming the problem and an ethical version of the same courage to try instead.

Decisions:
- The title is not asked for: it is the ask's first `TITLE_CHARS` characters, cut at a
  word, so adding a card takes one message and three taps.
- The ask is `MIN_ASK`..`MAX_ASK` characters; a user keeps at most `MAX_OWN_CARDS`.
- Every own card carries the same note that a no ends the ask (`own_card_note`), as the
  ethics note the deck's first rule asks for; it is shown on the card instead of the
  deck's "why it helps" line, which a user's own ask does not have.
"""

from __future__ import annotations

from core.asks import read
from core.asks.advice import Advice, advice
from core.asks.model import AskModel
from core.deck import OWN_CARD_PREFIX, Card
from core.deck_ethics import ask_text
from core.i18n import _

MIN_ASK = 10
MAX_ASK = 500
TITLE_CHARS = 60
MAX_OWN_CARDS = 50


def is_own_id(card_id: str) -> bool:
    return card_id.startswith(OWN_CARD_PREFIX)


def own_card_note() -> str:
    return _("If the answer is no, thank them and let it go: a no ends the ask, every time.")


def title_from(ask: str) -> str:
    """The ask's first words, at most TITLE_CHARS characters, on one line."""
    line = " ".join(ask.split())
    if len(line) <= TITLE_CHARS:
        return line
    cut = line[: TITLE_CHARS - 1]
    space = cut.rfind(" ")
    if space > TITLE_CHARS // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-") + "…"


def draft(ask: str, level: int = 1, domain: str = "everyday") -> Card:
    """The card as it would be saved, for screening and for the preview."""
    text = ask.strip()
    return Card(
        id=OWN_CARD_PREFIX + "new",
        title=title_from(text),
        ask=text,
        level=level,
        domain=domain,
        why="",
        ethics=own_card_note(),
    )


def screen(card: Card, model: AskModel | None = None) -> Advice | None:
    """Why the card can't be saved and what to try instead, or None when it is fair.

    The rules decide first, on the ask and, when it is written in another language, on its
    English gloss (`core.asks.gloss`); the model (when the bot has one) may add a refusal
    they missed, in the same words the rules would use for its category."""
    from core.asks.second import model_problem  # see `core.asks.understand`

    text = ask_text(card)
    ask, found = read(text)
    if found:
        return advice(found[0])
    extra = model_problem(text, ask, model) if model is not None else None
    return advice(extra) if extra is not None else None


def refuses(ask: str, model: AskModel | None = None) -> bool:
    """Whether /addcard would refuse this ask (what the check's figures measure)."""
    return screen(draft(ask), model) is not None
