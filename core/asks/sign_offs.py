"""What the user signs off for the people asked, said beside the ask: their marks, hours, place.

An ask is traded on the user's position, whoever the rules found asked, when its words say
the person's marks, hours, certificate, evaluation or place hangs on the user:
- they need the user to sign something off, or need good marks from them ("he needs me to
  sign off his hours anyway", "they need good marks from me");
- they rely on the user's references or signature ("who still relies upon my references");
- the favour is timed before the evaluation the user, in their role, gives ("as TL ask my
  agents ... before their eval");
- a place is withheld after a no ("or they don't get to play in the recital");
- a grade is hinted at as the favour's reward ("mention it could help their participation
  grade"), or given for buying from the user's own people ("5 points extra credit if they buy
  a plate at my wife's church fish fry");
- the user's rank is given as the reason they must ("she's junior to me so she must", "I am
  their child's teacher so they will send", "I have seniority so she must accept it").
Asking a trainee how their hours are going, or a student whether they need help with their
marks, names no such hold. Read into `trades_on_position` through `core.asks.off_limits`;
fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_THEY = r"(?:he|she|they)"
_LEADS = (
    r"(?:tl|team ?lead(?:er)?|lead|shift lead(?:er)?|supervisor|manager|boss|teacher|coach|tutor"
    r"|instructor|trainer|head chef|foreman|senior)"
)
"""A role the user holds over those who are evaluated."""
_MUST = (
    rf"so {_THEY} (?:must|has to|have to|will|'ll|can't|cannot|won't|wouldn't|would never"
    r"|can never)\b"
)

PATTERNS = (
    rf"(?<!if )(?<!whether ){_THEY} (?:still |really |also )?needs? me to (?:sign|approve|pass"
    r"|mark|grade|okay|ok|vouch for|write|fill in|stamp)\b",
    rf"(?<!if )(?<!whether ){_THEY} (?:still |really |also )?needs? (?:good |high |decent |their"
    r" |a good |the )?"
    r"(?:marks?|grades?|references?|a reference|sign-?off|my signature|evals?|evaluations?)"
    r" from me\b",
    r"(?:relies|rely|relying|depends|depend|depending) (?:up)?on my (?:references?"
    r"|recommendations?|signature|sign-?off|reports?|marks?|grades?)\b",
    rf"(?:as (?:the |their |a )?|(?:i'm|i am) (?:the |their |a )?){_LEADS}\b[^.!?]{{0,120}}"
    r"\bbefore (?:their|his|her) (?:[\w-]+ )?(?:evals?|evaluations?|appraisals?|performance"
    r" reviews?|assessments?|probation reviews?)\b",
    rf"or {_THEY} (?:don't|doesn't|won't|can't|do not|does not|will not|cannot) get (?:to"
    r" (?:play|perform|sing|dance|compete|start|race|go on|be in)|picked|selected|a (?:place"
    r"|spot|part|role|solo|slot))\b",
    r"(?:mention|hint|say|add|tell (?:them|him|her))\w* (?:that )?(?:it|this|doing it|helping)"
    r" (?:could|would|will|might|may|can) (?:\w+ )?(?:help|boost|raise|improve|bump up|count"
    r" towards|count toward) (?:their|his|her) (?:[\w-]+ )?(?:grades?|marks?|evals?"
    r"|evaluations?|scores?|appraisals?)\b",
    r"(?:(?:extra|bonus) (?:credit|marks?|points)|\d+ (?:extra |bonus )?(?:points|marks))"
    r" (?:\w+ ){0,3}?(?:if|when|for|once) (?:they|he|she|you|each|every) (?:\w+ )?(?:buy|buys"
    r"|buying|purchase|purchases|pay for|pays for|order|orders|get tickets?)\b[^.!?;]{0,40}?"
    r"\b(?:(?:my|mi) (?!(?:\w+ )?(?:class|school|course|lessons?|classroom)\b)|from me\b)",
    rf"(?:{_THEY}(?:'s| is|'re| are) (?:junior|subordinate) to (?:me|us)|i(?:'m| am) (?:their"
    r"|his|her) (?:[\w-]+'s |[\w-]+s' )?(?:teacher|boss|senior|supervisor|manager|landlord"
    rf"|coach|tutor)|i (?:have|'ve got|got|hold) (?:more )?seniority)\b[^.!?;]{{0,20}}\b{_MUST}",
)
"""Each hold said beside the ask; `core.asks.off_limits.TRADES_ON_POSITION` joins them."""
