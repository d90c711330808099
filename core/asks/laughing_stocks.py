"""Someone made the room's joke: a person's stammer put on show, or laughter at them the aim.

"For class, ask the girl wey dey stammer to read my question out loud make everybody laugh
small" (Nigerian Pidgin: so everybody laughs a little), "ask the boy who stutters to read the
notice to the whole class", "get the new guy to sing so everyone laughs at him": the person
asked is held up before a room for it to laugh at, which they cannot refuse without the room
watching. Read as an ask before a room (`core.asks.intrusions`), on the spot whoever is asked.
A friend who stutters asked to practise reading together, a joke told so everyone laughs, and
a class asked to laugh along with the user's own joke stay fair. Fragments over the normal
form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

_ROOM = (
    r"(?:everybody|everyone|every1|the (?:whole |entire )?(?:class|room|group|office|bus|team"
    r"|hall|crowd|others)|all of (?:them|us)|people|the rest)"
)
_DIFFICULTY = (
    r"(?:(?:who|wey|that) (?:dey |does |always |still |has an? |get )?(?:stammers?|stutters?"
    r"|lisps?|stammer|stutter|lisp)|with (?:a|the|his|her|that) (?:bad |heavy )?(?:stammer"
    r"|stutter|lisp|speech impediment))"
)
_SPOKEN = r"(?:read|say|speak|recite|sing|announce|pronounce|spell|answer)\w*"

MADE_A_LAUGHING_STOCK = words(
    rf"{_DIFFICULTY}\b[^.!?;]{{0,30}}?\b{_SPOKEN}\b[^.!?;]{{0,50}}?\b(?:in front of|to {_ROOM}"
    rf"|for {_ROOM}|(?:so|make|to make|so that) {_ROOM}\b)",
    rf"(?:so|make|to make|so that) {_ROOM} (?:\w+ )?(?:laughs?|go laugh|dey laugh|can laugh"
    r"|will laugh|crack up) at (?:him|her|them|am|the \w+)\b",
)
"""A stammer, a stutter or a lisp made to read or speak before a room, or a room made to
laugh at the person asked."""
