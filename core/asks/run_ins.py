"""Finding where someone is so as to turn up there: a home tracked down, or a shift timed.

"Which corridor in Flogsta the girl from the pub lives in, to drop by with a cinnamon bun",
"which cottage she rents, then go visit tomorrow as surprise", "which hotel the crew is
staying at tonight, just to say hi later": a home or a night's lodging sought so the user can
arrive unasked. "Which days the new librarian works, so I can happen to be in", "what time
her shifts finish so I can 'accidentally' bump into her", "where she is working, so I can
say hello there": a workplace or a shift timed for a meeting the person never agreed to,
dressed up as chance. Following someone home to see where they live needs no question at all.
A friend's or a relative's door is theirs to share (`core.asks.decide` lets family and friends
be asked), and a shop's hours asked so the user can drop by to order stay fair: a workplace is
read here only with a meeting contrived as chance or a hello "there". Patterns match the normal
form of `core.asks.text`; `core.asks.doorsteps.seeks_their_door` reads them.
"""

from __future__ import annotations

from core.asks.text import has, words

HOME_FOUND = words(
    r"where (?:she|he|they) (?:is |'s |are )?(?:lives?|living|stays?|staying|rents?)\b",
    r"where (?:the|that|this) (?:[\w-]+ ){0,3}?[\w-]+ (?:is|'s|are) (?:now |currently )?(?:living"
    r"|renting)\b",
    r"(?:which|what) (?![^.!?]{0,60}?\bmy\b)[^.!?]{0,60}?\b(?:lives?|stays?|rents?|is staying"
    r"|are staying|sleeps?)(?: (?:in|at))?\b",
)
"""Where a third person lives, rents or is staying the night ("where the new barmaid is living
now"); not the user's own mum's hotel
room, asked so as to surprise her with flowers."""

SHIFT_FOUND = words(
    r"where (?:she|he|they) (?:is |'s |are )?(?:works?|working)\b",
    r"(?:which|what) (?:days?|times?|shifts?|hours|nights?) (?:[\w'-]+ ){0,4}?(?:works?"
    r"|is working|is on|is in)\b",
    r"what time (?:her|his|their) (?:shifts?|work|day) (?:ends?|finish(?:es)?|is over)\b",
)
"""Where someone works, or the days and hours they are at work."""

CONTRIVED = words(
    r"so (?:i|we) can (?:just )?happen to (?:be|drop|pass|walk|come)\b",
    r"[\"']?accidentally[\"']? (?:\w+ )?(?:bump|run) into\b",
    r"bump into (?:her|him|them)\b",
    r"say (?:hi|hello|hey)(?: to (?:her|him|them))? (?:there|later|tonight|after)\b",
    r"visit\b[^.!?]{0,30}\b(?:as (?:a )?)?surprise\b",
)
"""A meeting arranged to look like chance, a hello "there" or "later", a surprise visit."""

FOLLOWED_HOME = words(
    r"follow (?:her|him|them|the [\w' -]{1,40}?) (?:back )?home\b",
)
"""Following someone home to learn where they live."""


def turns_up_unasked(text: str, turns_up: bool) -> bool:
    """A home sought and a visit meant (`turns_up` is the door-step lexicon's reading, or a
    contrived meeting), a shift timed for a contrived meeting, or someone followed home."""
    if has(FOLLOWED_HOME, text):
        return True
    contrived = has(CONTRIVED, text)
    if has(HOME_FOUND, text) and (turns_up or contrived):
        return True
    return contrived and has(SHIFT_FOUND, text)
