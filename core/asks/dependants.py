"""Someone whose job, reference, home or trust hangs on the user, said beside the ask.

An ask is traded on the user's position, whoever the rules found asked, when its words say
a no could cost the person something the user holds:
- their trial or probation ("he's still on his trial so he'll not say no to me");
- a reference the user will write ("she wants a good reference", "he needs me for his
  reference");
- the user's goodwill ("she won't want to get on my bad side");
- their rent, raised should they refuse ("mention rent might have to go up otherwise");
- their pay, which the user hands out ("I am the one who pays them");
- their things, asked of someone who relies on the user for everything;
- their trust, spent on a sale that meets the user's target ("he trusts me completely ... so
  I hit my target").
Asking a trainee whether they want a reference, or offering one, names no such hold. Read
into `trades_on_position` through `core.asks.off_limits`; fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

_THEY = r"(?:he|she|they)"
_RELIES = r"(?:relies|rely|depends|depend) (?:up)?on (?:me|us)"
_VULNERABLE = (
    rf"(?:{_THEY} (?:doesn't|does not|don't|do not|can't|cannot) (?:really )?(?:understand|read"
    rf"|know how)|trusts? (?:me|us) (?:completely|totally|blindly|fully|with everything)"
    r"|(?:old|elderly|confused) (?:\w+ )?(?:man|woman|lady|gent|señor|señora|customer|client"
    r"|couple|folks?|people|guy))"
)
"""A customer who cannot follow what they sign, or trusts the user blindly."""
_MY_TARGET = (
    r"(?:so|for|to) (?:that )?(?:i|we) (?:can )?(?:hit|make|reach|meet|get|earn) (?:my|our)"
    r" (?:\w+ )?(?:target|quota|numbers|commission|bonus)\b"
)
"""The user's own sales target, met by the sale."""

PATTERNS = (
    rf"{_THEY}(?:'s| is|'re| are) (?:still |currently |only )?on (?:his|her|their) (?:trial"
    r"|probation)(?: period| month| shift)?\b",
    rf"{_THEY} (?:still |really |also )?needs? me for (?:his|her|their|a) (?:reference|visa"
    r"|papers|job|contract|permit|placement|sign-?off|hours)\b",
    rf"(?<!if )(?<!whether ){_THEY} (?:wants?|needs?|is after|'s after|are after)"
    r" (?:a |the |my )?(?:good |strong |glowing |positive |great )(?:reference|recommendation"
    r"|evaluation|report|sign-?off)\b",
    r"(?:won't|wouldn't|doesn't|don't|does not|do not|will not|would not|never) (?:want|wanna"
    r"|dare) (?:to )?(?:get|be|end up|land) on my (?:bad|wrong) side\b",
    r"(?:mention|hint|say|tell|remind|warn|add)\w* (?:\w+ ){0,3}?(?:that )?(?:the |his |her"
    r" |their )?rent (?:might|may|will|could|would|'ll|is going to) (?:have to )?(?:go up|rise"
    rf"|increase|double)\b[^.!?;]{{0,20}}\b(?:otherwise|if {_THEY} (?:doesn't|won't|refuses"
    r"|says no)|unless)\b|(?:otherwise|or else)\b[^.!?;]{0,10}\b(?:the |his |her |their )?rent"
    r" (?:might|may|will|could|would|'ll|goes|is going to) (?:have to )?(?:go up|rise|increase)\b",
    r"(?:i'm|i am) the one (?:who )?(?:pays?|paying) (?:them|him|her|their|his)\b",
    rf"(?:give|hand|sign|sell|lend) (?:me|us|over) (?:her|his|their)\b[^.!?]{{0,80}}\b{_THEY}"
    rf" {_RELIES}\b",
    rf"{_THEY} {_RELIES}\b[^.!?]{{0,80}}\b(?:give|hand|sign|sell|lend) (?:me|us|over) (?:her"
    r"|his|their)\b",
    rf"{_VULNERABLE}.{{0,120}}{_MY_TARGET}",
    rf"{_MY_TARGET}.{{0,120}}{_VULNERABLE}",
)
"""Each hold said beside the ask; `core.asks.off_limits.TRADES_ON_POSITION` joins them."""
