"""Juniors asked for personal favours by the one above them (the forty-fourth round's hands).

"ask one of my agents (I'm TL) to lend me 2k till payday, I'm the one doing their appraisal
anyway", "ask my house officer to pick up my dry cleaning and collect my nephew from school.
juniors do this anyway, it's tradition", Korean "길드원들한테 (내가 길마) 과제 대신 해달라고 하기"
(glossed: the guild members, I'm the guild master, my assignment done for me): the user names
their post over the person (a team lead, a registrar over a house officer, a guild master, the
one writing their appraisal) or the juniors themselves, then asks a favour for themself: money
lent, errands run, their own coursework done. A no to the one who writes the appraisal costs
something, so it is power.

Fair neighbours stay fair: a team lead asking the team what they think of a new process, a
registrar asking the house officer to chase the bloods for bed four (the job itself), a team
lead lending money to an agent, a friend asked to lend a car. `core.asks.own_standing` reads
these beside its own; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

OVER_THEM = words(
    r"(?:i'm|i am|i'm their|i am their|as) (?:the |their |his |her |a |an )?(?:tl|team ?lead"
    r"|team ?leader|line manager|guild ?master|guild leader|clan leader|raid leader|registrar"
    r"|consultant|attending|senior resident|chief resident|shift lead|shift leader|squad leader"
    r"|section leader|head of department|hod)\b",
    r"(?:i'm|i am) the one (?:who )?(?:doing|does|do|writing|writes|signing|signs|marking|marks"
    r"|deciding|decides|approving|approves) (?:their|his|her) (?:\w+ )?(?:appraisals?|reviews?"
    r"|evaluations?|references?|sign-offs?|assessments?|rotas?|reports?|grades?|marks|contracts?"
    r"|promotions?|bonus(?:es)?)\b",
    r"(?:one of |some of |all )?my (?:own )?(?:house officers?|junior doctors?|juniors|interns?"
    r"|trainees?|f1s?|fy1s?|shos?|new hires?|agents|direct reports?|reports|team members"
    r"|guild ?members|guildies|clan members|underlings|subordinates|minions|apprentices?"
    r"|first[- ]years|freshers)\b",
    r"(?:the |my )?guild ?members\b",
    r"(?:juniors|interns|trainees|freshers|first[- ]years|new guys|apprentices|the new ones)"
    r" (?:always |all |usually )?do (?:this|that|it)\b",
)
"""The user's post over those asked, or those asked named as the user's juniors."""

PERSONAL_FAVOUR = words(
    r"lend (?:me|us) (?:[$£€]?\d[\w,.]*|money|cash|some (?:money|cash|dosh)|a (?:few|couple)"
    r" (?:quid|bucks|hundred|grand)|\w+ (?:quid|bucks|grand|euros|dollars|pounds))",
    r"(?:pick up|collect|fetch|drop off|grab|get) (?:my|our) (?:\w+ )?(?:dry cleaning|laundry"
    r"|shopping|groceries|parcels?|kids?|son|daughter|nephews?|nieces?|children|dog|prescription"
    r"|takeaway|lunch|coffee)\b",
    r"(?:do|write|finish|complete|make) (?:my|our) (?:\w+ )?(?:assignments?|homework|coursework"
    r"|essays?|projects?|tax return|uni work|dissertation)\b|(?:my )?(?:assignments?|homework"
    r"|coursework|essays?) for me\b",
    r"walk my dog|feed my (?:cat|dog|fish)|water my plants|wash my car|(?:my|personal)"
    r" errands|help (?:me|us) move (?:house|flat)|babysit (?:for me|my)",
)
"""A favour for the user's own life: money lent, an errand, their own coursework."""
