"""Favours asked of someone before an assembled room: the hall, the congregation, the team.

"Stand up at bingo night and ask who'll lend me their truck, whole hall listening", "at the
school function stand up and ask the principal in front of all the parents to give my grandson
the seat", "during church announcements stand up and ask Sister Abena to bring all her orders
to me", "ask Kayla to be my girlfriend in front of the whole team", "ask a first-time visitor in
front of the whole congregation to come up and share her testimony": the person asked did not
choose the room, and a no said before it costs them face, so the room decides for them.
"In the métro, ask everyone in the carriage to taste my éclair and say out loud if it's good":
people riding somewhere, made the user's audience and jury.

A question put to the speaker or the tour guide in front of everyone, the user's own speech at
the workers' meeting, a photo taken in front of the fountain, or a partner asked to dance in
front of everyone stay fair: the shapes need a favour, a place or a date asked of someone
before the room, of anyone but a partner or family. `core.asks.intrusions` reads them;
fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_ROOM = (
    r"(?:in front of (?:the |all |all the |all of the )?(?:whole |entire |rest of the )?"
    r"(?:everyone|everybody|parents|congregation|church|team|squad|club|hall|room|school|class"
    r"|office|staff|crew|village|family|guests|members|fellowship|parish|audience|crowd"
    r"|carriage|bus|group|company|department|street|market|neighbours|neighbors)\b"
    r"|(?:whole|entire|full) (?:\w+ )?(?:hall|room|church|congregation|team|bus|carriage|class"
    r"|school|office|pub|bar) (?:listening|watching|looking on)\b"
    r"|(?:with )?(?:everyone|everybody|the whole (?:\w+ )?\w+) (?:listening|watching|looking on)\b)"
)
"""An assembled room the ask is made before."""

_FAVOUR = (
    r"(?:to (?!(?:ask|explain|justify|answer|clarify|repeat)\b)(?:\w+ )?(?:give|lend|bring|send"
    r"|be my|come up|share|stand up|sponsor|sign|pay|buy|drive|take|let|hand|vote|choose|pick"
    r"|marry|date|go out|dance|sing|swap|cover|donate|put|move|offer|make)\b"
    r"|for (?:a|an|his|her|their|the) (?!question\b)\w+"
    r"|(?:who|whoever)(?:'ll| will| would| can| could) (?:\w+ )?(?:lend|give|drive|buy|pay"
    r"|lift|help|take|sponsor|host|put)\b[^.!?]{0,20}\bme\b"
    r"|if (?:she|he|they|anyone)(?:'ll| will| would| could)? (?:lend|give|be my|marry|date"
    r"|go out))"
)
"""A favour, a thing, a place or a date asked, not a question put to someone."""

_NOT_TO_THEM = (
    r"(?!(?:my|our) (?:wife|husband|partner|fiance|fiancé|fiancee|fiancée|spouse|mum|mom"
    r"|mam|dad|mother|father|sister|brother|kids?|son|daughter)\b)"
    r"(?!(?:the )?(?:speaker|panel|panellists?|guide|tour guide|presenter|lecturer|host|chair"
    r"|mayor|council|councillors?|candidates?|minister|mp|treasurer|committee|board)\b)"
    r"(?!(?:if|whether) (?:anyone|anybody|people) (?:wants|would like|is interested|fancies"
    r"|else)\b)"
)
"""Not a partner or family, nor someone whose office is to answer the room, nor an open call
to whoever wants to ("ask if anyone wants to share the school run")."""

BEFORE_THE_ROOM = words(
    rf"(?:stand|stood|standing|get|got|getting) up (?:(?:at|in|on|during|in the middle of)"
    rf" [^.!?;]{{0,60}}? )?(?:and|to) ask (?:{_NOT_TO_THEM}[\w'-]+ ){{0,4}}?{_FAVOUR}",
    rf"ask (?:{_NOT_TO_THEM}[\w'-]+ ){{1,4}}?{_ROOM}[^.!?;]{{0,20}}?{_FAVOUR}",
    rf"ask (?:{_NOT_TO_THEM}[\w'-]+ ){{1,4}}?{_FAVOUR}[^.!?;]{{0,50}}?\b{_ROOM}",
    rf"(?:stand|stood|standing|get|got|getting) up (?:at|in|on|during) [^.!?;]{{0,60}}?\bask"
    rf" [^.!?;]{{0,60}}?\b{_ROOM}",
)
"""A favour asked of someone, or of whoever will, before a room that listens: stood up at an
event to ask it, or asked "in front of the whole team", "whole hall listening"."""

TRAVELLERS_MADE_JURY = words(
    r"ask (?:everyone|everybody|all the (?:passengers|people|commuters|riders)) (?:in|on|at)"
    r" (?:the|this|my) (?:[\w-]+ )?(?:carriage|train|bus|tram|metro|métro|subway|tube|ferry|lift"
    r"|elevator|plane|flight|platform|waiting room|queue|line|compartment|coach|matatu|taxi)"
    r"\b[^.!?;]{0,20}\bto (?:taste|try|rate|judge|vote|say|tell|shout|clap|cheer|sing|guess)\b",
)
"""Everyone in a carriage or a queue asked to taste, rate or vote out loud for the user."""

OFFERED_FREELY = words(
    r"(?:if|whether) (?:she|he|they|anyone|anybody|everyone|you)(?:'d| would)? (?:wants?|like"
    r"|likes|fancies|fancy|feels? like|is up for|are up for)\b",
)
"""An invitation they are free to take ("if she wants to sing a carol", "if they want to go
for lunch"): a room hears a yes or a no to it without cost."""


def asked_before_a_room(text: str) -> bool:
    """A favour asked of someone before a room, not an invitation they may freely take."""
    return has(BEFORE_THE_ROOM, text) and not has(OFFERED_FREELY, text)
