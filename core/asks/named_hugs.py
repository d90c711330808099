"""A hug asked of someone by name: a friend, whatever the rest of the ask goes on to name.

"Ask Gennaro for a hug, his father is in hospital", "talofa! ask Sina for a hug before the
competition", "ask Jiyeon unnie for a hug after the competition even if we lose", "ask my
paddy Emeka if he want hug after him papa burial": only a person is hugged, and one the user
calls by first name is one they know. The role reading (`core.asks.asked`) looks for a role
anywhere after the asking verb, so a competition the hug comes before, or a father in hospital
the hug is for, was read as the one asked (a body, a stranger) and the hug refused. Here the
hug is read where it is asked, straight after the name: the name may carry a word of address
the role lexicons do not know ("unnie", "bhai", "ji", "san") or be introduced by a "my ..."
word they do not know ("my paddy", "my bestie", "my kanka"), in any language. A role word in
those places ("ask Maria the waitress", "my neighbour Dave", "ask Coach") keeps the role; a
hug asked of someone placed by where they are ("ask Maria at the bakery for a hug") is not
this; and a massage or a back rub is no hug, so it stays refused of anyone nothing names a
partner (`core.asks.slots._only_a_hug`). Read over the words as written, where a capital
shows a name.
"""

from __future__ import annotations

import re

from core.asks.hugs_in_other_tongues import hugged_by_name_abroad
from core.asks.people import ROLES
from core.asks.text import NAME

_NAMED = re.compile(
    r"\b(?i:ask|text|message|call|tell|dm|ring|phone|pedirle a|pedir a|demander à)"
    rf" (?:(?i:my|our) ([a-z]+) )?((?!I\b){NAME})\b(?!['’])"
)
"""Someone asked by first name, straight after the asking verb or a "my ..." word."""
_HUG = re.compile(
    r"((?: (?!(?:for|to|if|and|or|a|an|the)\b)[a-zà-öø-ÿā-ž]+){0,2}?)(?: \([^)]{0,40}\))?"
    r" (?:for|to (?:give (?:me|us) )?|if (?:i|we) (?:can|could) (?:give"
    r" (?:him|her|them) )?|if (?:he|she|they) (?:wants?|needs?|would like|'d like|fancies"
    r"|fancy|is up for|are up for)(?: to (?:get|have))?)"
    r" (?:a |an |one more |another )?"
    r"(?:(?:big|huge|massive|proper|quick|long|warm|tight|good|little|wee|gros|grand|bear"
    r"|last|good luck|goodbye) ){0,2}"
    r"(?:hug|high[- ]?five|fist[- ]?bump|cuddle|abrazo|abraço|c[aâ]lin|cwtch|peluk(?:an)?)s?\b"
)
"""The hug asked in the same clause ("for a (big) hug", "if he want hug", "to give me a hug"),
after up to two words of address ("unnie", "bhai", "ji"), never a "for" or an "if"."""


def _a_role(words: str) -> bool:
    """Whether a role lexicon names someone in `words`."""
    return any(pattern.search(words) for _, pattern in ROLES)


def hugged_by_name(raw: str) -> str | None:
    """The name of someone asked by first name for a hug in the same clause, in English or in
    Hindi or Indonesian word order (`core.asks.hugs_in_other_tongues`), or None."""
    lower = raw.lower()
    for match in _NAMED.finditer(raw):
        hug = _HUG.match(lower, match.end())
        if hug is None:
            continue
        name = match.group(2).lower()
        called = " ".join(filter(None, (match.group(1), name, hug.group(1).strip())))
        if _a_role(f" {called} ") or _a_role(f" my {called} "):
            continue
        return name
    return hugged_by_name_abroad(raw)
