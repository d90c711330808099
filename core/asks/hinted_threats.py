"""A threat hinted, or put after the favour: a no answered by a tale told, a report, a review.

`core.asks.threats`, `core.asks.if_they_refuse` and `core.asks.strings_attached` read a threat
said outright with the no first ("if he won't, I'll tell his wife"). The forty-second round's
hands wrote the same threat in shapes those leave:
- hinted, with "could" or "might", beside the favour: "ask my colleague to cover my shift,
  and mention I could tell the boss about her long lunches", "mention I could report his
  trailer to the HOA otherwise";
- an "else" or an "otherwise" in place of the if: "ask my brother to send money, else I'll tell
  umma about his girlfriend";
- a bad review or a name before others put first and the no after it: "let him know I'll leave
  a one-star on Google if he won't", "let everyone know she's not a team player if she won't",
  "if he won't, post in the flat group chat how disgusting he is";
- in Italian, Portuguese or Spanish, a family told everything: "se non mi presta i soldi,
  mammà saprà tutto".
A complaint taken to a body whose office is to hear it (the council, the police, the
ombudsman) is recourse, not a threat; a five-star review promised, or a plan of the user's own
after a no, costs the person nothing and is not read. Read into the ask's `demands` through
`core.asks.hard_nos`; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

import re

from core.asks.text import has, words

_TOLD = r"(?:tell|report|show|inform|grass (?:on )?|snitch (?:on )?|rat (?:on )?|dob (?:in )?)"
_NOT_AN_AUTHORITY = (
    r"(?!(?:(?:the|a) )?(?:council|ombudsman|regulator|tribunal|union|police|authorities"
    r"|inspector|trading standards|housing|court)\b)"
)
"""A body whose office is to hear a complaint: telling it is recourse, not leverage."""

HINTED = words(
    rf"(?:mention|hint|say|add|let (?:him|her|them) know|remind (?:him|her|them)|point out"
    rf"|tell (?:him|her|them)|drop)\w* (?:\w+ ){{0,2}}?(?:that )?i (?:could|might|may|can"
    rf"|always could) (?:always |easily |just |still )?{_TOLD}\w* {_NOT_AN_AUTHORITY}"
    r"(?:\w+ ){0,4}?(?:about|that|how|what|to)\b",
    rf"\b(?:else|otherwise|or else),? i(?:'ll| will|'m going to| am going to| could| might)?"
    rf" {_TOLD}\w* {_NOT_AN_AUTHORITY}(?:\w+ ){{0,3}}?(?:about|that|how|what)\b",
    rf"\bi(?:'ll| will| could| might)? {_TOLD}\w* {_NOT_AN_AUTHORITY}(?:\w+ ){{1,6}}?(?:to"
    r" (?:the|his|her|their) \w+ )?(?:otherwise|or else)\b",
)
"""A tale told or a report made, hinted with "could" or tied to an "else" ("mention I could
tell the boss about her long lunches", "else I'll tell umma about his girlfriend")."""

_IF_NO = words(
    r"(?:if|unless) (?:he|she|they) (?:\w+ )?(?:doesn't|don't|won't|wouldn't|refuses?|says? no"
    r"|do not|does not|will not|didn't|did not|no)\b",
)
"""A no from the person, named beside what the user says will follow it."""

AFTER_A_NO = words(
    r"(?:leave|give|post|write|drop)\w* (?:him|her|them|it )?(?:a |an )?(?:1|one|2|two|zero"
    r"|no)[- ]?stars?\b",
    r"(?:leave|give|post|write|drop)\w* (?:him|her|them )?(?:a |an )?(?:bad|terrible|awful"
    r"|scathing|nasty|negative|horrible) (?:review|rating|feedback)\b",
    r"(?:let|make) (?:everyone|everybody|the (?:whole )?\w+|all (?:the|our|my) \w+) know"
    r" (?:that )?(?:she|he|they)(?:'s| is|'re| are) (?:not |a |an |so |such |the )",
    r"(?:tell|inform) (?:everyone|everybody|the whole \w+|all (?:the|our|my) \w+) (?:that )?"
    r"(?:she|he|they)(?:'s| is|'re| are) (?:not |a |an |so |such |the )",
    r"(?:post|put|write|share|announce)\w* (?:it )?(?:in|on|to) (?:the|our|my|his|her|their)"
    r" (?:\w+ ){0,2}(?:group|chat|page|story|feed|forum|board|channel)\b[^.!?;]{0,40}?"
    r"\b(?:how|what|that) (?:\w+ ){0,2}(?:he|she|they) (?:is|are|was|were|'s|'re)\b",
)
"""A bad review, or a verdict on the person told to everyone or posted to a group."""

_PARTS = re.compile(r"[.!?;]")

TOLD_EVERYTHING = words(
    r"\bse non\b[^.!?;]{0,80}?\b(?:\w+ )?(?:sapr[àa]|sapranno|verr[àa] a sapere) tutto\b",
    r"\bse (?:não|nao)\b[^.!?;]{0,80}?\b(?:vai|v[ãa]o) (?:saber|ficar sabendo) (?:de )?tudo\b",
    r"\bsi no\b[^.!?;]{0,80}?\bse (?:va|van) a enterar de todo\b|\bsi no\b[^.!?;]{0,80}?\bse"
    r" (?:entera|enterar[áa]n?) de todo\b",
    r"\bdac[ăa] nu\b[^.!?;]{0,80}?\b(?:(?:o s[ăa] |va )?afl[ăae] (?:toat[ăa] lumea|to[țţt]i|tot"
    r" satul|toat[ăa] familia|[șş]eful)|(?:toat[ăa] lumea|to[țţt]i|tot satul) (?:o s[ăa] afle"
    r"|va afla|afl[ăa]))\b",
)
"""Everything told to the family over a no, in Italian, Portuguese or Spanish ("se non mi
presta i soldi, mammà saprà tutto"), or everyone told in Romanian ("dacă nu mă acoperă la tură,
află toată lumea că doarme la birou")."""


def hints_a_threat(text: str) -> bool:
    """Whether the ask hints a tale or a report over a no, ties one to an "else", puts a bad
    review or a verdict before others after a no, or tells the family everything."""
    if has(HINTED, text) or has(TOLD_EVERYTHING, text):
        return True
    return any(has(_IF_NO, part) and has(AFTER_A_NO, part) for part in _PARTS.split(text))
