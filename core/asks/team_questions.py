"""The work itself asked of the people the user manages: a question a no costs nothing.

A team lead asking the team whether Friday suits for the retro, what day works for the
Christmas party, whether anyone wants to swap shifts, an intern asked if she wants to join the
team for lunch or whether she has any questions about the project, a junior asked what she'd
like to learn this quarter or how he'd approach the job: the user's power is there, but what is
asked is the shared work, its calendar or the team's own table, not a favour to the user.
`core.asks.decide` reads them as fair only when nothing else rides on them: no money, date,
touch, verdict, number, secret or invitation one to one, no unpaid work or day off, and no
errand of the user's own ("cover my shift", "pick up my dry cleaning", "dinner with me, just
the two of us" stay power). Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, without, words

_THEY = r"(?:she|he|they|anyone|anybody|everyone|everybody|people|the team|any of them)"
_WORK_EVENT = (
    r"(?:meeting|retro|retrospective|stand-?up|one-to-one|one to one|1:1|1-1|1-to-1|check-in"
    r"|catch-up|review|appraisal|training|workshop|planning|sprint \w+|demo|handover|offsite"
    r"|off-site|away day|team (?:lunch|dinner|day|drinks|outing|building)|christmas party"
    r"|leaving do|party|do|call|session|shift|rota|kick-?off|interview|induction|visit|deadline"
    r"|launch|inspection|audit|stocktake|delivery|fire drill)s?"
)
SCHEDULED = words(
    r"(?:whether|if|when|what (?:day|days|time|times|date|dates|week)|which (?:day|days|time"
    r"|times|date|dates|slot|slots|week))\b[^.!?]{0,30}?\b(?:suits?|works?|is (?:good|best"
    r"|better|ok|okay)|would (?:suit|work|be (?:good|best|better))|they can (?:do|make))"
    rf" (?:best )?(?:for )?(?:them |everyone |the team |us |him |her )?(?:for )?(?:the |our |a"
    rf" |their |his |her |this |next |next week's |(?:\w+ ){{0,2}})?{_WORK_EVENT}\b",
)
"""A date or time for the work's own calendar ("whether Friday suits for the retro", "if
Thursday works for our one-to-one", "what day works for the Christmas party")."""
PREFERRED = words(
    rf"(?:whether|if|which|what) (?:\w+ ){{0,3}}?{_THEY}(?:'d| would|'s| is| are)? (?:prefer|rather"
    r"|like better)\b[^.!?]{0,40}?\b(?:shifts?|rotas?|slots?|hours|days?|weeks?|desks?|projects?"
    r"|tasks?|start|finish|holiday|leave|dates?)\b",
    rf"what {_THEY}(?:'d| would) (?:like|love|want|be keen) to (?:learn|work on|focus on|get"
    r" better at|develop|try next|improve)",
    rf"(?:if|whether) {_THEY} (?:has|have|had) (?:any )?(?:questions|concerns|ideas|suggestions"
    r"|feedback|thoughts)\b",
    rf"(?:(?:show|tell) (?:me|us) )?how {_THEY}(?:'d| would) (?:approach|tackle|handle|plan"
    r"|go about) (?:the|this|that|a) (?:\w+ )?(?:job|task|project|problem|brief|ticket|case|bug"
    r"|fix|design|client)",
    rf"(?:if|whether) {_THEY}(?:'d| would)? (?:like|want|wants|be up for|fancy|fancies) to"
    r" (?:change|move|swap) (?:her|his|their) (?:\w+ )?(?:day|days|shift|shifts|hours)\b",
    rf"(?:if|whether) {_THEY}(?:'d| would)? (?:like|want|wants|be up for|fancy|fancies) to"
    r" (?:shadow|sit in on|join) (?:me|us|the team) (?:on|at|in|for) (?:a|an|the|our|my)"
    r" (?:\w+ )?(?:call|meeting|visit|session|pitch|site visit|job|demo|review)s?\b",
)
"""The person's own preference or view of the work ("whether they'd prefer the early or late
shift", "what she'd like to learn", "if she has any questions about the project", "how he'd
approach the job", a chance to shadow the user on a client call)."""
SWAPPED = words(
    rf"(?:if|whether) {_THEY} (?:\w+ )?(?:wants?|would like|'d like|fancies|is up for|are up"
    r" for|is happy|are happy|can|could|minds?) (?:to )?swap (?:\w+ )?(?:shifts?|days|rotas?"
    r"|slots?)\b(?! with me\b)",
)
"""Shifts swapped among the team, asked of whoever wants to ("if anyone wants to swap
shifts"); a swap with the user is a favour to them."""
JOINED = words(
    r"(?:join|come (?:along )?with|come out with|eat with|sit with) (?:us|the team|the rest of"
    r" (?:us|the team)|everyone|the others|the whole team) (?:for|at|to) (?:a |the |our )?(?:team"
    r" )?(?:lunch|coffee|breakfast|drinks|a drink|the pub|dinner|pizza|the canteen|the team"
    r" \w+)\b(?! (?:at|in) (?:my|mine)\b)",
    r"(?:venir|ir|unirse|sumarse|comer|almorzar)(?:se|te)? (?:a (?:comer|almorzar|desayunar"
    r"|tomar (?:un )?caf[eé]) )?con nosotr[oa]s|mit uns (?:zum |zu )?(?:mittag(?:essen)?|essen"
    r"|kaffee|frühstück)|(?:déjeuner|manger|venir) (?:\w+ )?avec nous",
)
"""The team's own table, the new person asked to join ("join us for lunch", "venir a comer con
nosotros", "mit uns zum Mittagessen", "déjeuner avec nous")."""
PRACTISED = words(
    r"(?:to )?(?:come|be there|arrive|get there|turn up|show up) (?:in )?(?:early|half an hour"
    r" early|an hour early|ten minutes early|on time)(?: (?:on|this|next) \w+)? (?:to|for)"
    r" (?:a |an |the |our |their )?(?:extra )?(?:rehearse|rehearsal|practise|practice|train"
    r"|training|warm up|warm-up|sound ?check|run-?through|drills?|nets)\b",
    r"(?:to )?(?:practise|practice|rehearse|learn|go over|run through) (?:the|their|his|her|our)"
    r" (?:new |own )?(?:hymns?|songs?|pieces?|parts?|lines|scales|steps|routine|set ?list|set"
    r"|plays?|drills?|moves)\b",
)
"""A group's own practice asked of it by whoever leads it ("as choir director, ask the choir
to come early on Sunday to rehearse", "the team to come early to train", "the cast to learn
their lines"): the group's shared work, not a favour to the leader."""
_OFFICE_THING = (
    r"(?:(?:meeting|conference|board|training|interview|seminar) ?rooms?|rooms?|agenda|minutes"
    r"|slides"
    r"|handouts|(?:the |our )?(?:team|board|client|project|staff) (?:meeting|call|visit|review)s?)"
)
ARRANGED = words(
    r"(?:to )?(?:book|reserve|arrange|set up|schedule|organi[sz]e|sort out|send out|circulate"
    r"|print|take|type up|prepare|get) (?:a |an |the |our |us |(?:this|next) week's )?(?:\w+ )?"
    rf"{_OFFICE_THING}\b",
)
"""The office's own running asked of whoever runs it for the user ("as the boss, ask my
secretary to book a meeting room for Tuesday", "to book a room", "my assistant to send out the
agenda"): the job itself, not an errand of the user's ("book my holiday flights", "a table for
my wife", "a hotel room for the two of us")."""
_PRIVATE = words(
    r"just (?:the two of us|us two|us|me and (?:her|him))|(?:at|to) (?:my|mine)"
    r" (?:place|house|flat|home)|(?:at|to) mine\b|alone|one on one|date|my (?:own )?"
    r"(?:dry cleaning|errands?|kids?|children|dog|shopping|move|house|flat|car|lunch)",
    r"(?:for|with) (?:the two of us|us two|both of us|the pair of us|me and (?:her|him))|hotel",
    r"(?:for|with) me\b(?! (?:on|at|in) (?:a|an|the|our) (?:\w+ )?(?:call|meeting|visit"
    r"|session|pitch|job|demo|review))|cover (?:for )?(?:me|my)|for free|unpaid|day off"
    r"|weekend off|own money|private|personal|(?:my|our) (?:own )?(?:birthday|wedding"
    r"|anniversary|holiday|wife|husband|partner|girlfriend|boyfriend|family)",
    r"or (?:else|they|he|she)\b|bonus|promotion|(?:i|i'm|i am) (?:the one who )?(?:writes?"
    r"|signs?|decides?|writing|signing|deciding)|if (?:they|he|she) (?:wants?|hopes?) to (?:keep"
    r"|stay|be kept)",
)
"""What makes the question the user's own errand, a private meeting or a lever ("just the two
of us", "at my place", "cover my shift", "my dry cleaning", "or they lose their bonus")."""


_WORK = (SCHEDULED, PREFERRED, SWAPPED, JOINED, PRACTISED, ARRANGED)


def asks_about_the_work(text: str) -> bool:
    """Whether the ask is the shared work, its calendar or the team's table, and nothing of
    the user's own."""
    return any(has(lexicon, text) for lexicon in _WORK) and not has(_PRIVATE, text)


def without_the_work(text: str) -> str:
    """The ask with the work's own questions blanked ("shadow me on a client call", "join us
    for lunch"), for a reading of what else is the user's own to read the rest."""
    for lexicon in _WORK:
        text = without(lexicon, text)
    return text
