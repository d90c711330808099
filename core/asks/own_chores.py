"""The user's own chores, money or lifts asked of the people in their charge.

"Ask my third-years to type up my book manuscript over the long holiday, it is good experience
for them", "get the under 12s to come wash my car Sunday morning, call it team bonding", "ask
the pluckers of my section to come on Sunday and whitewash my quarters, no need of paying",
"ask the mothers on my ward to contribute 5,000 shillings each for my graduation party":
students, a junior team, workers of the user's section or the families on their ward, asked for
the user's private work or the user's own party. "Ask di student nurses mi mentor fi drive mi
go Mandeville, dem need mi reference anyway", "ask the rider I'm taking to LAX to help me move
a couch, he's in my car so he kinda has to", "ask the young conductor to give me half his tips
since I am the one who gave him this job", "ask Kasim, 17, to come in Sunday unpaid 'for the
experience'": a reference, a ride or a job the person owes the user, held over the ask. Each
leans on what they cannot afford to refuse, so it is power whoever the roles found asked.

Fair neighbours stay fair: the under 12s asked to carry the team's kit, third-years asked
whether they'd like to help at the open day "as good experience" (no chore of the user's in
it), the nurses on the ward chipping in for a colleague's leaving gift, a passenger asked
whether the window suits him, and the user's own offer to work unpaid "for the experience".
Joined to `core.asks.off_limits.TRADES_ON_POSITION`; fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

_CHARGES = (
    r"(?:(?:the|all the|some of the|my|our) (?:[\w-]+ ){0,2}?(?:\w+ )(?:on|in|of|from)"
    r" (?:my|mi|our) (?:ward|section|line|crew|shift|class|caseload|route|estate|division|unit"
    r"|gang|block)"
    r"|(?:my|mi|our) (?:first|second|third|fourth|final|1st|2nd|3rd|4th)[- ]years"
    r"|(?:my|the|our) (?:under|u)[- ]?\d{1,2}s|(?:the |my |di )?(?:student \w+|trainees?|interns?"
    r"|apprentices?|juniors?|pupils?|students?) (?:i|mi|me) (?:mentor|supervise|train|precept"
    r"|teach|coach)|(?:my|mi|our) (?:students|pupils|players|trainees|apprentices|interns"
    r"|juniors|workers|pluckers|labourers|tenants|patients|learners|cadets|scouts))\b"
)
"""People in the user's charge, named by the user's ward, section, class or team."""
_MY_THINGS = (
    r"(?:my|mi|our) (?:[\w-]+ ){0,2}?(?:car|book|manuscript|thesis|house|quarters|garden|flat"
    r"|yard|shed|boat|fence|walls?|laundry|van|truck|couch|sofa|furniture|kitchen|bungalow"
    r"|compound|lawn|pool|graduation|birthday|party|wedding|send-?off)\b"
)
_CHORE = (
    rf"(?:type|wash|clean|whitewash|paint|mow|weed|tidy|fix|move|carry|babysit|cook|iron"
    rf"|decorate|build|scrub|polish|valet|cater|edit|proofread)\w*(?: up| out)? (?:\w+ ){{0,3}}?"
    rf"{_MY_THINGS}"
)
_MONEY = (
    rf"(?:contribute|chip in|give|pay|donate|put in|pitch in|collect|bring)\w* (?:[\w,.]+ ){{0,4}}?"
    rf"(?:for|towards?) {_MY_THINGS}"
)
_DRIVE_ME = r"drive (?:me|mi) (?:go |to |into |home|back)"

CHARGES_FOR_MY_OWN = (rf"{_CHARGES}[^.!?;]{{0,80}}?\b(?:{_CHORE}|{_MONEY}|{_DRIVE_ME})",)
"""The user's private work, party or lift asked of those in their charge."""

HELD_OVER = (
    r"(?:they|he|she|dem|him) (?:all |both )?(?:need|needs|want|wants|will need|'ll need"
    r"|gonna need) (?:my|mi|our) (?:reference|sign-?off|signature|recommendation|evaluation"
    r"|report|marks?|grade|grades|approval)\b(?! (?:for me|from me))",
    r"(?:he's|she's|they're|he is|she is|they are) in my (?:car|cab|taxi|uber|van|truck|boat"
    r"|chair|house|class)\b[^.!?;]{0,30}?\bso (?:he|she|they) (?:kinda |kind of |basically"
    r" |pretty much |sort of |really )?(?:has|have|'s got|has got|'ve got) to\b",
    r"(?:since|as|because|cos|coz|cause) (?:i am|i'm) the one (?:who )?(?:gave|got|found)"
    r" (?:him|her|them) (?:this|that|the|his|her|their) (?:job|work|place|post|gig|position"
    r"|spot|shift)\b",
    r"to (?:come in|come|work|help|do|cover|stay|start)\b[^.!?;]{0,30}?\b(?:unpaid|for free"
    r"|for nothing|no pay|without pay)\W{1,3}(?:'|\")?(?:for|as) (?:the |a )?(?:experience"
    r"|exposure|learning|cv)\b",
    rf"{_CHORE}[^.!?;]{{0,80}}?\b(?:it is|it's|is|call it|as|calling it) (?:a |good |great"
    r" |valuable |real )*(?:experience|team bonding|bonding|character building|exposure"
    r"|training)\b",
)
"""A reference, a ride, a job or the person's own gain held over the ask: "dem need mi
reference anyway", "he's in my car so he kinda has to", "since I am the one who gave him this
job", "unpaid 'for the experience'", "wash my car ..., call it team bonding"."""

PATTERNS = (*CHARGES_FOR_MY_OWN, *HELD_OVER)
"""Every shape above, for `core.asks.off_limits.TRADES_ON_POSITION`."""
