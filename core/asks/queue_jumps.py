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

from core.asks.text import words

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
