"""Going ahead of a queue, in the words other English and other tongues put it.

"Queen Street ticket office at rush hour, go to the front and ask if I can jump in", "in der
Postfiliale an der ganzen Schlange vorbei nach vorne gehen und fragen, ob ich vor darf", "en la
fila del banco, pedirle al señor de adelante que me deje pasar porque sí": those queueing are
put on the spot, whoever is asked, and a reason of the user's own ("I'm a porter, always in a
rush") is no reason of theirs.

Going to the front desk or the front door, asking a queue whether it is the line for tickets,
"darf ich kurz fragen, ob das die Schlange für Tickets ist", or "pasar la cola de atrás" said
of a shop stay fair: the shapes need the user going ahead of the others. `core.asks.intrusions`
reads them; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_QUEUE = r"(?:queue|line|checkout|till)"
_IN_FRONT = (
    r"(?:let (?:me|us) (?:(?:go|get|pop|nip|slip|squeeze) )?in front(?: of (?:him|her|them|you))?"
    r"|(?:go|get|pop|nip|slip|squeeze) in front of (?:him|her|them))"
)
"""Let in front of the person, said with the queue they stand in: a friend asked to let the
user "get in front of her for the photo", or a tall man at a gig, stand in no queue."""

JUMPS_THE_QUEUE = words(
    r"(?:go|walk|push|step|head|march|stroll|wander|squeeze|barge)(?: straight| right)?(?: up)?"
    r" to the (?:very )?front\b(?! (?:desk|door|row|seat|counter|office|of house|gate|entrance))"
    r"[^.!?;]{0,60}\b(?:if|whether) i (?:can|could|may|might) (?:jump|cut|slip|squeeze|nip"
    r"|push|pop|sneak) (?:in|ahead|first)\b",
    r"an der (?:ganzen |langen |ganzen langen )?(?:schlange|reihe|warteschlange) vorbei",
    r"vordräng\w*|(?:ob|dass) ich (?:mal )?(?:kurz )?vor(?:gehen)? (?:darf|kann)\b|(?:mich|uns)"
    r" vor(?:lassen|zulassen)\b",
    r"(?:fila|cola)\b[^.!?;]{0,80}\b(?:me (?:deje|dejen|dejes|dejan) (?:pasar|colar|ir)"
    r" (?:delante|primero|antes|adelante)?|colarme|pasar (?:delante|primero) de)",
    r"(?:colarme|saltarme|brincarme) (?:en )?(?:la|toda la) (?:fila|cola)\b",
    rf"{_QUEUE}\b[^.!?;]{{0,60}}\b{_IN_FRONT}|{_IN_FRONT}\b[^.!?;]{{0,40}}\b{_QUEUE}\b",
    r"(?:go|get|pop|nip|slip|squeeze) in front of (?:everyone|the (?:queue|line|others|rest))\b",
    r"(?:slide|slip|squeeze|sneak|nip|cut|jump|pop) in (?:ahead of|before|in front of) (?:'?em|them"
    r"|him|her|everyone|everybody|the (?:others|rest|queue|line))\b",
    rf"(?:{_QUEUE}|bank)\b[^.!?;]{{0,80}}\bmake (?:i|we|me) (?:enter|go|pass|collect|pay"
    r"|buy|stand|do) (?:before|ahead of|in front of) (?:am|dem|una|everybody|everyone|him|her"
    r"|them)\b",
)
"""The user going ahead of the others: to the front to "jump in", past the whole line in
German, let through first in a Spanish one, let "go in front of him" in the boulangerie queue,
"slide in ahead of 'em", or in a Pidgin bank queue "make I enter before am" (let me go first)."""

_ONE_AHEAD = (
    r"(?:the|this|that) (?:person|man|woman|lady|guy|gentleman|bloke|girl|boy|chap|fella)"
    r" (?:(?:directly |right |just )?in front of me|(?:in|at) (?:the|this) (?:queue|line)"
    r"(?! (?:behind|at the back|at the end)))\b"
)
ONLY_THE_ONE_AHEAD = words(
    rf"{_ONE_AHEAD}[^.!?;]{{0,60}}\b(?:if|whether) i (?:can|could|may|might) (?:go|pop|nip)"
    r" (?:ahead|first|before (?:him|her|them))\b",
)
"""The one person just ahead of the user asked to let them go first ("the person in front of
me", "the person in the queue", one person named in it): nobody else in the queue is passed."""
_NO_TAKEN = (
    r"(?:accept|take|respect) (?:a|the|their|his|her) no\b|(?<!don't )(?<!do not )(?:take|accept)"
    r" no for an answer\b|(?<!not )(?<!never )(?<!isn't )(?:(?:totally |completely |perfectly )?"
    r"(?:ok|okay|fine|cool)|all good|no worries|no problem) if (?:no|not|they say no|(?:she|he)"
    r" says no|it's a no)\b|if (?:not|no|they say no|(?:she|he) says no),? (?:that's|it's)"
    r" (?:totally |completely |perfectly )?(?:ok|okay|fine|cool)\b"
)
NO_ACCEPTED = words(_NO_TAKEN)
"""The user's own word that a no will be taken as the end of it ("and accept a no", "(ok if
no!)", "if not, that's fine"); "don't take no for an answer" is the opposite."""
GOES_AHEAD_IF_FREE = (
    rf"(?:if|whether) i (?:can|could|may|might) (?:go|pop|nip) (?:ahead|first)\b(?=[^.!?;]{{0,80}}"
    rf"\b(?:{_NO_TAKEN}))",
)
"""Going first asked with a no taken: a moment's permission of the one asked
(`core.asks.small_permissions`), so long as the queue behind is not passed too."""
_PAST_EVERYONE = words(
    r"(?:skip|jump|cut|barge|push) (?:\w+ ){0,2}(?:queue|line)|to the (?:very )?front\b"
    r"|(?:everyone|everybody|the others|the rest|the whole (?:queue|line))\b",
)


def asks_only_the_one_ahead(text: str) -> bool:
    """Whether the user asks only the person just ahead of them to go first and says a no will be
    taken: the one passed is the one asked, who is left free to say no. Going to the front, or
    past everyone, still puts the whole queue on the spot, and so does the same ask with no
    word of a no taken ("ask the person in front of you whether you could go ahead")."""
    if not has(ONLY_THE_ONE_AHEAD, text) or not has(NO_ACCEPTED, text):
        return False
    return not has(_PAST_EVERYONE, text) and not has(JUMPS_THE_QUEUE, text)
