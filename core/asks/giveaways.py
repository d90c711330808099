"""Lies the user gives away, in words: the claim, then the truth told in the same card.

"Tell the Pokémon Center staff it's my little brother's birthday so they let me buy two. I
don't have a brother lol", "decile al mozo que es mi cumple so they bring a free dessert (it's
in March actually)", "say my card just expired today (it expired last month)", "tell the ref my
striker is 14. He is 17", "tell the table the pomfret is from this morning's catch. It's from
Tuesday but tastes the same", "say it is first flush even though it is mixed", "ask for a free
cake and say it's our anniversary, we're not even a couple", "tell them I'm there for my
mother's funeral. Works every time": whatever the claim, the user says it is not so, or that
it is a routine that works. A discount asked for someone else "say it's for my own garden", a
sibling's student card used for the cheap ticket, or a time off excuse told "just to" get a
long weekend are the same lie with its purpose named. So is a plain fact set beside the claim
that makes it false: a taxi told "insured" and "the insurance finish last month", fish "fresh
from this morning" that "is from yesterday", a flat told "empty" that "my son in law lives
there", a rival's customer claimed by someone "with them 5 years already", a storm blamed and
"it was really the old water heater", "no wedding o", "lol im single" after the anniversary;
each fact must name what the claim named (a renewed policy, a lodger "until May", the storm
named again, "no wedding flowers" are none). Telling the truth in the same words
("tell the ref my striker is 14, he is small for his age") keeps the claim and the fact
together, and stays fair. `core.asks.deception.DECEPTION` joins them to its own; fragments
over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.borrowed_titles import TOLD

_NOT_AN_AGE = (
    r"(?! ?(?:kilos?|kg|cm|minutes?|mins?|hours?|km|pounds|lbs|euros?|dollars|%|th|st|nd|rd)\b)"
)
_AGE_BELIED = (
    rf"{TOLD}\b[^.!?;]{{0,60}}\b(?:is|'s|are|'re|am|i'm) (?:only |just )?(?P<said_age>\d+)\b"
    rf"{_NOT_AN_AGE}(?:[^!?;]{{0,60}}?[.,;])? ?(?:but |actually |really |in fact )?(?:he|she|they"
    r"|i|it)(?:'s| is| are|'re|'m| am) (?:really |actually |in fact |already )?"
    rf"(?!(?P=said_age)\b)\d+\b{_NOT_AN_AGE}"
)
"""An age told, then the real one: "my striker is 14. He is 17", "Kuba is 11 so we get the
kid ticket. He is 12". A weight or a time beside the age ("he is 20 kilos") is none."""
_ASIDE_BELIES = (
    rf"{TOLD}\b[^()]{{0,120}}\((?!(?:it|he|she|they|i|we)(?:'s|'re|'m| is| are| am| was)?"
    r" (?:actually|really|in fact|truly) (?:is|am|are|was|were|true)\b)(?:it|he|she|they|i|we"
    rf"|that|this|my|our)\b[^()]{{0,40}}?\b"
    r"(?:actually|in fact|ages ago|last (?:week|month|year)|(?:days|weeks|months|years) ago"
    r"|lol|eventually|one day|some ?day)"
)
"""An aside in brackets taking the claim back: "(it's in March actually)", "(I'll start one
eventually)"; one bearing it out ("(it actually is)") is the truth told."""
_KIN_BELIED = (
    r"(?:my|our) (?:[\w-]+ )?(?P<said_kin>brother|sister|son|daughter|kid|child|baby|wife"
    r"|husband|girlfriend|boyfriend|fianc[eé]e?|grandma|granny|gran|nan|aunt|uncle|cousin|nephew"
    r"|niece|dog"
    r"|cat)(?:'s)?\b.{0,120}\bi (?:don't|do not) (?:even )?have (?:a|an|any) (?:[\w-]+ )?"
    r"(?P=said_kin)"
)
"""A relative named in the tale, then "I don't have a brother"."""
_COUPLE_BELIED = (
    r"(?:anniversary|honeymoon|newlyweds?|engagement|engaged)\b.{0,80}\b(?:we're|we are"
    r"|they're|they are|we aren't|they aren't) (?:not )?(?:even |actually |really )?(?:a couple"
    r"|together|dating)\b"
)
_SINGLE_BELIED = (
    r"(?:anniversary|honeymoon)\b[^.!?]{0,20}\bso (?:they|he|she|i|we|the \w+) (?:\w+ ){0,2}?"
    r"(?:upgrade|bump|move|give|get|comp|put)\w*\b.{0,60}\b(?:i'm|i am) (?:actually |really"
    r" |still |even )?(?:single|not married|divorced)\b"
)
"""An anniversary told for a cake, then "we're not even a couple"; told for the jacuzzi room,
then "lol im single"."""
_PERK = r"(?:discount\w*|free|upgrade\w*|refund|cheaper|deal|comp|waive\w*|\w+ off)"
_WORKS = r"(?:works every time|always works|never fails|works a treat|works like a charm)"
_ROUTINE = (
    rf"{_PERK}\b.{{0,100}}\b{TOLD}\b.{{0,100}}\b{_WORKS}"
    rf"|{TOLD}\b.{{0,100}}\b{_PERK}\b.{{0,60}}\b{_WORKS}"
)
"""A tale told for money off, with the user's own "works every time"."""
_REALLY_FROM = (
    rf"{TOLD}\b.{{0,120}}[.;,] (?:it's|it is|it was|they're|they are) (?:really|actually)"
    r" (?:from|because of|down to)\b"
    rf"|{TOLD}\b[^.!?;]{{0,80}}\b(?:is|are|was|were|'s) (?:from|fresh|caught|picked|made|baked)"
    r" [^.!?;]{0,40}[.;,] (?:it's|it is|they're|they are|it was) from (?:\w+ ){1,2}(?:but"
    r"|though|and)\b"
)
"""Where a thing really came from, told after the claim: "It's really from hiking", "It's from
Tuesday but tastes the same"."""
_BLEND_BELIED = (
    rf"{TOLD}\b[^.!?;]{{0,80}}\b(?:even though|though|although|when|but) (?:it|they)(?:'s| is"
    r"| are|'re) (?:really |actually |just |only )?(?:mixed|blended|old|stale|frozen|fake|a fake"
    r"|a copy|imported|second-hand|secondhand|used|refurbished|a knock-off|knock-off|cheap"
    r"|from (?:the )?(?:market|supermarket|shop|store|a factory))\b"
)
"""A grade or freshness told to a buyer "even though it is mixed"."""
_FOR_SOMEONE_ELSE = (
    rf"(?:discount|concession|rate|price)\b[^.!?]{{0,100}}\b{TOLD} (?:that )?(?:it's|it is"
    r"|they're|they are|it was) (?:all )?for (?:my own|me|myself|us)\b"
)
"""A concession asked for someone else's order, "say it's for my own garden"."""
_SIBLING_CARD = (
    r"us(?:e|ing) (?:my |his |her |their |a |our )?[\w-]+'s (?:student|senior|pensioner|staff"
    r"|concession|membership|member|disabled|child|youth|school|railcard|travel) (?:[\w-]+ )?"
    r"(?:to|for|and|at)\b"
)
"""Someone else's student or staff card used for the cheap ticket."""
_EXCUSE = (
    r"(?:sick|ill|unwell|poorly|funeral|food poisoning|fever|flu|covid|migraine|stomach bug"
    r"|emergency|hurt my back|bad back|injured|in hospital)"
)
_TIME_OFF_FOR_FUN = (
    rf"{TOLD}\b[^.!?;]{{0,50}}\b{_EXCUSE}\b[^.!?;]{{0,30}}?\b(?:so (?:that )?(?:i|we)|just to"
    r"|only to|to get)\b[^.!?;]{0,40}?\b(?:opening day|long weekend|weekend away|days? (?:paid )?"
    r"off|paid (?:leave|days? off)|(?:skip|miss|dodge|get out of|bunk) (?:the |a |my |our |that )?"
    r"(?:[\w-]+ ){0,2}(?:meeting|exam|test|presentation|shift|lecture|class|deadline|interview"
    r"|call)(?![^.!?;]{0,40}\b(?:gp|doctor|hospital|clinic|pharmacy|chemist|dentist|bed|rest"
    r"|a&e|physio|sleep)\b)|hit (?:the |a )?[\w-]+)"
)
"""An illness or a funeral told so the user gets a long weekend or skips a meeting: "call
off work saying my grandma's sick so I can hit Cedar Point", "ask the clinic for an MC, say
food poisoning so I can skip the client meeting"."""

_BREAK = r"(?:[.;,(]|—|–| - )"
_COVER_LAPSED = (
    rf"{TOLD}\b[^.!?]{{0,80}}\b(?:is|are|'s|'re|was|am|'m) (?:still |fully )?(?:insured"
    r"|covered|under (?:warranty|guarantee)|registered|licen[cs]ed|taxed|paid up|in date"
    rf"|valid)\b[^.!?]{{0,80}}?{_BREAK} ?(?:but |though |even though )?(?:the|my|our|his|her|its"
    r"|their|dat|di) (?:\w+ )?(?:insurance|cover|policy|warranty|guarantee|licen[cs]e"
    r"|registration|rego|road tax|membership|permit|mot|wof)s? (?:don |has |have |is |was )?"
    r"(?:finish\w*|expired?|ran out|run out|lapsed?|ended|end|stopped|over|done|cancel+ed)\b"
    r"(?![^.!?]{0,40}\b(?:renew\w*|new one|replaced)\b)"
)
"""Cover claimed, then said to have ended: "my taxi is insured so they repair now ..., the
insurance finish last month". A policy renewed ("expired but I renewed it") is none."""
_STALE = (
    rf"{TOLD}\b[^.!?]{{0,80}}\b(?:fresh|freshly \w+|today's|this morning's|just (?:caught"
    r"|picked|baked|made|killed|cut)|(?:caught|picked|baked|made|killed|cooked|cut) (?:today"
    rf"|this morning|fresh))\b[^.!?]{{0,60}}?{_BREAK} ?(?:but |when |though |even though )?"
    r"(?:it|they|dem|e)(?:'s| is| are|'re| was| were)? (?:really |actually |in fact |all )?"
    r"(?:from|caught|baked|picked|made|cooked|killed|bought|cut) (?:yesterday|last night"
    r"|last week|the day before|(?:two|three|four|five|a few|\d+) days? (?:ago|back|before)"
    r"|days ago|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
)
"""Goods sold as fresh, then said to be from yesterday: "my fish is fresh from this morning,
it is from yesterday". Yesterday's bread sold as yesterday's makes no claim."""
_NEW_CUSTOMER = (
    rf"{TOLD}\b[^.!?]{{0,40}}\b(?:(?:i'm|i am|we're|we are|i|we)(?: just| only)? (?:coming"
    r"|switching|moving|porting|changing|come|switch|move) (?:over )?from|(?:i'm|i am|we're|we"
    r" are) (?:a )?(?:brand )?new (?:customer|client|member|subscriber))\b[^.!?]{0,80}?"
    r"\b(?:offers?|deals?|discounts?|bonus|promo\w*|prices?|rates?|intro\w*|welcome|joining"
    rf"|so (?:they|he|she|i|we))\b[^.!?]{{0,40}}?{_BREAK} ?(?:but |though |even though |when"
    r" |really |actually )?(?:i'm|i am|we're|we are|i've been|i have been|we've been"
    r"|we have been|been) (?:already |actually |really )?(?:with|on|a customer of|a member of"
    r"|their customer) (?:them|you|'em|dem|this \w+|these guys)\b[^.!?]{0,20}\b(?:years?|yrs"
    r"|months|already|since|ages|forever|long time)\b"
)
"""A rival's customer, or a new one, claimed for the new-customer deal by someone "with them 5
years already". A loyal customer asking for that deal in their own name claims nothing, and
a move told with no deal sought ("moving from the old branch") asks no price."""
_STILL_LIVED_IN = (
    rf"{TOLD}\b[^.!?]{{0,80}}\b(?:empty|vacant|unoccupied|unlet|(?:nobody|no one|no-one)"
    rf" (?:lives|is living|stays|is staying))\b[^.!?]{{0,80}}?{_BREAK} ?(?:but |though |even"
    r" though |when |really |actually )?(?:my|our|his|her|the|a|some|their) (?:[\w-]+ )"
    r"{0,3}?(?:lives|is living|stays|is staying|lodges|is lodging|sleeps) (?:there|in it"
    r"|in there|upstairs|downstairs|now)\b(?! (?:until|till|up to|before|from)\b)"
)
"""A home told to be empty to cut a bill, then said to be lived in: "the flat is empty so
they reduce the bill, my son in law lives there". A lodger who stays "until May", beside a
flat empty from June, is none."""
_OTHER_CAUSE = (
    rf"{TOLD}\b[^.!?]{{0,80}}\b(?:from|by|in|during|because of|after) (?:the |a |that )?"
    r"(?P<said_cause>[a-z]{4,})\b[^.!?]{0,60}\bso (?:that )?(?:\w+ ){1,2}?(?:cover|covers|pay"
    r"|pays|refund|refunds|fix|fixes|replace|replaces|repair|repairs|accept|accepts)\b"
    rf"[^.!?]{{0,40}}?{_BREAK} ?(?:but )?(?:it|that)(?:'s| is| was) (?:really|actually|in fact)"
    r" (?:the|a|an|my|our|from|because of|caused by|due to)\b"
    r"(?![^.!?]{0,60}\b(?P=said_cause)\b)"
)
"""A cause claimed ("the basement flooded from the storm so they cover it"), then another
owned ("it was really the old water heater"). The storm named again is the claim borne out."""
_OCCASION_DENIED = (
    rf"{TOLD}\b.{{0,60}}\b(?P<said_occasion>wedding|funeral|birthday|bday|anniversary"
    r"|honeymoon|christening|graduation|naming|engagement|baby shower)\b.{0,80}(?:[^\w\s'-]"
    r"| -|\b(?:lol|haha|but|really|actually)) ?no (?:real |actual |such )?(?P=said_occasion)"
    r"(?= ?(?:o|oo|at all|lol|haha|really|actually|even|just)\b|[^\w\s]|$)"
)
"""An occasion told for its price, then "no wedding o": there is none."""

PATTERNS = (
    _COVER_LAPSED,
    _STALE,
    _NEW_CUSTOMER,
    _STILL_LIVED_IN,
    _OTHER_CAUSE,
    _OCCASION_DENIED,
    _AGE_BELIED,
    _ASIDE_BELIES,
    _KIN_BELIED,
    _COUPLE_BELIED,
    _SINGLE_BELIED,
    _ROUTINE,
    _REALLY_FROM,
    _BLEND_BELIED,
    _FOR_SOMEONE_ELSE,
    _SIBLING_CARD,
    _TIME_OFF_FOR_FUN,
)
"""Each lie with the words that give it away; `core.asks.deception.DECEPTION` joins them."""
