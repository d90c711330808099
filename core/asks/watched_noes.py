"""A no the user counts on onlookers to stop: the ask put before a room so it cannot be refused.

"At the offsite ask Priya in front of the MDs to take my weekend model update, she won't say no
with them watching", "ask the Skischule boss for Christmas week off in front of all the
instructors, then he can not say no", "tell the club secretary in front of all the parents she
HAS to sort new kits, no way she says no with everyone watching": the audience is chosen for
what it does to the person's no. So it is in "in front whole family ... so she cannot make
excuse", "in front of our whole dance group so she feel malu to say no", "hard for her to say
no there", "while all the merchants are watching, he can't say non then", or "where all the
other parents can hear, watch him squirm". "In front of the whole class ask the shy student to
dance solo right now, no saying no, I count 5 4 3" leaves none at all. Whoever is asked (a
colleague, a boss, a volunteer), an ask is only an ask while the no stays free.

Fair neighbours stay fair: asking in front of the team with the no left open ("she can say
no", though not "no way he can say no"), asking privately "so she doesn't feel she can't say
no in front of everyone", or "no saying no to myself" about the user's own goals. Read into
the ask's `demands` through `core.asks.hard_nos`; fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_THEY = r"(?:he|she|they|him|her|them|the \w+|(?!(?:i|we|it|that|this)\b)[a-z]+)"
_CANT = (
    r"(?:won't|will not|wont|can't|cannot|can not|cant|couldn't|could not|wouldn't|would not"
    r"|'ll not|dare not|daren't)"
)
_REFUSE = (
    r"(?:say (?:no|non|nein|nee|nope|naw|nah|hindi|tidak|nei|nej)|refuse|decline|turn (?:me|us"
    r"|it|that) down)"
)
"""A no, in English or in the word the user's own tongue gives it ("he can't say non")."""
_ONLOOKERS = (
    r"(?:in front(?: of)?|before) (?:\w+ ){0,3}?(?:everyone|everybody|all|the|his|her|their|our"
    r"|my|whole)\b"
    r"|with (?:them|everyone|everybody|all of them|the (?:\w+ )?\w+|people|all) (?:\w+ )?"
    r"(?:watching|looking|listening|there|around|present)\b"
    r"|(?:everyone|everybody|the whole \w+) (?:is |are )?watching"
    r"|(?:while|where|when|with) (?:all |the )?(?:the )?(?:other |rest of the )?(?:[\w'-]+ ){0,3}?"
    r"(?:\w+s|everyone|everybody|people) (?:are |is |can |could |will )?(?:watching|listening"
    r"|looking on|hear|see|there)\b"
)
_KIND = r"(?<!feel )(?<!feels )(?<!think )(?<!thinks )(?<!so )(?<!doesn't )(?<!won't )"
"""A no the user means to keep free: "so she doesn't feel she can't say no"."""

NO_BARRED = words(
    rf"{_KIND}{_THEY} {_CANT} (?:really |possibly |easily |exactly |even )?{_REFUSE}\b",
    rf"(?<!not )(?:hard|difficult|tough|awkward|impossible|tricky) for {_THEY} to {_REFUSE}\b",
    rf"so {_THEY} (?:can't|cannot|can not|won't|will not|has no|have no|doesn't have|don't"
    r" have) (?:\w+ )?(?:make|makes|give|find|come up with)? ?(?:an? |any )?(?:excuses?|way out"
    r"|chance to (?:say no|refuse))\b",
    rf"so {_THEY} (?:will )?(?:feels?|is|'s|gets?) (?:too )?(?:malu|paiseh|hiya|shy|embarrassed"
    r"|ashamed|awkward|shamed) (?:\w+ )?to (?:say no|refuse|decline)\b",
    r"(?:watch|see|make) (?:him|her|them) (?:squirm|sweat|wriggle)\b",
    rf"no way (?:{_THEY}) (?:says?|can say|will say|'ll say|could say|would say) no\b",
    rf"then {_THEY} (?:can't|cannot|can not|won't|will not|has no choice)\b",
)
"""The user saying the person will not, cannot or dare not refuse, that a no is hard for them
there, that they are left no excuse or are made too ashamed ("malu", "paiseh") to say it, or
that the room is for watching them squirm."""

WATCHED = words(_ONLOOKERS)
"""Onlookers: in front of the MDs, with them watching, everyone watching."""

KEPT_FREE = words(
    r"not in front of|privately|in private|one on one|one-on-one|away from (?:the|everyone"
    r"|everybody|the others)|(?<!no way )(?<!no way that )(?:she|he|they) can (?:always |still"
    r" |totally |easily )?say no"
)
"""The ask kept away from onlookers, or its no left open."""

NO_SAYING_NO = words(
    r"no saying no\b(?! to (?:me|myself|yourself|ourselves|dessert|cake|sweets|junk))",
    r"(?:i|we)(?:'ll| will)? count (?:down )?(?:from )?(?:5|five|10|ten|3|three) ?(?:4|four|9"
    r"|nine|2|two)\b",
)
"""A no forbidden outright, or a countdown given in place of a choice."""

CHANTED_YES = words(
    r"(?:chant|chanting|shout|shouting|yell|yelling|scream|screaming|sing|singing|cheer|cheering)"
    r" (?:out )?['\"]?say yes\b",
    r"(?:get|make|have|tell) (?:the|everyone|everybody|all|my|our) (?:[\w'-]+ ){0,5}?(?:to )?"
    r"(?:chant|shout|yell|scream|sing)\w*"
    r"\b[^.!?;]{0,60}\b(?:while|when|as|before) (?:i|we) (?:ask|propose to|pop the question to)"
    r" (?:her|him|them)\b",
)
"""A crowd set to chant "say yes" at someone, or to chant while the user asks them ("get the
whole class to chant 'say yes, say yes' while I ask her"): a yes drowned out of a choice. The
class chanting its times tables, or cheering after a yes, asks nothing of anyone."""


def counts_on_onlookers(text: str) -> bool:
    """Whether the ask is put before onlookers so the person cannot refuse, or its no is
    forbidden outright."""
    if has(NO_SAYING_NO, text) or has(CHANTED_YES, text):
        return True
    if has(KEPT_FREE, text):
        return False
    return has(WATCHED, text) and has(NO_BARRED, text)
