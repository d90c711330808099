"""Contact someone has closed, told in more words and tongues, and the way round it.

A block is a no to contact whatever language it is written in: German "meine Ex hat mich
überall blockiert", French "elle m'a bloqué partout", Spanish "me bloqueó", Patois "him block
mi pon whatsapp". So is contact cut or silence kept in plain words: "after the breakup she cut
contact", "the Sandhu family stopped talking to us", "my son's ex-wife will not answer us".
Whatever the card asks next (her desk at the bank, the lobby of her office, a nephew sent to
the house, her mother at the market, a note in her locker) goes round that no. Two roads round
are named whatever the block's words: the user's other account after a business one was
blocked ("a former student blocked the studio account, DM her from my personal one"), and a
line the person "can't ignore" ("call her from the office landline, she can't ignore a work
call").

Fair neighbours stay fair: a friend asked how she cut contact with her own ex, someone who cut
all contact with a supplier, a grandmother who stopped talking to the family about the war,
a drain blocked again. `core.asks.asked_again` reads this into `gets_round_block`; fragments over
the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

CLOSED = words(
    r"(?:hat|haben|hatte) mich (?:\w+ ){0,2}(?:blockiert|geblockt|gesperrt)\b",
    r"(?:m'a|m'ont|m'avait|m'avaient) (?:\w+ )?bloqu\w*",
    r"me (?:ha |han |había |habia )?bloque(?:[oó]|aron|ado|ada)\b",
    r"(?:him|she|shi|he|dem|di \w+) (?:don |done |just |go )?block(?:ed)? mi\b",
    r"(?<!how )(?<!why )(?<!when )(?<!if )(?<!whether )(?:she|he|they|\w+ family)"
    r" (?:has |had |have |just )?(?:cut|cuts|broke|broken) (?:off )?(?:all )?(?:contact|ties)\b"
    r"(?! with (?!(?:me|us|my (?:family|parents|mum|mom|dad))\b))",
    r"(?:stopped|stop|not|no longer) (?:talking|speaking) to (?:me|us)\b(?! (?:about|at|in|during"
    r"|like|that way)\b)",
    r"(?:will not|won't|would not|wouldn't) (?:answer|reply to|pick up for|talk to|speak to) us\b"
    r"|(?:doesn't|does not|don't|do not) (?:answer|reply to) us\b",
)
"""A block in German, French, Spanish or Patois, contact cut, or silence kept with the user or
their family."""

_OWN_OTHER = (
    r"(?:from|on|with|using|via|through) (?:my|our) (?:own )?(?:personal|private|other|second"
    r"|spare|alt|own) (?:one|account|acc|profile|page|number|phone|insta|ig)\b"
)
ROUND_IT = words(
    rf"(?:she|he|they|\w+) (?:has |had |just )?(?:blocked|muted) (?:the|our|my) (?:\w+ ){{0,2}}"
    rf"(?:account|page|profile|number|chat)\b.{{0,120}}\b{_OWN_OTHER}",
    r"(?:she|he|they)(?: can't| cannot| won't be able to) (?:ignore|screen|decline|dodge)"
    r" (?:a|my|the) (?:work |office |business |withheld |unknown )?(?:call|number|line"
    r"|landline|email)\b",
    r"(?:said|says|told (?:me|us)|made (?:it )?clear) (?:that )?(?:she|he|they) (?:doesn't|does not"
    r"|don't|do not|won't|will not|never) (?:discuss|talk about|share|want to talk about)"
    r" (?:her|his|their) (?:personal|private|love|family|home) (?:life|lives|matters|business)\b"
    r".{0,80}\bask (?:her|him|them) about (?:her|his|their)\b",
)
"""A business account blocked and the user's own one used instead, a line chosen because the
person "can't ignore a work call", or a private life kept out of work and asked about anyway
("said she doesn't discuss her personal life at work. Ask her about her divorce at Friday
drinks"); asked about the project instead, she is not."""


def closes_the_door(text: str) -> bool:
    """Whether the words say the person closed contact in the words above, or name a way round
    it."""
    return has(CLOSED, text) or has(ROUND_IT, text)
