"""A user's own cards: the limits, the title, and the same ethics screen as the deck.

A user may write asks of their own for their rotation. They are private (ids
"mine-<n>", never shown to anyone else) and they pass the same checks as every card
in the deck (`core.deck_ethics.CHECKS`), so a card that would pressure, deceive or
endanger someone is refused with a kind word about which rule it breaks.

Decisions:
- The title is not asked for: it is the ask's first `TITLE_CHARS` characters, cut at a
  word, so adding a card takes one message and three taps.
- The ask is `MIN_ASK`..`MAX_ASK` characters; a user keeps at most `MAX_OWN_CARDS`.
- Every own card carries the same note that a no ends the ask (`own_card_note`), as the
  ethics note the deck's first rule asks for; it is shown on the card instead of the
  deck's "why it helps" line, which a user's own ask does not have.
"""

from __future__ import annotations

from collections.abc import Callable

from core import deck_ethics
from core.deck import OWN_CARD_PREFIX, Card
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


def _reasons() -> dict[Callable[[Card], list[str]], str]:
    return {
        deck_ethics.no_money_from_strangers: _(
            "Asking people for money puts them on the spot, and this practice never does that."
        ),
        deck_ethics.no_personal_data: _(
            "Contact details and personal information are things people offer, so a card "
            "never asks for them."
        ),
        deck_ethics.no_physical_contact: _(
            "A card can't know whether someone welcomes being touched or followed, so asks "
            "stay hands-off and give people space."
        ),
        deck_ethics.no_validation_seeking: _(
            "Asking others to rate your looks or worth feeds the very fear this practice loosens."
        ),
        deck_ethics.no_repeat_after_no: _(
            "A no ends the ask: asking again or talking someone round turns practice into pressure."
        ),
        deck_ethics.no_deception: _(
            "The other person has to be able to say no to the real request, so nothing "
            "built on a pretence."
        ),
        deck_ethics.no_unsafe_or_illegal: _(
            "A challenge is a small social risk, never a legal or physical one."
        ),
        deck_ethics.no_pressure: _(
            "Staff and strangers must be able to say no easily, so no demanding, insisting "
            "or threatening."
        ),
    }


def broken_rules(card: Card) -> list[str]:
    """A kind sentence for each ethics rule the card breaks; empty when it passes."""
    reasons = _reasons()
    found: list[str] = []
    for check in deck_ethics.CHECKS:
        if check(card):
            reason = reasons.get(check, _("It breaks one of the rules every card follows."))
            if reason not in found:
                found.append(reason)
    return found
