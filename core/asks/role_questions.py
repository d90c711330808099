"""The role's own questions: what a teacher, a manager, a coach or a landlord asks as the role.

Anything asked of someone the user holds power over is power (`core.asks.decide._power`),
because a no to the teacher, the boss or the landlord is never quite free. Yet some questions
are the role itself, and a user who may not ask them cannot do the job: a teacher asking a
pupil whether he understood the homework, or the class whether the test was too long; a
coach asking the squad how the training felt or whether they are ready for Saturday's match;
a manager asking a junior whether the deadline is realistic, whether she needs help with the
report, or telling him to take a proper break and rest on Sunday; a landlord asking when the
rent due can be paid. What is asked is the person's own learning, work, rest or the rent the
tenancy already settles, not a favour to the user.

They are read as the person's own affairs (`core.asks.their_own_affairs`), and so only where
the words after the person named are the question and nothing else, with nothing of the
user's ("my kids", "for me"), no lever and no money; rent due, which is money, is read with
the role's own paperwork (`core.asks.kind_offers`), and only asked plainly. The neighbours stay
power: babysitting, errands, gifts, dates, a number, private life, extra shifts or the weekend
given up, and anything pressed with the role ("as your boss", "remember I write his review",
"or I end the lease"). Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

import re

from core.asks.text import words

_THEY = (
    r"(?:he|she|they|you|anyone|anybody|everyone|everybody|any of them|all of them|the class"
    r"|the team|the group|the kids)"
)
_THE = (
    r"(?:the|their|his|her|your|our|this|that|these|those|each|every|any|any of the|all the"
    r"|(?:to|yester|mon|tues|wednes|thurs|fri|satur|sun)day's|tonight's|last night's"
    r"|(?:this|last|next) (?:week|term|month)'s|(?:the|this|last|next) (?:new|first|last|next))"
)
"""What names the work as theirs or the group's: "the", "their", "Saturday's", "last
night's"; "my" is the user's and is never here."""
_WORK = (
    r"(?:homework|lessons?|class(?:es)?|lectures?|readings?|reading list|tests?|exams?|mocks?"
    r"|quiz(?:zes)?|essays?|assignments?|worksheets?|topics?|material|chapters?|exercises?"
    r"|problem sets?|projects?|coursework|revision|practice|pieces?|scales|course|module"
    r"|seminars?|tutorials?|labs?|experiments?|book|novel|maths|math|explanation|instructions"
    r"|feedback|training|sessions?|drills?|routines?|workouts?|stretches|programme|program"
    r"|match|game|race|tournament|competition|audition|performance|recital|concert"
    r"|presentation|report|tasks?|brief|deadline|workload|onboarding|induction|handover"
    r"|tickets?|spreadsheet|analysis|draft|sprint|safety briefing|briefing|handbook|system"
    r"|process|software|tools?|manual|procedures?|checklist|targets?|work|job|role|placement"
    r"|lines|notes|set|warm-?up|gala|meet|fixture|heats?|final|trials|grading)"
)
"""The learning, the training or the work the role is there for: never a shift or a day,
which are the user's to ask for (`core.asks.team_questions` reads the calendar)."""
_BEEN = (
    r"(?:'s|'re|'ve| is| are| was| were| has| have| had| did| does| do)?(?: (?:all|really"
    r"|actually|fully|properly|already|both|been|still|now|ever))*"
)
"""A tense or a softening word; no "would", "could" or "can", which ask for more work."""
_TAKEN_IN = (
    r"(?:understood|understand|understands|understanding|followed|follow|follows|following"
    r"|got on|get on|gets on|getting on|got through|getting through|grasped|grasp|found|find"
    r"|finds|finding|enjoyed|enjoy|enjoys"
    r"|enjoying|liked|like|likes|struggled|struggle|struggles|struggling|finished|completed"
    r"|done|did|doing|started|read|revised|revising|practised|practiced|practising|practicing"
    r"|managed|coped|coping|stuck|ready|prepared|nervous|worried|confident|comfortable"
    r"|keeping up|kept up|behind|on track|caught up|catching up|clear|sure|unsure|confused"
    r"|lost|handed in|submitted|thought|think|thinks|felt|feel|feels)"
)
"""How a pupil, a player or a junior is getting on with the work."""
_HOW_IT_WAS = (
    r"(?: (?:too|very|really|a bit|quite|a little|rather|at all|all|so|a lot|ok|okay|far|still))*"
    r" (?:hard|easy|difficult|tough|long|short|boring|fun|useful|helpful|interesting|clear"
    r"|unclear|confusing|much|manageable|doable|realistic|achievable|stressful|tiring|heavy"
    r"|fair|challenging|enjoyable|fast|slow|well|badly|going|ok|okay|fine|alright|all right"
    r"|coming along|on track|behind|enough|worth it)"
)
"""What the work was like for them ("too long", "a bit hard", "going well")."""
_PARTICLE = r"(?: (?:on|up))?(?: (?:with|on|in|for|about|by|through|to|at|of|into|over))?"

LEARNING = words(
    rf"(?:if|whether|how|what) {_THEY}{_BEEN} {_TAKEN_IN}{_PARTICLE} {_THE} (?:[\w-]+ ){{0,2}}"
    rf"{_WORK}(?:{_HOW_IT_WAS})?",
    rf"(?:if|whether|how) {_THE} (?:[\w-]+ ){{0,2}}{_WORK}(?: (?:on|for|by|this|next|in)"
    r" [\w']+)? (?:was|is|were|are|felt|feels"
    r"|seemed|seems|went|goes|looks|looked|has gone|has been|have been|came out|is coming"
    r"|are coming|is going|are going|sounds?|works?|worked)(?: for (?:them|him|her|everyone))?"
    rf"(?:{_HOW_IT_WAS})?",
    rf"(?:if|whether) (?:there was|there's|there is|there were|it was|it's|it is) (?:too much"
    rf"|too little|enough|a lot of|so much) (?:[\w-]+ )?{_WORK}",
    rf"(?:if|whether|when) {_THEY} (?:can|could|will|'ll) (?:make it to|make) (?:training"
    r"|practice|rehearsal|class|the (?:match|game|session|lesson|class|rehearsal|race))",
)
"""A question about their learning, training or work ("if he understood the homework",
"whether the homework was too long", "how the training felt", "if they're ready for
Saturday's match", "whether the deadline is realistic", "if there was too much reading")."""

_HELP = (
    r"(?:help|support|a hand|hand|more time|time|an extension|extension|guidance|an"
    r" explanation|explanation|more practice|practice|resources|another go|a break|break"
    r"|a rest|rest|a breather|a day off|time off|anything)"
)
NEEDS_HELP = words(
    rf"(?:if|whether) {_THEY}(?:'d| would)? (?:needs?|could use|could do with|wants?|would"
    r" like|'d like|like|would appreciate) (?:any |some |more |extra |a bit of |a little |a bit"
    rf" more )?{_HELP}(?:{_PARTICLE} {_THE} (?:[\w-]+ ){{0,2}}{_WORK})?",
    rf"(?:if|whether|how) {_THEY}(?:'s|'re| is| are| has| have)? (?:got )?(?:too much|enough|a"
    r" lot|loads|too many \w+) (?:on|to do)(?: (?:her|his|their) plate)?",
    rf"(?:if|whether) {_THEY}(?:'s|'re| is| are| feels?| seems?) (?:\w+ )?(?:overloaded"
    r"|stretched|swamped|overwhelmed|burnt out|burned out|stressed|snowed under|keeping up"
    r"|coping|managing|on top of things)(?! with)",
)
"""Whether they need help, more time or a break, or have too much on: the work weighed for
them, not more of it asked."""

RESTED = words(
    r"(?:to )?(?:rest|rest up|get some (?:rest|sleep)|take (?:a |the |some |an )?(?:proper"
    r" |real |long |good |little |short |well-earned |well earned |full )?(?:break|breather"
    r"|rest|day off|time off|lunch break|lunch|nap|sick day|afternoon off|morning off|evening"
    r" off)|go home(?: early| on time| and rest)?|head home(?: early)?|log off(?: early| on"
    r" time)?|switch off|take it easy|put (?:her|his|their) feet up|have a (?:proper |good )?"
    r"(?:rest|break|lie-in|lie in|lunch break|day off))(?:,? (?:as |because |since )?(?:she|he"
    r"|they)(?:'s|'ve|'d| has| have| had)? (?:been )?(?:working|worked|here|in|at it|up|pulling"
    r"|putting in|doing|covering|slogging|on (?:her|his|their) feet)\b[^.!?;]{0,40})?",
    r"not (?:to )?(?:work|stay) (?:late|overtime|weekends|this weekend|on (?:sunday|saturday"
    r"|the weekend|(?:her|his|their) day off))|not (?:to )?(?:answer|check|reply to) (?:work"
    r" )?(?:emails|calls|messages|slack)",
    r"stay (?:home|in bed)(?: and rest)?(?: (?:if|while|until) (?:she's|he's|they're|she is|he"
    r" is|they are) (?:sick|ill|unwell|poorly|better))?",
)
"""Telling someone to rest ("to rest on Sunday", "to take a proper lunch break", "to go home
early", "not to answer emails at the weekend"): their own rest, which nothing of the user's
rides on; their day off given up or their holiday moved are no rest at all."""

_SCHOOLWORK = (
    r"(?:homework|reading|exercises?|essays?|worksheets?|chapters?|notes|scales|stretches"
    r"|drills|lines|revision|corrections|spellings|times tables|pieces?|warm-?ups?|workouts?"
    r"|mistakes|answers|draft)"
)
SET_AS_WORK = words(
    rf"(?:to )?(?:redo|re-?do|finish|read|re-?read|revise|go over|practise|practice|check"
    rf"|correct|bring|start|do|learn|hand in|keep up) {_THE} (?:[\w-]+ ){{0,2}}{_SCHOOLWORK}"
    r"(?: (?:they|he|she) (?:got wrong|missed|skipped|left out|didn't finish|did wrong))?",
)
"""A teacher or a coach setting the class's own work ("to redo the exercises", "to practise
their scales", "to do their stretches every morning")."""

MEETING_ATTENDED = re.compile(
    r"(?:(?:'s|') (?:parents?|mum|mom|mother|dad|father|family|guardians?|carers?) |\b)"
    r"(?:if|whether|when) (?:they|he|she)(?: (?:can|could|will|'ll|would|'d|are able to"
    r"|is able to|'d be able to|would be able to|will be able to))? (?:come|come in|make it"
    r"|attend|pop in|be there)"
    r"(?: (?:to|for|at))? (?:the|a|our|this|next|(?:mon|tues|wednes|thurs|fri|satur|sun)day's)"
    r" (?:[\w'-]+ ){0,2}?(?:meeting|parents'? evening|parent-teacher (?:meeting|conference)"
    r"|conference|consultation|review meeting|open (?:day|evening)|information evening|assembly)\b",
)
"""A teacher asking a pupil's parents to the school's meeting about their child ("my student's
parents if they can come to the meeting on Tuesday"): the school's own business with the
family, not a favour to the teacher. A discount from the parents' restaurant, or a date with
a pupil's mum, asks them for the user and stays power. Compiled whole, not by `words`, so that
a match may start at the "'s parents" left after the pupil named."""

CHILD_COLLECTED = re.compile(
    r"(?:'s|') (?:parents?|mum|mom|mother|dad|father|family|guardians?|carers?) "
    r"(?:(?:if|whether|when|what time) (?:they|he|she)(?: (?:can|could|will|'ll|would|'d|might"
    r"|are able to|is able to|'d be able to|would be able to))? |to )(?:(?:come|come in|pop in)"
    r" (?:and |to )?)?(?:pick (?:him|her|them) up|collect (?:him|her|them)|fetch (?:him|her"
    r"|them)|come for (?:him|her|them)|(?<=and )get (?:him|her|them))(?: (?:early|earlier|today"
    r"|tomorrow|at \w+|by \w+|before \w+|from (?:school|class|the (?:office|gate|nurse|school"
    r"|trip|club))))*(?:,? (?:because |as |since |cos )?(?:he|she|they)(?:'s|'re| is| are| has"
    r"| have| feels?| seems?)(?: been)?(?: feeling| not feeling)? (?:sick|ill|unwell|poorly|not"
    r" well|a (?:high )?(?:temperature|temp|fever|headache|tummy ache|stomach ache|nosebleed)"
    r"|an? (?:dentist|doctor's|hospital)? ?appointment|hurt|injured|thrown up|under the weather"
    r"|upset))?\b",
)
"""A teacher asking a pupil's parent to collect the child ("my pupil's mum if she can pick him
up early", "to come and collect her from the office"): the child's own pick-up, arranged
with the family. "Pick me up", a lift for the teacher, is not the child's and stays power, and
only a parent is asked it: a junior asked to collect someone runs an errand."""

HOME_PRACTICE = re.compile(
    r"(?:'s|') (?:parents?|mum|mom|mother|dad|father|family|guardians?|carers?) (?:if|whether"
    r"|how much) (?:some |a bit of |a little |more |extra |daily |regular |nightly )*(?:[\w-]+ )?"
    r"(?:practice|practising|practicing|reading|revision|homework help|help|support|times tables"
    r"|spellings|tutoring)(?: (?:at home|with (?:her|him|them)|each (?:night|evening|day)|every"
    r" (?:night|evening|day)|in the evenings?|after school|on weekends))* (?:would|could|might"
    r"|will|may|can) (?:really )?(?:help|improve|boost|lift|raise|support) (?:her|his|their)"
    r" (?:[\w-]+ )?(?:marks|grades|reading|spelling|writing|progress|confidence|results|scores"
    r"|maths|math|fluency)\b",
)
"""A teacher asking a pupil's parents whether practice at home would help the child's marks
("my student's parents if extra practice at home would help her marks"): the child's own
learning, talked over with the family. Only practice, reading or help is named: a gift that
"would help her marks" hangs the marks on the parents (`core.asks.their_own_affairs`
`HELD_OVER`) and stays power. Compiled whole, as `MEETING_ATTENDED` is."""

ROLE_QUESTIONS = (
    LEARNING,
    NEEDS_HELP,
    RESTED,
    SET_AS_WORK,
    MEETING_ATTENDED,
    CHILD_COLLECTED,
    HOME_PRACTICE,
)

_PLAINLY = (
    r"(?![^.!?;]*\b(?:extra|more|cash|early|earlier|advance|increase\w*|rais\w*|higher|up"
    r" ?front|double|me|my|mine|personally|tips?|favou?rs?|bonus|deposit|fee|fees|interest"
    r"|instead|or|and)\b)"
)
"""Nothing more after the rent: no more of it, no sooner, no cash in hand, nothing else."""
RENT_DUE = words(
    r"(?:when|what day|which day|if|whether) (?:he|she|they)(?: (?:can|could|will|'ll|would"
    r"|'d|is able to|are able to|will be able to|'ll be able to|might))? pay (?:me |us )?(?:the"
    rf"|this month's|last month's|his|her|their) rent\b{_PLAINLY}",
    r"(?:when|if|whether) (?:the|this month's|his|her|their) rent (?:will|'ll|is going to|is"
    rf" coming|can) (?:\w+ )?(?:come in|come through|arrive|be paid|clear|land|in){_PLAINLY}",
    r"(?:if|whether) (?:he|she|they)(?:'s|'ve| has| have) (?:already )?(?:paid|sent|transferred)"
    rf" (?:the|this month's|his|her|their) rent(?: yet)?{_PLAINLY}",
    r"(?:if|whether) (?:the|this month's|his|her|their) rent (?:has|'s) (?:been )?(?:paid|sent"
    rf"|gone through|cleared|transferred)(?: yet)?{_PLAINLY}",
    r"(?:that )?(?:the|this month's|his|her|their) rent(?:'s| is) due(?: (?:on|by|this|next)"
    rf" \w+| tomorrow| today| soon)?{_PLAINLY}",
)
"""A landlord asking plainly about the rent due ("when he can pay the rent", "whether this
month's rent has been paid", reminded "the rent is due on Friday"): what the tenancy settles,
not money for the user. It ends there: rent "early", "in cash", "plus a bit extra" or "to me
personally" read on, and stay power."""

_STAKES = (
    r"(?:review|appraisal|reference|probation|contract|lease|tenancy|deposit|report card|grades?"
    r"|marks?|selection|place on the team|bonus|promotion)"
)
"""What the role holds over them: their review, their grades, their lease."""
PRESSED = words(
    r"as (?:your|ur) (?:boss|manager|supervisor|teacher|tutor|coach|landlord|landlady"
    r"|lecturer|professor|employer)|(?:i'm|i am) (?:your|ur) (?:boss|manager|teacher|coach"
    r"|landlord|landlady)",
    rf"(?:her|his|their) (?:\w+ )?{_STAKES} (?:is|'s|are|comes?|will be) (?:\w+ ){{0,2}}(?:coming"
    r" up|up|next|soon|due|around the corner|in \w+|on the line|at stake)",
    rf"(?:i|i'm|i am|who) (?:\w+ )?(?:write|writes|writing|sign|signs|signing|decide|decides"
    r"|deciding|renew|renews|renewing|grade|grades|grading|mark|marks|marking|set|sets)"
    rf" (?:her|his|their) (?:\w+ )?(?:{_STAKES}|exams?|essays?|reports?|papers?)",
    r"(?:he|she|they) needs? my (?:reference|recommendation|signature|sign-off|good word)",
    r"evict\w*|end (?:the|his|her|their) (?:lease|tenancy)|(?:who|whose) (?:\w+ ){0,2}(?:pays"
    r"|writes|signs|decides|picks|owns)|don't forget who|remember who|or (?:else|i'll|i will)\b",
)
"""The role pressed in the same breath ("as your boss", "remember I write his review", "his
review is next month", "or I'll end the lease"): then even the role's own question is no
longer free to answer. Their appraisal named as the meeting to arrange is no lever."""
