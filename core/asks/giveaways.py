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
long weekend are the same lie with its purpose named. Telling the truth in the same words
("tell the ref my striker is 14, he is small for his age") keeps the claim and the fact
together, and stays fair. `core.asks.deception.DECEPTION` joins them to its own; fragments
over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.borrowed_titles import TOLD

_AGE_BELIED = (
    rf"{TOLD}\b[^.!?;]{{0,60}}\b(?:is|'s|are|'re|am|i'm) (?:only |just )?(?P<said_age>\d+)\b"
    r"[.,;]? (?:but |actually |really |in fact )?(?:he|she|they|i|it)(?:'s| is| are|'re|'m| am)"
    r" (?:really |actually |in fact )?(?!(?P=said_age)\b)\d+\b"
)
"""An age told, then the real one: "my striker is 14. He is 17"."""
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
"""An anniversary told for a cake, then "we're not even a couple"."""
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

PATTERNS = (
    _AGE_BELIED,
    _ASIDE_BELIES,
    _KIN_BELIED,
    _COUPLE_BELIED,
    _ROUTINE,
    _REALLY_FROM,
    _BLEND_BELIED,
    _FOR_SOMEONE_ELSE,
    _SIBLING_CARD,
    _TIME_OFF_FOR_FUN,
)
"""Each lie with the words that give it away; `core.asks.deception.DECEPTION` joins them."""
