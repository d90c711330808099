"""Someone traced: where they are now, sought around them rather than asked of them.

"Ask my ex's sister which office he moved to", "DM my ex's new girlfriend's best friend to
find out where they're living now": an ex's workplace or home asked of the people around
them is a trail the ex never offered, however casually it is dropped into conversation.
"Ask my buddy what shift his ex-wife works so I can kinda bump into her", "which days the
girl at the front desk works so I can be there those days", "which condo the barista lives in,
to say hi outside of work": a shift or a home sought for a meeting dressed up as chance, of
whoever knows it, a friend too. "Which hotel she stays, she did not say", "which office the
lady in the 8:12 compartment works, she always smiles": where someone is, sought after they
chose not to say, or of someone the user has only noticed.

A friend asked where she is working now, a salon asked which days a stylist works so the user
can book, a sister asked when mum finishes so the user can surprise her with lunch, or the
user's own ex asked where to hand over the kids stay fair. `core.asks.slots` reads
`traces_someone`; the patterns match the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks import go_betweens, kept_details, requests, run_ins, strangers, third_parties
from core.asks.text import has, words

_CIRCLE = (
    r"(?:sister|brother|flatmate|roommate|housemate|friends?|best friend|bestie|mates?|mum|mom"
    r"|mam|dad|mother|father|parents|cousin|colleague|coworker|co-worker|boss|family|neighbou?r"
    r"|girlfriend|boyfriend|partner|wife|husband|aunt\w*|uncle)"
)
EX_CIRCLE = words(
    rf"ex(?:-\w+)?'s (?:new )?(?:\w+'s )?(?:[\w-]+ ){{0,2}}?{_CIRCLE}",
    r"(?:find out|track down|figure out|dig up|suss out|look up|work out) (?:\w+ ){0,2}?(?:where"
    r"|which \w+) (?:my ex|(?:she|he|they)\b.{0,40}\bmy ex)",
)
"""The people around an ex (their sister, flatmate, new partner's best friend), or an ex's
whereabouts found out rather than asked of them."""

EX_WHEREABOUTS = words(
    r"where (?:she|he|they|my ex)(?:'s| is|'re| are| has| have)? (?:now |currently |these days )?"
    r"(?:working|living|staying|based|works|lives|stays|moved|gone|went|going)\b",
    r"(?:which|what) (?:\w+ ){1,3}?(?:she|he|they|my ex)(?:'s| is| has| have|'re| are)?"
    r" (?:now |currently )?(?:moved|works?|working|lives?|living|went|joined|transferred|staying)",
)
"""Where someone works or lives now."""

CHANCE_MEETING = words(
    r"bump into|run into (?:her|him|them)\b|['\"]?by accident['\"]?|['\"]?accidentally['\"]?"
    r" (?:\w+ )?(?:be|see|meet|catch)|['\"]?happen['\"]? to (?:be|pass|drop|walk|come)\b",
    r"be there (?:those|the same|on those|on the same) (?:days|times|nights|shifts|hours)\b(?! for"
    r" (?:the |his |her |their )?(?:class|classes|session|sessions|lessons?|appointments?))",
    r"(?:take|get|pick|work|do) the same (?:one|shift|shifts|slot|slots|hours|days|rota)\b(?!"
    r" off)",
    r"say (?:hi|hello|hey) outside (?:of )?(?:work|the (?:shop|store|café|cafe|gym|office))",
    r"para (?:caerle|llegarle|aparecerme|toparme con (?:ella|él|el)) (?:ah[ií]|all[aá]|all[ií])"
    r"|hacerme (?:el|la) encontradiz[oa]",
    r"be there at the same times?\b|line (?:my|our) (?:[\w-]+ ){0,2}?up with (?:hers|his|theirs)\b"
    r"|catch (?:her|him|them) on (?:her|his|their) (?:route|round|rounds|walk|run|way)\b",
)
"""A meeting dressed up as chance: bumping into them, being there "by accident", "'happen' to
walk the same way home" (a classmate's home sought for it), on their
days or "at the same time", taking the same shift or lining the user's flights up with theirs,
catching them on their route, a hello outside their work (the same days off, asked for a trip
together, are a plan made with them)."""

SAME_HOURS = words(
    r"(?:go|train|turn up|show up|come|get there|work out|swim|run|head (?:in|down|over)) (?:there"
    r" |in |along |too )?at the same (?:times?|hours?)\b(?! (?:as (?:my|our)|every))",
)
"""The user's hours fitted to theirs ("which days she trains so I can go at the same time"):
a chance meeting of someone not close; with a friend, training together."""

_SOMEONE = (
    r"(?:the|that|this) (?:[\w'-]+ ){0,3}?[\w'-]+(?: (?:who|that|from|at|in|on) [^.!?,]{0,40}?)?"
)
WHEREABOUTS = words(
    r"(?:which|what) (?:days?|times?|shifts?|hours|nights?|mornings?|evenings?|swings?|rotations?)"
    r" (?:[\w'-]+ ){0,10}?(?:works?|is working|is on|is in|[\w-]+'s (?:on|in)|(?:usually |normally"
    r" |always )?comes?(?: in)?|finish(?:es)?|clocks? (?:off|out)|knocks? off|gets? off|trains?"
    r"|has (?:class|classes|lectures?|practice|lessons?))\b",
    r"(?:which|what) (?:uni|university|college|school|campus|faculty|gym|office|company)"
    r" (?:she|he|they) (?:goes|go|attends?|studies|is at|'s at|trains at)\b",
    r"d[oó]nde (?:trabaja|estudia|vive|entrena)\b|(?:en|a) qu[eé] (?:comuna|colonia|barrio|depa"
    r"|departamento|edificio|calle|piso|zona|sector|universidad|escuela|prepa|oficina|gimnasio)"
    r" (?:\w+ ){0,2}?(?:vive|trabaja|estudia|va|entrena)\b|qu[eé] d[ií]as (?:tiene clases?|entrena"
    r"|trabaja|va)\b",
    r"(?:her|his|their|[\w'-]+'s) (?:class |work |shift |school |training |gym )?(?:schedule"
    r"|timetable|rota|roster)\b",
    r"(?:schedule|timetable|rota|roster|shifts|hours|movements) of (?:the|that|this) ",
    r"(?:which|what) (?:streets?|roads?|route|rounds?|stops?) (?:she|he|they) (?:does|do|takes?"
    r"|covers?|drives?|walks?|runs?)\b",
    rf"where {_SOMEONE} (?:lives?|live|stays?|sleeps?)\b",
    rf"(?:which|what) (?:office|company|firm|building|department|floor|block|branch) {_SOMEONE}"
    r" (?:works?|is working)\b",
    r"where (?:she|he|they) (?:goes|go|hangs? out|is|are) (?:on )?(?:\w+ )?(?:nights?|weekends?"
    r"|evenings?)\b",
)
"""A shift, a home or a workplace, in more words than `core.asks.run_ins` reads: the days "the
girl at the front desk of my gym" works, the hour "that girl from returns" finishes or "that
VC usually comes in", the swing an officer is on, the new kid's class schedule, the streets a
driver does, where "the pretty customer" lives, which office the
lady on the train works in, where she goes on Saturday nights."""

NOT_OFFERED = words(
    r"(?:she|he|they) (?:did not|didn't|never|hasn't|has not|haven't|won't|wouldn't|doesn't"
    r"|does not|didn't want to) (?:say|tell|give|offer|mention|share)\b",
    r"(?:she|he|they) (?:never|doesn't|does not|won't|don't|do not|didn't|no longer) (?:ever )?"
    r"(?:answers?|replies|reply|responds?|respond|picks? up) (?:to )?(?:my|me)\b",
)
"""What the person chose not to say ("she did not say but I think she wants"), or never
answers the user about ("she never answers my dms")."""

NOTICED = words(
    r"(?:she|he)(?:'s| has)? (?:always|only|just) (?:\w+ )?(?:smiles?|smiled|waves?|waved|nods?"
    r"|nodded)\b",
    r"(?:girl|guy|lady|woman|man|boy|bloke|fella|dude|student|passenger|person|one) (?:who|that)"
    r" (?:always |usually |often |every day |each morning )?(?:sits?|stands?|rides?|gets? on"
    r"|is) (?:\w+ ){0,2}?(?:across from|opposite|next to|beside|in front of|behind) me\b",
    r"(?:who|that) (?:always |usually )?(?:takes|catches|rides|gets on) the same (?:[\w-]+ )?"
    r"(?:train|bus|tram|metro|subway|ferry|carriage) (?:as me|every)\b",
    r"(?:la|el|al) (?:chava|chavo|señora|señor|chica|chico|muchach[ao]|morra|morro|joven|mina|flaca"
    r"|flaco|tipa|tipo) (?:que|q) (?:siempre|diario|a diario|todos los d[ií]as|cada (?:d[ií]a"
    r"|mañana)) (?:se sube|sube|va|viaja|toma|agarra|se sienta|est[aá]|baja)\b",
    r"(?:cute|pretty|fit|hot|gorgeous|beautiful|handsome|stunning|fine) (?:[\w-]+ ){0,2}?(?:girl"
    r"|guy|lady|man|woman|lad|lass|one|customer|saleslady|salesgirl|barista|cashier|waitress"
    r"|waiter|nurse|teller|jogger|runner|swimmer|climber|cyclist|surfer|dancer|lifter|member)\b",
)
"""Someone only noticed: by a smile, or by their looks."""

HOUSEHOLD_OUT = words(
    r"(?:what time|when) (?:her|his|their) (?:host )?(?:family|parents|husband|wife|partner"
    r"|boyfriend|girlfriend|flatmates?|housemates?|roommates?|mum|mom|dad|folks) (?:goes|go"
    r"|leaves?|heads? out|is out|are out|is away|are away|goes away)\b",
    r"(?:when|what time|which (?:days?|nights?|evenings?)) (?:she|he|they)(?:'s| is|'re| are"
    r"|'ll be| will be) (?:usually |normally )?(?:home |at home |in )?(?:alone|on (?:her|his"
    r"|their) own|by (?:herself|himself|themselves))\b",
)
"""The hour the people someone lives with go out: when they will be alone at home."""

LINE_OF_A_STRANGER = words(
    r"[\w-]+'s (?:snap(?:chat)?|insta(?:gram)?|ig|tiktok|socials|whatsapp|number|mobile|cell)\b"
    r"[^.!?]{0,60}\b(?:doesn't|does not|don't|do not) (?:really |even )?know (?:me|who i am)\b",
)
"""A named person's line asked when they do not know the user ("ask Ffion's mate for Ffion's
snap, Ffion doesn't really know me"): handed on by a friend, never offered by them."""

LINE_AND_HOURS_OUT = words(
    r"(?:number|mobile|cell|phone|whatsapp|snap(?:chat)?|insta(?:gram)?)\b[^.!?]{0,40}\b(?:and|plus"
    r"|also|then) (?:ask )?(?:what time|when) (?:she|he|they) (?:usually |normally |always )?"
    r"(?:leaves?|goes?|heads?|sets? off|is out|are out|gets? (?:back|home)|comes? (?:back|home))"
    r"\b(?! (?:the|a|an|their|his|her)\b)",
)
"""A line asked with the hour someone usually leaves the house ("his phone number and what time
he usually leaves for work"): how to reach them and when their home is empty, of someone not
close."""


def _whereabouts(text: str) -> bool:
    found = (
        WHEREABOUTS,
        run_ins.SHIFT_FOUND,
        run_ins.HOME_FOUND,
        requests.CONTACT_PERSONAL,
        go_betweens.LINE_OF_THE_ADMIRED,  # "the phone of the bridesmaid", she didn't give it
    )
    return any(has(lexicon, text) for lexicon in found)


def traces_someone(text: str, asked_close: bool) -> bool:
    """An ex traced through their circle, a shift or home sought for a chance meeting, a home
    and the hour its household goes out, or the line of someone who does not know the user,
    whoever is asked; where someone is, sought when they did not say or of someone only
    noticed, unless a friend or family are asked (`asked_close`), whose own it may be."""
    if "ex" in text and has(EX_CIRCLE, text) and has(EX_WHEREABOUTS, text):
        return True
    if go_betweens.passed_on(text, asked_close):
        return True  # a line, records or a routine got through whoever knows them
    if kept_details.got_from_keepers(text, asked_close):
        return True  # from a pastor, a switchboard or a booking form, or a stop learned
    if third_parties.seeks_their_line(text):
        return True  # a customer's, a patient's or an ex's partner's line, or her diary
    if has(LINE_OF_A_STRANGER, text):
        return True  # a line handed on by a friend, of someone who does not know the user
    if not asked_close and has(LINE_AND_HOURS_OUT, text):
        return True  # a number and when they leave the house, of someone not close
    if has(HOUSEHOLD_OUT, text) and has(run_ins.HOME_FOUND, text):
        return True  # where someone lives and when they will be alone there, whoever knows it
    if not asked_close and has(HOUSEHOLD_OUT, text) and has(strangers.BARELY_KNOWN, text):
        return True  # when someone met once will be alone: no club makes that theirs to give
    sought_anyway = has(CHANCE_MEETING, text) or (
        not asked_close
        and any(has(lexicon, text) for lexicon in (NOT_OFFERED, NOTICED, SAME_HOURS))
    )
    return sought_anyway and _whereabouts(text)
