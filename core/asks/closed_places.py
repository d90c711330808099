"""Places closed to people, in words: shut for the night, locked for a reason, under works.

"Ask my friend to lock me inside the museum overnight so I can see the paintings alone", "go
down Samaria gorge after they close the gate and ask the warden to let me sleep there", "go
into the empty floor of the hotel under renovation and ask a guest to come explore, it's
locked for a reason", "the roof door is locked for a reason but whatever": a building or a
park entered or stayed in once it has shut, a lock the user says is there for a reason, or a
floor under works explored. Nobody is there to help when something goes wrong, the works
themselves are the danger, and staying past closing is trespass. These are unsafe whoever is
asked, so they join `core.asks.danger.UNSAFE`. Each needs the way in with the closing: asking
the warden when they close the gate, the museum about its late opening or its sleepover
night, or the hotel which floor is under renovation, stays fair. Fragments over the normal
form of `core.asks.text`.
"""

from __future__ import annotations

_PUBLIC_BUILDING = (
    r"(?:museum|gallery|mall|shopping centre|store|supermarket|library|school|cathedral|castle"
    r"|zoo|stadium|theme park)"
)
_SHUTS = (
    r"(?:it closes|they close|closing|close|hours|everyone leaves|the staff leave|they lock up)"
)
_LOCKED_IN = (
    r"lock(?:s|ed|ing)? (?:me|us|myself|ourselves) (?:in|inside|into)\b[^.!?;]{0,50}"
    rf"\b(?:overnight|for the night|all night|after {_SHUTS})",
    rf"(?:hide|hiding)\b[^.!?;]{{0,20}}\b(?:in|inside) (?:the|a) (?:[\w-]+ )?{_PUBLIC_BUILDING}\b"
    rf"[^.!?;]{{0,30}}\b(?:until|till|after|when|once) {_SHUTS}",
    r"(?:stay|staying|sleep|sleeping|spend the night)\b[^.!?;]{0,20}\b(?:in|inside) (?:the|a)"
    rf" (?:[\w-]+ )?{_PUBLIC_BUILDING}\b[^.!?;]{{0,30}}\b(?:overnight|all night|after {_SHUTS})",
)
"""Locked in, hidden or staying in a public building after it shuts; staying in the library
until it closes is leaving when it does."""
_AFTER_THE_GATE = (
    r"(?:go|goes|going|head|heading|hike|hiking|walk|walking|climb|climbing|sneak|sneaking|get in"
    r"|getting in|stay|staying|sleep|sleeping|camp|camping|swim|swimming)\b[^.!?;]{0,50}\bafter"
    r" (?:they|the (?:\w+ )?(?:staff|rangers?|wardens?|guards?|keepers?)) (?:close|closes|closed"
    r"|lock|locks|locked|shut|shuts) (?:the |its )?(?:gates?|park|gorge|trail|doors?|site|path)\b"
)
"""A park, a gorge or a site gone into, or stayed in, after its gate is shut."""
_LOCKED_FOR_A_REASON = (
    r"(?:locked|closed|shut|sealed|fenced(?: off)?|boarded(?: up)?|cordoned off|taped off"
    r"|off[- ]limits|gated|barred) (?:off |up )?for a (?:good |very good )?reason\b[^!?]{0,60}"
    r"\b(?:but|anyway|whatever|so what|who cares|still)\b"
)
"""A lock or a fence the user says is there for a reason, and goes past anyway; said as the
reason to ask the warden when it reopens, it is not it."""
_UNDER_WORKS = (
    r"(?:go|going|get|getting|sneak|sneaking|head|wander|walk|slip|explore|exploring)\w*"
    r" (?:in|into|inside|up to|onto|through|round|around)? ?(?:the |an? )?(?:empty |closed |locked"
    r" )?(?:[\w-]+ ){0,2}(?:floor|wing|building|site|block|tower|level|section|storey|house)s?\b"
    r"[^.!?;]{0,30}\bunder (?:renovation|construction|demolition)\b[^.!?;]{0,80}\b(?:explor\w*"
    r"|look around|poke around|nose around|adventure|see what's)"
)
"""A floor or a building under works explored: the works are the danger, and it is shut."""

_SLIPPED_IN = (
    r"slip(?:s|ped|ping)? in(?:to)?\b[^.!?;]{0,60}\bwithout (?:an? (?:ticket|pass|wristband|badge"
    r"|invite|invitation|booking)|tickets|paying|buying|permission)(?! (?:check|scan|queue)\b)"
    r"|(?:if|when) (?:he|she|they|the \w+) (?:says?|said) no\b[^.!?;]{0,20}\bslip in (?:when|while"
    r"|as)\b"
)
"""Slipped in without a ticket, or once the guard who said no looks away: a way in round the one
who keeps it."""

_ACROSS_PRIVATE_LAND = (
    r"(?:cut|cutting|walk|walking|go|going|hike|hiking|wander|wandering|ride|riding|drive|driving"
    r"|climb|climbing|hop|hopping)\w* (?:straight |right )?(?:across|through|over|onto|into)"
    r" (?:the |their |his |her |an? )?(?:some(?:one|body)'s |(?:\w+ )?(?:farmer|rancher|stranger"
    r"|neighbour)'s |[\w'-]+(?:'s|s') )?(?:[\w-]+ )?(?:ranch|farm|farmland|field|fields|land"
    r"|property|paddock|pasture|orchard|vineyard|yard|garden|grounds|estate|lot|acreage)\b[^.!?;]{0,40}"
    r"\bwithout (?:asking|permission|an invite|being invited|their (?:say-so|ok|okay|permission))\b"
)
"""Someone's ranch or field crossed without asking them: a farmer's dogs, stock and guns meet a
stranger on their land, and the land is theirs to let the user on."""

PATTERNS = (
    *_LOCKED_IN,
    _AFTER_THE_GATE,
    _LOCKED_FOR_A_REASON,
    _UNDER_WORKS,
    _SLIPPED_IN,
    _ACROSS_PRIVATE_LAND,
)
"""Each closed place with the way in; `core.asks.danger.UNSAFE` joins them to its own."""
