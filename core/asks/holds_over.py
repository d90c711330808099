"""What the user holds over someone, said beside the ask: a favour they owe, a renewal, a child.

An ask is traded on the user's position, whoever the rules found asked, when its words
remind the person what the user did or can do for them:
- a job, a place or a contract the user got them, given as the reason ("since I got them the
  job at the agency", "I got her the job after all");
- a renewal, a review or a reference they will want to keep the user happy for ("she'll
  want to keep us happy before the renewal");
- the person's child, whom the user coaches or teaches and could bench or mark down ("it's
  not like I'd bench her kid");
- a decision on their application the user has still to make ("before I process his
  application");
- the user's role, that the person "never says no to" ("they never say no to a porter");
- the care the user's ward or clinic gave them ("one of the mums on the ward, after all we
  did for her").
Read into `trades_on_position` through `core.asks.off_limits`. Thanking someone for a job
they got the user, or asking after how the job is going, names no such hold.

Also here, for the off-limits dates of `core.asks.off_limits`: a date asked of the parent
of a child the user coaches or teaches; asking a parent to bring the oranges asks no date
and stays fair. All match the normal form of `core.asks.text`.
"""

from __future__ import annotations

_GOT_THEM = (
    r"(?:since|as|because|cos|coz|given|considering|after|remind\w* (?:\w+ )?(?:that |how )?)"
    r" (?:i|we) (?:got|found|gave|sorted|arranged|landed|fixed|pulled strings for)"
    r" (?:him|her|them|you) (?:up )?(?:the|their|his|her|this|that|a|an) (?:[\w-]+ )?(?:job|jobs"
    r"|place|position|post|contract|visa|flat|room|spot|work|gig|role|internship|placement"
    r"|apprenticeship|shifts?|licen[cs]e)\b",
    r"(?:i|we) (?:got|found|gave|landed) (?:him|her|them) (?:the|their|his|her|this|that|a|an)"
    r" (?:[\w-]+ )?(?:job|place|position|contract|visa|flat|room|spot|gig|role|internship"
    r"|placement)\b[^.!?;]{0,30}\b(?:after all|so (?:he|she|they) owes?|(?:he|she|they) owes?"
    r"|(?:he|she|they) (?:can|could|should|must|will|'ll) (?:do|return|repay) (?:this|that|it|me"
    r"|the favour))\b",
)
_KEEPS_US_HAPPY = (
    r"(?:want|need|have|has|wants|needs|better|ought) to (?:keep|stay) (?:me|us) (?:happy|sweet"
    r"|onside|on side|on board|friendly)|(?:want|need|have|wants|needs) to stay (?:on )?(?:my"
    r"|our) good side|keep (?:me|us) (?:happy|sweet|onside) (?:before|for|ahead of|until|till"
    r"|with) (?:the |her |his |their )?(?:[\w-]+ )?(?:renewal|review|lease|contract|reference"
    r"|appraisal|visa|promotion|deposit|inspection|tenancy|exams?|grades?|selection)"
)
_HOLDS_THEIR_CHILD = (
    r"(?:i|i'd|i'll|i would|i will|i won't|i wouldn't|i could|i can|i might|i'm going to) (?:not"
    r" |never |just )?(?:bench|drop|cut|fail|mark down|kick out|punish|leave out|sub off|drop"
    r" down|demote) (?:her|his|their) (?:kids?|sons?|daughters?|child|children|boys?|girls?"
    r"|little ones?)\b"
)
_AWAITS_MY_DECISION = (
    r"(?:before|until|till|unless|or|then) (?:i|we)(?:'ll| will)? (?:process|approve|sign off"
    r"|sign|stamp|clear|assess|decide on|accept|renew|issue|put through|push through"
    r"|fast-?track|rubber-?stamp) (?:on )?(?:his|her|their) (?:[\w-]+ ){0,2}?(?:application"
    r"|loan|claim|visa|permit|mortgage|paperwork|papers|file|case|request|licen[cs]e|form"
    r"|renewal|planning|appeal|transfer|refund|enrolment|admission|certificate)s?\b"
)
_NO_ONE_REFUSES = (
    r"(?:they|he|she|\w+s) (?:never|can't|cannot|won't|wouldn't|daren't|dare not|can never"
    r"|could never|would never|will never|can hardly|can't really) (?:ever )?(?:say no|refuse"
    r"|turn down)(?: anything)? to (?:a|the|their|his|her|your) (?:[\w-]+ )?(?:porter|teacher"
    r"|boss|coach|manager|supervisor|warden|guard|landlord|landlady|officer|cop|prefect|captain"
    r"|senior|head chef|chef|lecturer|tutor|examiner|inspector|matron|dean|priest|pastor|imam"
    r"|elder|doctor|nurse|midwife|sergeant|steward|proctor|invigilator|ra|lead|foreman)\b"
)
_CARE_REMINDED = (
    r"(?:patients?|mums|moms|mothers|residents?|families|parents|clients?|service users?)"
    r" (?:on|in|at|from) (?:the|my|our) (?:\w+ )?(?:ward|unit|clinic|practice|surgery|care home"
    r"|caseload|hospice)\b[^.!?]{0,100}\bafter (?:all|everything) (?:that )?(?:i|we)(?:'ve"
    r"| have)? (?:did|done|do) for\b"
)
HOLDS = (
    *_GOT_THEM,
    _KEEPS_US_HAPPY,
    _HOLDS_THEIR_CHILD,
    _AWAITS_MY_DECISION,
    _NO_ONE_REFUSES,
    _CARE_REMINDED,
)
"""A hold named beside the ask: power, whatever the ask is."""

_I_TEACH = (
    r"\bi (?:coach|teach|train|tutor|run|manage|referee)\b|(?:i'm|i am|as) (?:the |their |his"
    r" |her |a )?(?:coach|teacher|tutor|instructor|trainer|manager|teaching assistant|ta)\b"
)
_A_PARENT = (
    r"(?:one of the |a |the |that |this |an? \w+ )(?:moms?|mums?|mothers?|dads?|fathers?"
    r"|parents?)\b|(?:players?|pupils?|students?|kids?|swimmers?|dancers?|gymnasts?|learners?)"
    r"(?:'s|s'|') (?:mom|mum|dad|mother|father|parents?)\b"
)
PARENT_OF_MINE = (
    rf"(?:{_I_TEACH}).{{0,120}}(?:{_A_PARENT})",
    rf"(?:{_A_PARENT}).{{0,60}}\b(?:team|class|kids|squad|group|players|pupils) (?:(?:that|who)"
    r" )?i (?:coach|teach|train|tutor|run)\b",
)
"""The parent of a child the user coaches or teaches: a date asked of them is off limits,
since a no may cost their child a place."""
