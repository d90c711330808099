"""Asks that overstep in ways the older lexicons missed (the twenty-seventh round).

Each is a kind of ask, not one text:

- a contest of looks put to others ("who's fitter, me or Gaz?"): a judgement of the user,
  whoever is asked;
- a date asked with no way out for the person: in front of the team or the group, or of
  someone the user will be stuck with for days ("we'll be stuck together at sea");
- where a third person sleeps ("which room the lady from breakfast is staying in"), or a
  person's details looked up in a system the user can reach at work or as a member: the
  details were given for something else;
- someone's staff discount or staff card used for the user's shopping: it risks their job;
- turning up uninvited at a party or a barbecue, or slipping into a queue where a friend
  stands ("he's saving my spot"): those already there or queueing are put on the spot;
- strangers named by words the role lexicons missed (the pub regulars, the foreigners at
  the market, "the old dear on today's job"). A client is not one: chasing an invoice or
  asking for a referral is ordinary business.

The fragments are alternatives for the lexicons of `core.asks.judgement`,
`core.asks.requests`, `core.asks.manners` and `core.asks.local_roles`; the patterns read
by slots of their own are compiled here. All match the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks import off_limits, walked_in, whereabouts
from core.asks.text import words

_LOOKS = (
    r"(?:hotter|fitter|finer|cuter|prettier|sexier|peng(?:er)?|buffer|better[- ]looking"
    r"|nicer[- ]looking|more (?:attractive|handsome|beautiful|good-looking|fanciable|fit|peng)"
    r"|uglier|hottest|fittest|finest|cutest|prettiest|sexiest|ugliest|best[- ]looking"
    r"|(?:best|nicest|hottest|fittest|sexiest) (?:body|bod|figure|physique|abs|legs|bum|butt))"
)
"""Words comparing people's looks."""

JUDGEMENT = (
    rf"who(?:'s| is|'d| would| they'd)? (?:[\w']+ ){{0,3}}{_LOOKS}\b[^.!?]{{0,30}}\b(?:me or"
    r"|or me\b|between me)",
    rf"which (?:one )?(?:of (?:us|them|the (?:[\w-]+ ){{1,2}}?\w+) )?(?:is|'s|has|looks?) (?:the )?"
    rf"{_LOOKS}\b[^.!?]{{0,30}}\b(?:me or|or me\b|between me)",
    rf"(?:me or (?:my )?[\w']+|[\w']+ or me),? (?:who(?:'s| is)|which (?:one )?(?:is|of us))"
    rf" (?:\w+ )?{_LOOKS}",
    r"(?:rank|rate|score|compare|judge)\w* (?:my|our) (?:\w+ )?(?:looks|faces?|appearance|bodies"
    r"|body|outfits?|physiques?) (?:against|with|to|versus|vs)\b",
    r"(?:rank|rate|score|compare|judge)\w* (?:me|us) (?:and|with|against|to|versus|vs)"
    r" (?:[\w']+ ){1,3}(?:on|by|for) (?:looks|appearance|hotness|attractiveness)",
    r"who (?:they|she|he|you)(?:'d| would) (?:rather )?(?:date|pick|kiss|snog|go for|fancy"
    r"|choose),? (?:me or|between me)",
)
"""Looks compared between the user and someone else ("who has the best body, me or Caro",
"which of the stall girls is prettiest, me or my cousin"): a judgement of the user's looks."""

INVITE = (
    r"(?:take|treat) (?:her|him|them|you) (?:out )?(?:for|to) (?:a |an |some )?(?:\w+ )?"
    r"(?:supper|dinner|meal|lunch|drinks?|pint|curry|coffee|tea|movie|film|dance|dancing|show"
    r"|gig|takeaway|chippy|fish and chips)\b",
    r"(?:if|whether) (?:she|he)(?:'d| would)? (?:wants?|likes?|fancies|fancy|'d like|would like) to"
    r" (?:go|come) (?:out )?(?:for|to) (?:a )?(?:dinner|drinks?|coffee|lunch|meal|movie|film)\b",
    r"(?:if|whether) (?:she|he)(?:'s| is) free (?:on )?(?:this |next )?(?:saturday|sunday|friday"
    r"|tonight|tomorrow night|this weekend|for (?:dinner|drinks?))\b",
    r"propose (?:marriage )?to\b|propose (?:marriage )?(?:to )?(?:her|him)\b|propose (?:to )?(?:my"
    r"|the|a) (?:[\w-]+ )?(?:passenger|girl|guy|woman|man|lady|stranger|waitress|waiter|barista"
    r"|cashier|customer|client|driver)\b",
)
"""Taking someone out for a fish supper or a curry, asking if she'd like to go for dinner or
is free on Saturday, or proposing to her: a date in all but name."""

GUEST_ROOM = (
    r"(?:which|what) (?:room|cabin|ward|bed|bunk|berth|dorm|chalet|tent)(?: number)?"
    r" (?!(?:i|we|i'm|we're|my|our)\b)(?:[\w']+ ){1,8}?(?:is|are|'s|was) (?:staying|sleeping"
    r"|booked|checked)\b",
    r"(?:(?:her|his|their) |\w+'s )room number|room number of",
)
"""Where a third person sleeps (a guest's room, a patient's ward): asked of the staff or the
desk who know it, never the user's to have."""
CONTACT_PERSONAL = GUEST_ROOM
WHERE_THEY_SLEEP = words(*GUEST_ROOM, *whereabouts.THIRD_PERSON)

LOOKS_UP_RECORDS = words(
    r"(?:look|looks|looking|looked|search|pull|pulls|pulling|dig|find|get|grab|check)"
    r"(?: up| out)? (?:[\w']+ ){0,6}?(?:in|on|from|through|off) (?:the|our|my|work's|their)"
    r" (?:\w+ ){0,2}(?:system|database|records?|files?|crm|register|booking system|bookings"
    r"|sign-in sheet|member(?:ship)? list|patient list|client list|customer list|logs?)",
    r"(?:number|digits|contact details|email|address)\b.{0,60}\b(?:off|from) (?:the|a) (?:\w+ )?"
    r"(?:casting|sign-?up|sign-?in|attendance|contact|cast|class) (?:sheet|list|register)",
    r"(?:number|digits|contact details|email|address)\b.{0,60}\b(?:from|in|off) (?:the|our|their"
    r"|his|her) (?:\w+ )?(?:register|guest ?book|booking system|records|database|files|crm)\b",
)
"""A person's details looked up in records the user can reach at work or as a member, or
copied off a sheet pinned up for another use ("off the casting sheet in the corridor"), or
handed over from a register ("the number of the guest from Canada from the register")."""

STAFF_PERK = words(
    r"(?:use|put|apply|ring|scan|give me|let me (?:use|have)) (?:\w+ ){0,4}(?:his|her|their|your)"
    r" (?:own )?(?:staff|employee|worker|workers'|colleague|team member) (?:discount|price|rate"
    r"|card|deal|allowance)",
    r"(?:his|her|their) (?:staff|employee) (?:discount|price|card) (?:on|for|to) (?:my|me|our"
    r"|us)\b",
    r"(?:ring|put|scan) (?:\w+ ){0,3}(?:through )?(?:as|at|on) (?:a )?staff (?:sale|price"
    r"|purchase)",
    *off_limits.STAFF_PRICE,
)
"""Someone's staff discount or card used for the user's shopping: a perk of their job,
which they may lose the job for lending."""

NO_WAY_OUT = words(
    r"in front of (?:the |all |our |my |his |her |their )?(?:whole |entire |rest of the )?"
    r"(?:\w+ )?(?:group|team|class|office|everyone|everybody|crowd|room|staff|crew|squad"
    r"|congregation|church|meeting|department|them all|all of them)\b",
    r"(?:when|while|with) (?:the whole|the entire|everyone|everybody|all of) (?:\w+ ){0,3}(?:is"
    r" |are )?(?:on|in|at|there|watching|listening)\b",
    r"(?:on|in) the (?:team|group|work|class|office|family) (?:call|chat|meeting)|over the"
    r" (?:tannoy|pa|loudspeaker|mic)|on the big screen|in public|publicly"
    r"|so (?:everyone|everybody|the whole \w+) (?:can )?(?:see|hear|watch)",
    r"stuck (?:together|with (?:me|us|each other))|(?:in|inside) (?:the|a|an) (?:stuck|broken"
    r"|broken-down|jammed) (?:lift|elevator|cable car|gondola)",
    r"(?:can't|cannot|won't be able to) (?:really |even )?(?:get away|escape|avoid (?:me|us)|walk"
    r" away|run away|leave)|nowhere (?:else )?to"
    r" go|trapped (?:together|with me)",
)
"""A date asked where the person cannot say no freely: before an audience, or when they
will be stuck with the user for days after."""
ONE_PERSON = words(r"she|he|her|him")
"""An evening out asked of one person, not of the team: a date in all but name."""
OWN_PARTNER = words(
    r"(?:my|our) (?:\w+ )?(?:wife|husband|girlfriend|boyfriend|partner|fiancée?|spouse)"
)
"""The user's own partner: a public proposal or a dance before everyone is theirs to ask."""

GATECRASH = words(
    *walked_in.PATTERNS,
    r"uninvited|without (?:being |getting )?(?:an )?invit(?:ed|e|ation)|gate-?crash\w*",
    r"invite (?:myself|ourselves) (?:in|into|over|round|inside|to)\b",
    r"crash (?:\w+ ){0,3}(?:party|wedding|barbie|bbq|barbecue|braai|do|picnic|dinner|birthday"
    r"|celebration|reception|wake|funeral|housewarming|engagement)",
)
"""Turning up at a party nobody asked the user to, inviting oneself into people's homes, or
walking into a stranger's compound (`core.asks.walked_in`)."""

QUEUE = (
    r"(?:join|meet|slip in (?:with|next to|beside)|squeeze in (?:with|next to|beside)|jump in"
    r" with|sneak in with) (?:my |our )?(?:\w+ ){0,2}(?:mates?|friends?|pals?|bro|brother|sister"
    r"|cousin|buddy|mum|dad|family|group|lot|he|she|they|him|her|them)\b[^.!?]{0,30}"
    r"\b(?:middle|front|halfway|head|top|part-?way|further up)\b[^.!?]{0,20}\b(?:queue|line)\b",
    r"(?:queue|line)\b[^.!?]{0,60}\b(?:he's|she's|they're|is|are) (?:saving|holding|keeping)"
    r" (?:my|me a|us a|our) (?:spot|place)",
    r"(?:skip|jump|cut|push|barge)(?: straight| right)? to (?:the )?(?:front|top|head) of (?:the"
    r" |a )?(?:[\w'-]+ ){0,2}(?:queue|line)\b",
    r"go (?:ahead|first|before) (?:of )?(?:everyone|everybody|all|the (?:others|rest|people|queue"
    r"|line))\b",
    r"(?:queue|line)\b[^.!?]{0,80}\b(?:skip|jump|cut|push|nip|barge|sneak|hop)"
    r" (?:on |up )?(?:ahead|forward|in front)\b",
)
"""Slipping into a queue part way up, where a friend stands, or skipping to its front:
ahead of everyone behind them, or asking the queue if the user may skip ahead
("ask the queue at security if i can skip ahead").
Joining a sister at the back of it asks nobody to wait longer."""

STRANGER = (
    r"(?:the|some|a few|those|a group of) (?:\w+ ){0,2}regulars",
    r"(?:the|a|that) regular(?= who| that| at| in)",
    r"(?:the|some|a few|those) (?:\w+ )?(?:customers|punters)\b",
    r"(?:the|some|a few|those|a group of) (?:\w+ )?(?:foreigners|expats|backpackers)",
    r"(?:the|an|that|this) old (?:dear|biddy|timer|boy|girl)\b(?! (?:next door|upstairs"
    r"|downstairs|across))",
)
"""Strangers named by words the role lexicons missed."""

_VENUES = (
    r"(?:theatre|theater|cinema|museum|gallery|hotel|library|gym|pool|stadium|arena|club|bar|pub"
    r"|café|cafe|restaurant|shop|store|station|airport|hospital|clinic|bank|bakery|salon|spa"
    r"|opera|concert hall|leisure centre)"
)
STAFF = (
    rf"(?:the|a|an|that|this) (?:[\w'-]+ ){{0,3}}{_VENUES} (?:usher|attendant|receptionist|waiter"
    r"|waitress|barista|bartender|barman|barmaid|guard|bouncer|cashier|clerk|librarian|porter"
    r"|concierge|lifeguard|instructor|trainer|steward|stewardess|nurse|teller|guide"
    r"|manager)s?\b",
)
"""Someone working at a venue named with it ("the Estates Theatre usher"): staff, not the
venue."""
