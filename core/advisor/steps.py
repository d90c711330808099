"""Bridging steps: short asks written from templates that lead from the deck's practice
cards to one of the user's own goals, and example goals to pick from.

A step rehearses the goal's courage with lower stakes (saying it out loud to someone who
knows the user, asking a smaller thing of the same kind). Every step passes the own-card
check before it is used; a step whose wording trips it (the goal's words are quoted in it)
falls back to the same template without the quote.
"""

from __future__ import annotations

from core import own_cards
from core.i18n import _


def _templates() -> dict[str, tuple[str, str]]:
    """By kind of ask: (with the goal quoted, without it). Built per call for `_()`."""
    return {
        "work": (
            _(
                "Ask a colleague or friend you trust for five minutes to hear you practise "
                "this ask out loud: “{goal}”. Then ask them one thing you could say more "
                "clearly."
            ),
            _(
                "Ask a colleague you trust for five minutes of their time to hear an idea of "
                "yours, and ask them one thing that could make it clearer."
            ),
        ),
        "dating": (
            _(
                "Tell a friend about this goal: “{goal}”. Ask them to play the other person "
                "for a minute while you practise saying it, then ask how it sounded."
            ),
            _(
                "Ask a friend to meet for a coffee this week, just the two of you, and say "
                "plainly that you'd like to see them."
            ),
        ),
        "creative": (
            _(
                "Show one small piece of your work to a friend and ask: what is one thing that "
                "works, and one thing you'd change? It is the first step towards: “{goal}”."
            ),
            _(
                "Show one small piece of your work to a friend and ask: what is one thing that "
                "works, and one thing you'd change?"
            ),
        ),
        "money": (
            _(
                "Ask a shop or a service one plain question about price today, such as whether "
                "there is a cheaper option. It trains the same nerve as: “{goal}”."
            ),
            _(
                "Ask a shop or a service one plain question about price today, such as whether "
                "there is a cheaper option."
            ),
        ),
        "social": (
            _(
                "Say this goal out loud to someone you know: “{goal}”. Ask them what they "
                "would want to hear if they were the one being asked."
            ),
            _(
                "Ask someone you know a little to tell you about something they enjoy, and "
                "stay with the conversation for two more questions."
            ),
        ),
        "everyday": (
            _(
                "Say this goal out loud to someone you know: “{goal}”. Ask them how they "
                "would answer, and listen without arguing."
            ),
            _(
                "Ask a shop assistant for something small that isn't on display, and thank "
                "them whatever the answer."
            ),
        ),
    }


def bridging_step(goal: str, domain: str) -> str:
    """The step just below a goal, in the goal's kind of ask; always passes the check."""
    quoted, plain = _templates().get(domain, _templates()["everyday"])
    text = quoted.format(goal=goal.strip().rstrip("."))
    if len(text) <= own_cards.MAX_ASK and not own_cards.refuses(text):
        return text
    return plain


def example_goals() -> tuple[tuple[str, str], ...]:
    """(kind of ask, goal) to pick from when the user would rather not write one."""
    return (
        ("work", _("Ask my manager to let me lead a project")),
        ("dating", _("Ask someone I've been chatting with to meet for a coffee")),
        ("creative", _("Show my work to people who could publish or sell it")),
        ("money", _("Ask for a better price on something big I buy")),
        ("social", _("Introduce myself to a group I'd like to join")),
        ("everyday", _("Send back a meal that isn't what I ordered")),
    )


def example_for(domain: str) -> str:
    """An ethical goal of the same kind, offered when the user's goal can't be used."""
    return next((goal for kind, goal in example_goals() if kind == domain), example_goals()[0][1])
