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
- their job, named as working for the user ("my préparatrice (she works for me)", "la chica
  que trabaja para mí"), or as depending on the user for it ("she depends on me for this
  job"), or still on trial ("the new bellboy on his trial month");
- the reference they are waiting for ("she is now waiting for my reference letter"), or the
  committee the user sits on ("I sit on the hiring committee this spring");
- a pupil's family, asked through the pupil for a lift or a loan;
- their file, loan or claim, which the user handles ("since I'm the one handling his file").
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
    rf"{_THEY} (?:depends?|relies?|counts?) (?:up)?on (?:me|us) for (?:this|the|her|his|their|a)"
    r" (?:job|work|shifts?|income|pay|wages?|hours|visa|room|place|stall|pitch|living)\b",
    r"(?:is|'s|are|'re) (?:now |still |currently |just )?waiting (?:for|on) (?:my|our) (?:\w+ )?"
    r"(?:reference|recommendation|sign-?off|signature|evaluation|report)\b",
    r"(?:the|a|an|my|our) (?:new |young )?[\w-]+ on (?:his|her|their) (?:trial|probation\w*)"
    r"(?: period| month| week| shift| days?)?\b",
    r"(?:i sit on|i'm on|i am on|i chair|i'm (?:the )?chair of|i run|i lead|i'm part of) (?:the|her"
    r"|his|their|our) (?:\w+ )?(?:hiring|interview|selection|appointments?|promotions?|recruitment"
    r"|tenure|disciplinary) (?:committee|panel|board)\b",
    r"(?:\(|, |\b)(?:she|he|they|who|that) (?:works?|is working) for (?:me|us)\b(?! (?:before"
    r"|years ago|once|ages ago))|que trabajan? para m[ií]\b|(?:es|son) mis? emplead[oa]s?\b"
    r"|(?:elle|il) travaille pour moi\b",
    r"(?:she|he|they|shi|im|dem) (?:cyaan|cyah|kyaan|caan|can't|cannot|couldn't) (?:really"
    r" |easily )?(?:say no|refuse|turn down) (?:to )?(?:har|her|his|him|dem|their|di|the)"
    r" (?:boss|supervisor|manager|teacher|landlord|landlady|employer|superior|senior|trainer)\b",
    r"(?:since|as|because|cos|coz) (?:i'm|i am) (?:the one )?(?:handling|processing|approving"
    r"|assessing|reviewing|deciding|signing off) (?:on )?(?:his|her|their) (?:\w+ )?(?:file|case"
    r"|loan|mortgage|application|claim|visa|permit|paperwork)\b",
    r"(?:my|one of my) (?:[\w-]+ ){0,2}?(?:students?|pupils?|monitors?|trainees?|interns?)\b"
    r"[^.!?;]{0,30}?\b(?:whether|if) (?:her|his|their) (?:mum|mom|dad|parents?|mother|father"
    r"|family) (?:could|can|would|will|might) (?:give|lend|drive|do|take|help|pay|buy|host)\b",
    rf"{_VULNERABLE}.{{0,120}}{_MY_TARGET}",
    rf"{_MY_TARGET}.{{0,120}}{_VULNERABLE}",
)
"""Each hold said beside the ask; `core.asks.off_limits.TRADES_ON_POSITION` joins them."""
