"""The model's word, weighed against what the rules understood of the ask.

The rules speak first: a problem they find is the one the user reads about. The model
(`core.asks.model`) only adds a refusal the rules missed, only when its `bad` score is past
its confident threshold, and only for a category that can apply to the person the rules
found asked: money, contact details, a date or being put on the spot are problems with
strangers and staff (and then only when the rules do not recognise one of the small moments
a stranger may be asked for, `core.asks.strangers.a_small_moment`), not with a friend, the
family or a bank; a hug is fine from a partner; and power over someone cannot be the problem
with a manager, a landlord, a neighbour, a shop or the family, nor when the user only asks
after someone who reports to them or for their view ("how her weekend was",
`core.asks.decide.only_asks_after_them`); nor filming with no camera, recording or post in
the words (a phone put away is none, nor is the user's own footage, `core.asks.own_footage`:
a friend's voiceover for the user's project); nor a judgement with no word for the user's looks
or worth, nor a danger, a repeat, pressure or a date with no word for one
(`core.asks.model_words`); nor any category whose fair reading the words already give
(`core.asks.known_fair`: a no settled or made easy beforehand, a treat, the user alone on
camera, an invitation to ask again, a proof sent, a trade offered, an ask in writing, the user
alone with nobody asked). So
the model's habit of reading "a stranger" as bad cannot refuse "ask a friend to lend me a
drill" or "ask a stranger if I can borrow a pen", and the rules' knowledge of who is asked
keeps it honest.
"""

from __future__ import annotations

from core.asks import known_fair, model_words, own_footage, read
from core.asks.ask import Ask, Want
from core.asks.asked import asks_only_myself
from core.asks.decide import Problem, hug_is_fine, only_asks_after_them
from core.asks.model import AskModel
from core.asks.persistence import PRIOR_NO
from core.asks.repairs_reported import reports_a_repair
from core.asks.roles import NO_POWER_OVER, Who
from core.asks.strangers import a_small_moment
from core.asks.text import has, normal, without, words

_WITH_STRANGERS = frozenset({Problem.MONEY, Problem.CONTACT, Problem.ROMANCE, Problem.SPOT})
"""Categories that are problems only when the person asked is not known to the user."""
_UNKNOWN = frozenset({Who.STRANGER, Who.STAFF, Who.CHILD, Who.NOBODY})
_MET_ONCE = frozenset({Who.ACQUAINTANCE, Who.ORGANISATION})
"""People met once or only as a service: a lift from them is a lift from a stranger."""
_MEDIUM = words(
    r"camera|cam|gopro|phone|record\w*|film\w*|video\w*|vlog\w*|photo\w*|pics?|pictures?"
    r"|snap\w*|post\w*|share\w*|upload\w*|stream\w*|live|tweet\w*|story|stories|tiktok"
    r"|youtube|instagram|reddit|screenshot\w*|clip|footage|online|voice notes?|followers",
)
"""Words for a camera, a recording or a post: without one, nothing is filmed or posted."""


def fits(problem: Problem, ask: Ask) -> bool:
    """Whether the model's category can be the problem with the person the rules found."""
    if known_fair.overruled(problem, ask):
        return False
    if problem is Problem.DECEPTION and reports_a_repair(ask):
        return False  # a fault told to the landlord so he sends someone
    alone = ask.who is Who.NOBODY and problem in known_fair.ONLY_WITH_OTHERS
    if alone and asks_only_myself(ask.text):
        return False  # a question for the user's own diary asks nobody else anything
    if problem is Problem.ROMANCE and not has(model_words.ROMANTIC, ask.text):
        return False
    if problem in _WITH_STRANGERS:
        return ask.who in _UNKNOWN and not a_small_moment(ask.text)
    if problem is Problem.TOUCH:  # a shop or an office has no body to touch, only its staff
        shop = ask.who is Who.ORGANISATION and Want.TOUCH not in ask.wants
        return not hug_is_fine(ask) and not shop
    if problem is Problem.POWER:
        return ask.who not in NO_POWER_OVER and not only_asks_after_them(ask)
    if problem is Problem.JUDGEMENT:
        return has(model_words.JUDGED, without(model_words.LOOKS_RULED_OUT, ask.text))
    if problem is Problem.UNSAFE:
        lift = ask.who in _UNKNOWN | _MET_ONCE and has(model_words.RIDES, ask.text)
        return lift or has(model_words.DANGER, ask.text)
    if problem is Problem.PRESSURE:
        return has(model_words.PRESSED, ask.text)
    if problem is Problem.REPEAT:
        rechecked = has(model_words.YES_BEFORE, ask.text) and not has(PRIOR_NO, ask.text)
        return has(model_words.REPEATED, ask.text) and not rechecked
    if problem is Problem.RECORDING:  # a phone put away, or footage the rules read as the user's
        footage = without(own_footage.OWN_FOOTAGE, without(known_fair.PHONE_AWAY, ask.text))
        return has(_MEDIUM, footage, guided=False)
    return True


def could_refuse(category: str, text: str) -> bool:
    """Whether the model's `category`, past its threshold, would refuse `text`: the trainer
    sets the threshold over the asks it could refuse, not over every ask it scores."""
    try:
        problem = Problem(category)
    except ValueError:
        return False
    return fits(problem, read(text)[0])  # the reading `core.own_cards.screen` gates with


def model_input(text: str, ask: Ask) -> str:
    """What the model reads: the ask as written and, when the rules read its English gloss
    (`core.asks.read`), the gloss after it, so an ask in a language the training texts hold
    few of is also scored on the English words the model learned from most of them."""
    return text if ask.text == normal(text) else f"{text} {ask.text}"


def model_problem(text: str, ask: Ask, model: AskModel) -> Problem | None:
    """The problem the model sees in `text` (whose rule reading is `ask`), or None."""
    category = model.verdict(model_input(text, ask))
    if category is None:
        return None
    try:
        problem = Problem(category)
    except ValueError:
        return None
    return problem if fits(problem, ask) else None
