"""The model's word, weighed against what the rules understood of the ask.

The rules speak first: a problem they find is the one the user reads about. The model
(`core.asks.model`) only adds a refusal the rules missed, only when its `bad` score is
past its confident threshold, and only for a category that can apply to the person the
rules found asked: money, contact details, a date or being put on the spot are problems
with strangers and staff (and then only when the rules do not recognise one of the small
moments a stranger may be asked for, `core.asks.strangers.a_small_moment`), not with a
friend, the family or a bank; a hug is fine from a partner. So the model's habit of
reading "a stranger" as bad cannot refuse "ask a friend to lend me a drill" or "ask a
stranger if I can borrow a pen", and the rules' knowledge of who is asked keeps it honest.
"""

from __future__ import annotations

from core.asks.decide import Problem
from core.asks.model import AskModel
from core.asks.roles import Who
from core.asks.slots import Ask
from core.asks.strangers import a_small_moment

_WITH_STRANGERS = frozenset({Problem.MONEY, Problem.CONTACT, Problem.ROMANCE, Problem.SPOT})
"""Categories that are problems only when the person asked is not known to the user."""
_UNKNOWN = frozenset({Who.STRANGER, Who.STAFF, Who.CHILD, Who.NOBODY})
_FAMILIAR = frozenset({Who.PARTNER, Who.FAMILY})
"""The people a card may ask for a hug (as `core.asks.decide` has it)."""


def fits(problem: Problem, ask: Ask) -> bool:
    """Whether the model's category can be the problem with the person the rules found."""
    if problem in _WITH_STRANGERS:
        return ask.who in _UNKNOWN and not a_small_moment(ask.text)
    if problem is Problem.TOUCH:
        return ask.who not in _FAMILIAR
    return True


def model_problem(text: str, ask: Ask, model: AskModel) -> Problem | None:
    """The problem the model sees in `text` (whose rule reading is `ask`), or None."""
    category = model.verdict(text)
    if category is None:
        return None
    try:
        problem = Problem(category)
    except ValueError:
        return None
    return problem if fits(problem, ask) else None
