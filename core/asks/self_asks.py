"""An ask put to the user themself: a question for their own diary, asked of nobody else.

"Ask myself tonight: why does one 'no' from a customer ruin my whole day?" asks the user, not
the customer it mentions; "Tự hỏi bản thân tối nay ..." says the same in Vietnamese. The
reading of who is asked (`core.asks.asked`) took the customer for the person asked, and the
model heard a stranger put on the spot: that fair training ask scored 2.02 and would have held
the model's threshold at 2.12, where the trainer keeps it clear of every fair ask. When every
ask in the text is put to the user themself, nobody is asked; an ask of anyone else beside it
("ask myself whether to ask her out again") is read as before. Fragments over the normal form
of `core.asks.text`.
"""

from __future__ import annotations

import re

from core.asks.text import has, without, words

REFLEXIVE = words(
    r"(?:ask|asks|asking|question|questioning|quiz|quizzing) myself",
    r"tự hỏi(?: bản thân)?|hỏi (?:lại )?bản thân|me pregunto|preguntarme|je me demande"
    r"|me demander|frage mich|mich fragen|tanya diri sendiri|bertanya (?:pada|kepada) diri sendiri",
    r"(?:write|writing|jot|jotting|note) (?:down )?(?:in|for|into) my (?:own )?(?:diary|journal"
    r"|notebook|notes)",
)
"""The user asking themself, in the languages the training texts ask it in, or writing in their
own diary ("write for my diary wetin I dey fear pass when person talk no to me": the person who
says no is what the entry is about, not someone asked)."""


_OWN_YES_OR_NO = words(
    r"(?:i|i'm|i am) (?:always |just |still |keep )?(?:say|saying) (?:yes|no) to"
)
"""The user's own yes or no, which the question to themself is about ("ask myself why I say yes
to everything at work"): their habit, not "say hello to" someone as an ask."""


def only_of_myself(text: str, asking: re.Pattern[str]) -> bool:
    """Whether the text asks the user themself and, with that (and the user's own yes or no
    asked about) blanked out, no asking verb (`asking`, the reading of who is asked) is left to
    ask anyone else."""
    rest = without(_OWN_YES_OR_NO, without(REFLEXIVE, text))
    return has(REFLEXIVE, text) and asking.search(rest) is None
