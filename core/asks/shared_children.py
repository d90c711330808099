"""The kids handed to someone asked by first name: the one the user shares them with.

"Ask Karim to take the kids on Friday morning so I can sleep in for once", "ask Tomás to do
the school run tomorrow with the twins", "ask Ama if she can put the little ones to bed
tonight": the role lexicons find "the kids", a child, as the one asked, and a child asked for
a favour is read as power. The one asked is the person called by name, and one who is asked to
take the user's own children for a morning, with no role named, is the other parent: the
user's partner, who may say no as a partner does. A role named (the nanny, my intern, a student)
is read by the role lexicons; children named as someone else's ("her kids", "the neighbour's
kids") or asked themselves ("ask the kids to tidy up") are not this, nor children taken from
their mum or dad in secret. Read over the words as
written, where a capital shows the name.
"""

from __future__ import annotations

import re

from core.asks.asked import BY_NAME, Asked
from core.asks.roles import Who

_CHILDREN = re.compile(r"^(?:the|our|my) (?:kids|children|little ones|twins|boys|girls|baby)$")
"""The user's own children, as the role lexicons name them."""
_CARE = re.compile(
    r" (?:to|if (?:he|she|they) (?:can|could|would|'d|will|'ll))(?: \w+)?? (?:take|mind|watch"
    r"|have|pick up|collect|drop(?: off)?|get|bath|bathe|feed|look after|sort|do the school run"
    r" with|put|keep|entertain|walk|drive)\b(?: \w+){0,2}? $"
)
"""A favour of care asked straight after the name, ending where the children are named ("to
take", "if she can put", "to pick up")."""
_ANOTHER_PARENT = re.compile(
    r"\b(?:their|the kids'|the children's) (?:mum|mom|mam|mother|dad|father|papa|mama)\b|secret"
    r"|without (?:\w+ )?(?:knowing|telling)|(?:don't|do not|not) tell"
)
"""Another parent named, or the children taken in secret: the one asked is no co-parent."""


def the_other_parent(text: str, raw: str, asked: Asked) -> Asked | None:
    """The person asked by first name to take the user's own children, as their partner; else
    None. `text` is in normal form, `raw` as written."""
    if asked.who is not Who.CHILD or not _CHILDREN.match(asked.named_as):
        return None
    found = BY_NAME.search(raw)
    if found is None:
        return None
    name = found.group(1).lower()
    at, kids = text.find(name), text.find(asked.named_as)
    if at < 0 or kids < 0 or kids < at or _ANOTHER_PARENT.search(text):
        return None
    if not _CARE.search(text[at + len(name) : kids]):
        return None
    return Asked(Who.PARTNER, name, True)
