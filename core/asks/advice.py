"""What a refused card is told: one sentence naming the problem, and an ethical version
of the same courage to try instead.

The suggestion keeps the size of the step (a stranger stays a stranger, a real fear
stays a real fear) and changes only what made the ask unfair, so a refusal still
leaves the user something brave to do today.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.asks.decide import Problem
from core.i18n import _


@dataclass(frozen=True, slots=True)
class Advice:
    problem: Problem
    reason: str
    instead: str


def _texts() -> dict[Problem, tuple[str, str]]:
    """Built on each call, so the sentences come in the language of the moment."""
    return {
        Problem.MONEY: (
            _(
                "Asking a stranger for money or their things puts them on the spot, so a card "
                "never does."
            ),
            _(
                "Try the same nerve with a business instead: ask a café whether they have any "
                "offers today, or a market stall whether they could round the price down."
            ),
        ),
        Problem.CONTACT: (
            _(
                "Numbers, addresses and social media are things people offer, so a card never "
                "asks a stranger for them."
            ),
            _(
                "Try telling someone you enjoyed the chat and giving your own name, then let them"
                " decide what happens next."
            ),
        ),
        Problem.JUDGEMENT: (
            _(
                "Asking anyone to judge your looks or your worth feeds the very fear this "
                "practice loosens."
            ),
            _(
                "Ask about a choice instead of about you: a shop assistant which of two shirts "
                "suits the occasion better, or a friend what they'd change in something you made."
            ),
        ),
        Problem.TOUCH: (
            _(
                "A card can't know whether someone welcomes being touched, so every ask stays "
                "hands-off."
            ),
            _(
                "Ask with words only: a stranger's favourite spot nearby, or a friend's company "
                "on a walk."
            ),
        ),
        Problem.REPEAT: (
            _("A no ends the ask, so asking the same person again turns practice into pressure."),
            _(
                "Take the same courage somewhere new: ask a different person or place, and count "
                "the first no as the win it already was."
            ),
        ),
        Problem.BLOCK: (
            _(
                "When someone has blocked you or stopped answering, they have already said no, "
                "and that no stands."
            ),
            _(
                "Write what you'd want to say in a note you keep, or ask a friend you trust "
                "whether they'd listen while you say it out loud."
            ),
        ),
        Problem.ROMANCE: (
            _(
                "Dating cards are for people you already know, so a card never asks a stranger or"
                " someone serving you on a date."
            ),
            _(
                "Ask someone you know and like, from a class, club or your friends, whether "
                "they'd like to get a coffee, just the two of you."
            ),
        ),
        Problem.RECORDING: (
            _(
                "Filming or posting people takes away their easy no, so the camera stays off "
                "other people."
            ),
            _(
                "Point the courage at your own work: record yourself reading something you wrote,"
                " or post a thing you made and ask for one comment."
            ),
        ),
        Problem.DECEPTION: (
            _(
                "The other person has to be able to say no to the real request, so nothing built "
                "on a pretence."
            ),
            _(
                "Ask for the same thing honestly, and say why you're asking: it's braver, and the"
                " answer is real."
            ),
        ),
        Problem.UNSAFE: (
            _("A challenge is a small social risk, never a legal or physical one."),
            _(
                "Keep the stakes social: ask staff for their honest recommendation, or ask a "
                "friend for a favour you'd usually be too shy to ask for."
            ),
        ),
        Problem.POWER: (
            _(
                "Children and people whose work or home depends on you can't easily say no to "
                "you, so they are never the other side of a challenge."
            ),
            _(
                "Turn the ask upwards: ask your own manager, your landlord or a shop for "
                "something you want."
            ),
        ),
        Problem.PRESSURE: (
            _("Demanding, insisting or threatening takes away the other person's easy no."),
            _(
                'Ask the same thing lightly and leave room for a no: "Is there any chance of a '
                'discount? No worries if not."'
            ),
        ),
        Problem.SPOT: (
            _("That puts someone on the spot, with no easy way to say no."),
            _(
                "Pick an ask that is easy to turn down: ask someone in a queue what they'd "
                "recommend here, or ask a café whether there's a free table."
            ),
        ),
    }


def advice(problem: Problem) -> Advice:
    """The reason and the suggestion for a problem, in the user's language."""
    reason, instead = _texts()[problem]
    return Advice(problem, reason, instead)
