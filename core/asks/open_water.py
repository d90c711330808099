"""Open water, in words: a swim out or across when the water itself is the danger.

"Swim out to the Muglins from Dalkey on me own in November", "swim from Strandvägen across to
Djurgården in April", "swim out to the pontoon while the southerly's blowing", "go swimming at
Coney Island even though the red flags are up", "saltar la valla del Retiro at night and swim in
the pond", "jump aff the bridge intae the Clyde": a crossing in water cold enough to take the
breath and the arms, a swim in a wind or past the beach's own warning, a swim in the dark, a
swim out with no boat beside ("swim out to the Château d'If from the port, pas de bateau"), a
river swum across where its current is fastest ("swim across the Soča where the current is
fastest"), or a jump off a bridge into a river. Cold shock and wind drown strong swimmers far
from the shore; so does a sea swum under the red flag in other tongues ("que nos tiremos a nadar
en el Morro aunque haya bandera roja"). These are unsafe whoever is asked, so they join
`core.asks.danger.UNSAFE`; `core.asks.perils` reads water in flood. Each needs the swim with its
hazard: a winter dip at the sea pool with the lifeguard there, a morning swim alone at the
beach, a sea swim with a friend in July, or asking the lifeguard where it is safe to swim, stays
fair. Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_SWIM_OUT = (
    r"(?<!safe to )(?<!whether to )(?<!if i can )(?:swim|swims|swimming|swam)"
    r" (?:[\w'-]+ ){0,4}?(?:out to|across|over to|out past|round to|around to)\b"
)
"""A swim out to an island, a buoy or a pontoon, or across a harbour or a river: far from where
the user could stand or be reached."""
_COLD_MONTH = (
    r"(?:in|this|next|late|early|mid) (?:\w+ )?(?:november|december|january|february|march"
    r"|april|winter|midwinter)\b|(?:november|december|january|february|march|april|winter)"
    r" (?:swim|dip|crossing)"
)
"""The months when open water is cold enough for cold shock, or a swim named by one."""
_WIND = (
    r"(?:while|when|with|as|and|though|even though) (?:the |a )?(?:\w+ )?(?:wind|southerly"
    r"|northerly|easterly|westerly|sou'wester|nor'wester|gale|storm|mistral|bora|sirocco"
    r"|levanter)(?:'s| is| are)? (?:blowing|howling|up|raging|gusting|picking up)"
    r"|(?:the )?sea(?:'s| is) (?:fierce|wild|rough|angry|mad|huge|big)"
)
"""A wind blowing onto the water, or the user's own word that the sea is rough."""
_NO_BOAT = (
    r"(?:no|without (?:a |any )?|pas de|sans|sin|ohne|senza) (?:support |safety |escort |chase"
    r" |rescue |cover )?(?:boat|bateau|barco|bote|barca|boot|kayak|kayaker|canoe)s?\b"
)
"""No boat beside the swimmer: nobody to pull them out, in French, Spanish, German or Italian
too."""
_CURRENT = (
    r"(?:where|when|while|as) the (?:current|flow|stream|river|water)(?:'s| is| runs| gets)"
    r" (?:at its )?(?:fastest|strongest|quickest|wildest|worst|fierce|fiercest|strong|fast"
    r"|rushing|raging|ripping)\b|(?:against|through|in|into) the (?:strongest|fastest|main"
    r"|full) (?:current|flow|rip)\b"
)
"""The river's current at its strongest: it carries strong swimmers down."""
_WARNING_FLAG = (
    r"(?:(?:even though|though|despite|while|when|with|and) (?:the |a )?(?:double )?red flags?"
    r"(?: (?:is|are|'s) (?:up|flying|out))?|outside the flags)"
)
"""The beach's own warning flying, or the patrolled flags left behind."""
_AFTER_DARK = (
    r"(?:at night|after dark|in the dark|at midnight|midnight)\b[^.!?;]{0,40}\b(?:swim|swims"
    r"|swimming|dip)\b"
)
"""A swim in the dark, named before it ("saltar la valla at night and swim in the pond"): the
other order is `core.asks.danger.UNSAFE`'s own."""
_OFF_A_BRIDGE = (
    r"(?:jump|jumps|jumping|leap|leaping|dive|diving)"
    r" (?:aff|off|fae|from|over) (?:the |a |that )?(?:[\w'-]+ )?(?:bridge|viaduct|harbour wall"
    r"|sea wall|quay|quayside)\b"
)
"""A jump off a bridge or a harbour wall into the water below, in Scots too ("aff")."""
_OVER_THE_SIDE = (
    r"(?:jump|jumps|jumping|leap|leaping|dive|diving|hop)\w* (?:in|into the (?:water|sea|fjord"
    r"|lake|sound)|overboard|off|over) (?:from |off )?(?:the )?(?:side(?! of (?:the |a )?(?:\w+ )?"
    r"pool)|rail|railing|railings|deck|top deck|stern|bow)\b[^!?;]{0,80}\b(?:fjord|glacier|icy"
    r"|ice-?cold|freezing|cold"
    r"|arctic|north sea|baltic|shipping lane)\b"
)
"""A jump over a ship's side into a fjord or cold water ("jump in from the side when we wait
in the fjord, uff it's cold"): the height, the cold and a hull nobody can climb back up. A jump
off a swim platform at a warm bay's swim stop names no cold and stays fair."""

_SWIM_ABROAD = (
    r"(?:nadar|nademos|nadamos|nadando|bañar(?:nos|me|se)|bañemos|meter(?:nos|me|se) al (?:agua"
    r"|mar)|tir\w* al (?:agua|mar)|nager|baigner|schwimmen|nuotare|zwemmen|mergulhar|entrar no"
    r" mar)"
)
_RED_FLAG_ABROAD = (
    r"(?:bandera roja|bandeira vermelha|drapeau rouge|roten? flagge|bandiera rossa|rode vlag)"
)
"""The beach's red flag, in Spanish, Portuguese, French, German, Italian or Dutch."""
_DESPITE_ABROAD = (
    r"(?:aunque (?:haya|hay|esté|está|estén|están)|aun con|a pesar de|pese a|con|mesmo com"
    r"|apesar d[ae]|com|malgré|même avec|avec|trotz|nonostante|anche con|con la|ondanks|bij)"
    r" (?:la |a |le |les |der |die |de |el |una |un |uma )?"
)
"""Swum in spite of the flag: "aunque haya bandera roja", "con bandera roja", "malgré le drapeau
rouge"; asking the lifeguard whether it flies is no swim under it."""

PATTERNS = (
    rf"{_SWIM_ABROAD}\b[^.!?;]{{0,60}}\b{_DESPITE_ABROAD}{_RED_FLAG_ABROAD}",
    rf"{_SWIM_OUT}[^!?;]{{0,80}}\b(?:{_COLD_MONTH}|{_WIND}|{_NO_BOAT}|{_CURRENT})",
    rf"(?:swim|swims|swimming|swam|paddle out|go in)\b[^.!?;]{{0,60}}\b{_WARNING_FLAG}",
    r"(?:november|december|january|february|march|april|winter|midwinter|midnight|solo)"
    r" (?:solo |night )?swim (?:out )?(?:to|across)\b|(?:midnight|night) solo swim\b",
    _AFTER_DARK,
    _OFF_A_BRIDGE,
    _OVER_THE_SIDE,
)
"""Each swim with its hazard; `core.asks.danger.UNSAFE` joins them to its own."""
