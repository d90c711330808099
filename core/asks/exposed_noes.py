"""A no answered by exposing the person: a post, a report, a debt or a failing told to others.

"Ask the surf shop for a free wax since I'm a local, and if they say no I'm posting about them",
"ask my roommate to take over my dishes, and if he hesitates, bring up the March rent I covered
in front of his girlfriend", "ask the charge nurse for next weekend off and mention that I could
always report what I saw last shift", "tell her the whole family will hear how selfish she is if
she says no", "ask my neighbour to stop parking in front of my cart, or the whole soi hears what
her husband does at night", "tell my cousin I'll be so hurt she'll never see me again if she
doesn't come to my graduation". `core.asks.threats` and `core.asks.if_they_refuse` read the
common shapes; these are the ones they left: the post in the present tense ("I'm posting"), the
debt or failing raised after a hesitation before someone whose opinion matters to the person,
the report the user "could always" make, the onlookers' hearing with words between ("how
selfish she is"), the user's absence for good laid on a no.

Fair neighbours stay fair: the user's own plan after a no ("if they say no I'll post a review of
the other shop I try", "if he hesitates I'll offer to do his bins"), a report asked about ("ask
the charge nurse how I could report what I saw"), a move abroad told with no if, and the family
told the plan ("the whole family will hear about the party on Sunday"). Read into the ask's
`demands` through `core.asks.hard_nos`; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_THEY = r"(?:he|she|they|the \w+|my \w+)"
_NO = (
    r"(?:says? no|said no|refuses?|refused|hesitates?|hesitated|declines?|won't|doesn't|does not"
    r"|don't|do not|can't|drags? (?:his|her|their) feet|makes? (?:an |any )?excuses?)"
)
_AFTER_A_NO = rf"(?:if|when|once|should|the moment) {_THEY} (?:\w+ )?{_NO}\b[^.!?;]{{0,30}}?\b"
"""A no or a hesitation, then what the user will do."""
_BEFORE = (
    r"(?:in front of|before) (?:\w+ ){0,2}?(?:everyone|everybody|all|(?:the|his|her|their|our)"
    r" (?:whole |entire )?(?:\w+ )?(?:girlfriend|boyfriend|wife|husband|partner|friends|family"
    r"|kids|parents|boss|mates|colleagues|team|village|street|class|office|church|congregation"
    r"|market)|(?:the|his|her|their) whole \w+)|loud(?:ly)?|publicly|out loud"
)
"""Before someone whose opinion matters to the person, or aloud."""
_OWED_TO_ME = (
    r"(?:the |that |all the |how much |what )?(?:[\w$£€]+ ){0,3}?(?:rent|money|bills?|loan"
    r"|cash|fees?|deposit|shifts?|favours?|times?|lifts?|dinners?|rounds?) (?:that )?i"
    r"(?:'ve| have)? (?:covered|paid|lent|fronted|spotted|gave|bought|did|sorted)"
)
"""What the user did for the person, counted as their debt: "the March rent I covered"."""

EXPOSED = words(
    rf"{_AFTER_A_NO}i(?:'m| am)(?: gonna| going to)? (?:posting|putting (?:it|them|him|her) up"
    r"|posting it|going public|writing (?:about|a post))\b",
    rf"{_AFTER_A_NO}(?:i(?:'ll| will)? )?(?:bring up|mention|raise|drag up|dredge up|throw in"
    rf"|remind (?:him|her|them) (?:of|about))\b[^.!?;]{{0,40}}\b(?:{_BEFORE})",
    rf"{_AFTER_A_NO}(?:i(?:'ll| will)? )?(?:bring up|mention|raise|drag up|dredge up|throw in"
    rf"|remind (?:him|her|them) (?:of|about))\b[^.!?;]{{0,10}}?{_OWED_TO_ME}\b",
    r"(?:mention|hint|remind|drop|slip|point\w* out|add|let \w+ know|say|tell (?:him|her|them))"
    r"\w*(?: \w+){0,2}? (?:that )?i (?:could|can|might|may|would) (?:always|easily|still|just)"
    r" (?:report|write (?:him|her|them|it) up|flag|tell (?:the|her|his|their) \w+|go to (?:the )?"
    r"\w+)\b",
    r"(?:the whole \w+|the family|everyone|everybody|all (?:her|his|their|our) \w+) (?:will|'ll"
    r"|is going to|are going to) (?:know|hear|find out) (?:that |how |what |about )?(?:\w+ ){1,2}"
    r"(?:she|he|they) (?:is|are|was|were|'s|'re)\b[^.!?;]{0,30}\b(?:if|unless|when)\b",
    r"(?:or|otherwise|else) (?:\w+ ){0,2}(?:the whole \w+|everyone|everybody|the (?:street|village"
    r"|neighbourhood|neighborhood|block|estate|market|building)) (?:will |'ll |gets to )?(?:hears?"
    r"|knows?|finds? out|learns?|sees?) (?:what|about|how|that|who|where)\b",
    rf"(?:{_BEFORE})\b[^.!?;]{{0,60}}\b(?:she|he|they)(?:'s| is|'re| are)? (?:\w+ )?(?:betray\w*"
    r"|a traitor|traitors|disloyal|backstab\w*)\b[^.!?;]{0,20}\b(?:if|unless|when)\b",
    r"(?:she|he|they)(?:'ll| will|'d| would) never (?:see|hear from) me again\b[^.!?;]{0,30}\b(?:if"
    r"|unless)\b",
    r"(?:if|unless) (?:she|he|they) (?:\w+ )?(?:doesn't|don't|won't|does not|do not|will not"
    r"|refuses?|says? no)\b[^.!?;]{0,60}\b(?:she|he|they)(?:'ll| will|'d| would) never (?:see"
    r"|hear from) me again\b",
)
"""A post made after a no, a debt or a failing raised before others after a hesitation, a
report the user "could always" make, a failing the whole family will hear of if they refuse, a
betrayal named before the whole village if he sells elsewhere, a secret the street will hear,
the user gone for good if they don't come."""


def exposes_a_no(text: str) -> bool:
    """Whether the ask answers a no by exposing the person, or by the user's leaving for good."""
    return has(EXPOSED, text)
