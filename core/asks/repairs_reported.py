"""A fault told to a landlord so he sends someone to fix it: a repair asked, not a story.

"Tell the landlord the shower is broken so he sends someone, it isn't working at all" reports a
fault to the one whose job is to mend it. The rules read a fault told and then denied ("even
though it works fine", `core.asks.undone_stories`) or told for money off ("so he lowers the
rent") as deception; when they find neither, the model's habit of reading "tell ... is broken
so ..." as a story must not refuse the repair (`core.asks.second`). Any word of a lie, a
pretence, a doubt about the fault or money off keeps the model's word. Fragments over the
normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.ask import Ask
from core.asks.roles import Who
from core.asks.text import has, words

_FAULT = words(
    r"(?:is|are|'s|was|has been|have been|got) (?:\w+ )?(?:broken|broke|bust|busted|faulty|leaking"
    r"|blocked|clogged|mouldy|damp|cracked|dead|out)\b|(?:isn't|is not|aren't|are not|stopped|keeps"
    r" not|won't|doesn't|does not) (?:\w+ )?(?:working|work|heating|draining|flushing|closing"
    r"|locking|turning on|coming on)",
)
"""A fault in the home: broken, leaking, not working."""
_REPAIR = words(
    r"(?:so|and|to ask if|to ask whether|if) (?:he|she|they|the \w+) (?:can |could |will |would )?"
    r"(?:sends?|fix|fixes|repairs?|comes? (?:round|over|out|and (?:fix|look|see))|gets? (?:it|them"
    r"|someone|a \w+) (?:fixed|repaired|out|round|in|sorted)|sorts? (?:it|them) out"
    r"|has (?:it|them) (?:fixed|repaired|looked at))\b",
)
"""Someone sent, or the fault fixed."""
_DOUBTED = words(
    r"lie|lies|lying|pretend\w*|fake\w*|exaggerat\w*|make (?:it|them) (?:up|sound)|made up|not"
    r" really|actually|even though|although|though|but (?:it|they|the)|fine|works|worked|working"
    r" (?:fine|ok|okay|perfectly)|lower\w*|cut|reduc\w*|knock\w*|discount|refund\w*|waive\w*"
    r"|compensat\w*|off the rent|rent (?:cut|reduction|free)|money off|cheaper|break|broke it"
    r"|damaged it|caused",
)
"""Words that may make the fault a story: a lie, a doubt, money off, the user's own damage."""


def reports_a_repair(ask: Ask) -> bool:
    """Whether the ask tells a landlord of a fault so that it is fixed, with no word of doubt
    about it or of money off."""
    if ask.who is not Who.LANDLORD or has(_DOUBTED, ask.text, guided=False):
        return False
    return has(_FAULT, ask.text, guided=False) and has(_REPAIR, ask.text, guided=False)
