"""Strings attached to a yes: an ultimatum before others, a name or a loss held over a no.

`core.asks.threats`, `core.asks.if_they_refuse` and `core.asks.costs_of_a_no` read the common
threats. The thirty-fourth round's hands wrote the same kind in shapes those leave:
- an ultimatum given before an audience ("tell my supplier in front of the whole market
  that if he won't drop his price he's a thief", "tell the skipper in front of the crew I'll
  walk unless he ups my share");
- a loss after a no that names no threat word: a customer no longer served, every hotel told,
  the invoice marked, the depot told about his breaks, the user moving out or skipping
  college ("I'm not going to college unless she gets me the new trainers"), a dance partner
  replaced ("either you come Sunday or I find somebody else"), a weekend away taken without
  her ("she either comes ... or I'm going away for the long weekend without her");
- a tie of blood or a family day withdrawn for a no, told to the person ("tell her if she
  won't she ain't family no more", "tell him if not, I don't go to his wedding");
- a name or a love withdrawn for a no ("or he is not a real brother", "him dead to mi", "si
  no me lleva ... es que no me quiere", "se ela não deixar review eu não atendo mais ela");
- a yes counted on or locked in ("nobody will say no", "so he can't back out", "so she can't
  really refuse to lend me her car"), a bonus forgotten by whoever leaves, the names of those
  who gave nothing read out.
The user's own plans after a no stay fair ("if he can't, I'll find someone else", "if she
says no, I won't ask again"): each shape needs the loss to fall on the person, or the
ultimatum to be given, not a fallback planned. Read into the ask's `demands` through
`core.asks.hard_nos`; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_THEY = r"(?:he|she|they|you|him|her|them|dem|ela|ele)"
_NO = (
    r"(?:don't|doesn't|do not|does not|didn't|won't|will not|wouldn't|can't|cannot|refuses?"
    r"|says? no|said no|nuh|no|not)"
)
_IF_NO = rf"(?:if|unless) {_THEY} (?:\w+ )?{_NO}\b[^.!?;]{{0,80}}?\b"
"""A no, named before what the user says will follow it."""
_AUDIENCE = (
    r"in front of (?:everyone|everybody|all|the whole \w+|(?:all )?(?:the|his|her|their|our)"
    r" (?:\w+ )?(?:crew|team|family|market|partners?|class|congregation|staff|office|group"
    r"|workers|customers|village|street|others|boss))"
)
_ULTIMATUM = (
    rf"(?:if {_THEY} (?:\w+ )?{_NO}\b|unless {_THEY}\b|\bor (?:else )?(?:he|she|they|you|i)\b)"
)

_KIN = r"(?:brother|sister|friend|mate|son|daughter|cousin|family|bredda|sista|bro|sis)"
_NAMES = (
    r"(?:voleur|thief|crook|cheat|liar|coward|traitor|snake|fraud|scammer|ladr[oó]n|ladrão|chor"
    r"|stingy|cheapskate|miser)"
)
_WRONGDOING = (
    r"(?:copied|cheated|cheats|stole|steals|lied|lies|skives|skived|slacks|smokes|drinks|sleeps"
    r" with|slept with|plagiari\w+|faked|forged)"
)
_STAKE = (
    r"(?:christmas |year-end |annual )?(?:bonus|bonuses|raise|rise|promotion|shifts?|overtime"
    r"|reference)"
)

_NOT_AN_AUTHORITY = (
    r"(?!(?:council|ombudsman|regulator|tribunal|union|police|authorities|inspector"
    r"|trading standards|housing)\b)"
)
"""A body whose office is to hear a complaint: a landlord who won't fix the heating reported
to the council is recourse, not a loss held over a no."""
LOSS_AFTER_A_NO = words(
    # a loss that falls on the person once they say no
    rf"{_IF_NO}i(?:'ll| will)? (?:tell|warn|inform) (?:every|all the|all) \w+",
    rf"{_IF_NO}i(?:'ll| will)? (?:tell|inform|let) (?:the|his|her|their) {_NOT_AN_AUTHORITY}\w+"
    r"(?: know)? about"
    r" (?:his|her|their|how|what)\b",
    rf"{_IF_NO}i(?:'ll| will)? (?:put|write|note|mark|record)(?: it| down)? (?:on|in) (?:the|her"
    r"|his|their) (?:invoice|file|record|report|review|receipt|bill|reference|register)",
    rf"{_IF_NO}i(?:'ll| will|'m going to)? (?:not|never|no longer|won't) (?:serve|sell to|work"
    r" for|deal with|buy from|book|cut|drive) (?:her|him|them|you)\b",
    rf"{_IF_NO}(?:i'm|i am) (?:moving out|leaving|quitting|out)\b",
    rf"{_IF_NO}(?:he|she|they|him|her|dem)(?:'s| is| are)? (?:dead|nothing|nutten) to (?:me|mi)\b",
    rf"{_IF_NO}(?:he|she|they|you)(?:'s| is|'re| are) (?:a |an )?{_NAMES}\b",
    r"\bse (?:ela|ele|eles|elas|você|voce) (?:não|nao)\b[^.!?;]{0,80}?\b(?:eu )?(?:não|nao|nunca)"
    r" (?:vou )?(?:atend|vend|trabalh|compr|lev|ajud|emprest)\w* (?:\w+ ){0,2}?mais\b",
    r"\bsi no\b[^.!?;]{0,60}?\b(?:es que |es porque |significa que )?no me (?:quiere|quieres"
    r"|ama|amas|respeta)\b",
    r"\bse (?:não|nao)\b[^.!?;]{0,60}?\b(?:é porque |e porque |é que )?(?:não|nao) me (?:ama"
    r"|amas|quer|gosta|respeita)\b",
    # an or-else: a name withdrawn, a failing told, a partner replaced
    rf"\bor (?:else )?(?:he|she|they|you)(?:'s| is|'re| are) (?:not|no) (?:a |my |his |her )?"
    rf"(?:real |true |proper )?{_KIN}\b",
    rf"\bor (?:else )?i(?:'ll| will)? (?:tell|report|inform) (?:\w+ ){{0,3}}?(?:that )?(?:he|she"
    rf"|they) (?:\w+ )?{_WRONGDOING}\b",
    r"\beither (?:you|he|she|they)\b[^.!?;]{0,60}?\bor (?:else )?i(?:'ll| will)? (?:find|get"
    r"|look for|go with|pick|take) (?:somebody|someone|another)\b",
    r"\b(?:either (?:you|he|she|they)|(?:you|he|she|they) either)\b[^.!?;]{0,60}?\bor (?:else )?"
    r"i(?:'m| am|'ll| will)? (?:going"
    r"|go|head\w*|off|leav\w*) (?:\w+ ){0,6}?without (?:you|him|her|them)\b",
    # a tie of blood or a family day withdrawn for a no, told to the person
    rf"{_IF_NO}(?:he|she|they|you)(?:'s| is|'re| are| ain't| isn't| aren't)(?: not)? (?:my |our )?"
    rf"(?:family|{_KIN}|blood)(?: (?:of mine|to me))? (?:no more|anymore|any more|no longer)\b",
    rf"tell (?:him|her|them) (?:that )?(?:if not|if (?:he|she|they) (?:\w+ )?{_NO}\b|unless"
    r" (?:he|she|they)\b)[^.!?;]{0,60}?\bi(?:'ll| will)? (?:don't|do not|won't|will not|not|never)"
    r" (?:go|come|turn up|show up|be there|attend|talk|speak)\b(?: (?:\w+ ){0,2}?(?:to|at|with)"
    r" (?:his|her|their|him|her|them)\b(?: (?:\w+ )?(?:wedding|party|birthday|funeral"
    r"|graduation|christening|baptism|do|house|place))?)?",
    # the user's walking out or their schooling held until a yes
    r"i(?:'ll| will|'m going to)? (?:quit|walk|walk out|resign|leave)\b[^.!?;]{0,30}?\bunless"
    r" (?:he|she|they|you) (?:\w+ )?(?:ups?|raises?|gives?|pays?|lets?|agrees?|swaps?|doubles?"
    r"|increases?|matches?|drops?|lowers?)\b",
    r"(?:not|never|won't) (?:going|go|be going) (?:to|back to) (?:school|college|uni|university"
    r"|class|classes|work|church|mass|practice|training)\b[^.!?;]{0,30}?\b(?:unless|until|till)"
    r" (?:he|she|they) (?:\w+ )?(?:gets?|buys?|gives?|pays?|lends?) me\b",
)
"""A loss that falls on the person after a no, or an or-else given them."""

PUBLIC_ULTIMATUM = words(
    rf"{_AUDIENCE}\b[^.!?;]{{0,80}}?{_ULTIMATUM}",
)
"""An ultimatum given before others: the no it asks for would be given before them too."""

YES_LOCKED_IN = words(
    r"(?:nobody|no one|no-one|none of them) (?:will|would|'ll|can|could|dares?(?: to)?|is going"
    r" to) (?:say no|refuse|object|turn (?:me|it|us) down)(?=[.,!?;)]|$| (?:to (?:me|us|him"
    r"|her|that|it)|in front|with|when|if|because|since|so|anyway|now)\b)",
    r"so (?:that )?(?:he|she|they) (?:can't|cannot|couldn't|won't be able to) (?:really"
    r" |possibly |easily |exactly )?(?:back out|back down|pull out|wriggle out|get out of it"
    r"|refuse|say no)\b",
    rf"(?:can|may|might as well|should|will have to|'ll have to) forget (?:about )?(?:the |their"
    rf" |his |her |your |a |any )?{_STAKE}\b",
    r"(?:read out|post|put up|pin up|publish|share|announce)\w* (?:\w+ ){0,3}?names? of (?:\w+ )"
    r"{0,2}?(?:who|that) (?:gave|paid|pledged|donated|contributed|did) (?:nothing|less|the least"
    r"|zero)\b",
)
"""A yes counted on or locked in: "nobody will say no", "so he can't back out", "whoever leaves
can forget about the bonus", the names of those who gave nothing read out."""


def attaches_strings(text: str) -> bool:
    """Whether the ask ties a loss, a name or an audience to the person's no."""
    return any(has(lexicon, text) for lexicon in (LOSS_AFTER_A_NO, PUBLIC_ULTIMATUM, YES_LOCKED_IN))
