"""The user's own doubt, a risk they accept, or teasing told as a fact: no verdict asked.

"Apply even though I don't think I'm good enough", "ask her to teach me, even if she laughs at
me", "ask my brother, he laughs at me but ok": `core.asks.judgement.asks_for_judgement` reads
the words of a verdict just before each of these as something the user acts despite, not a
judgement asked of anyone. "Ask him why he laughs at me" still asks. Patterns searched just
before a match of the judgement lexicon, over the normal form of `core.asks.text`.
"""

from __future__ import annotations

import re

_WHEN_OR_WHERE = (
    r"(?:(?:in|on) (?:writing|paper|my (?:journal|diary|notebook|notes|notes app))|tonight|today"
    r"|this (?:week|morning|evening)|again|honestly|seriously)"
)
"""Where or when the user puts a question to themself ("in writing", "in my journal tonight")."""
SELF_DOUBT = re.compile(
    r"(?:don't|do not|never) (?:think|feel|believe) (?:that )?(?:i'm |i am )?$"
    r"|(?:even if|even though|even when) (?:[\w']+ ){0,2}$"
    r"|(?:nervous|worried|scared|afraid|anxious|fear|worry) (?:that )?(?:they|he|she|people"
    r"|everyone)(?:'ll| will| might| may| would|'d)? $"
    r"|(?:ask|asks|asking|question|questioning) myself (?:honestly |seriously )?$"
    rf"|(?:ask|asks|asking|question|questioning) myself {_WHEN_OR_WHERE}(?:,? {_WHEN_OR_WHERE})*,?"
    r" ?:? (?:honestly )?$"
)
"""The user's own doubt ("apply even though I don't think I'm good enough"), or a risk
they accept ("ask her to teach me, even if she laughs at me", "apply even though they'll say
I'm too junior"), or a question the user puts to themself ("ask myself whether I'm drinking
too much"): something they act despite or weigh alone, not a judgement asked of anyone."""


TOLD_OF = re.compile(
    r"(?:^|[,;:.!?(-]|\b(?:and|but|though|although|because|since|cos|coz|cuz|bcos|bcoz|bcz|bc"
    r"|becoz|bec|even though|even if|who"
    r"|which|that|lol|haha))\s*(?:he|she|they|my \w+(?: \w+)?|everyone|people)(?: (?:always"
    r"|sometimes|still|often|usually|might|may|will|'ll|probably|totally|just|kind of))? $"
)
"""The person's teasing told as a matter of fact ("ask my brother, he laughs at me but ok", "i
am shy bcos he laugh at me before", with "because" as it is typed): the user accepts it and
asks for something else. "Ask him why he laughs at me" still asks."""
MOCKED = re.compile(r"laugh|make fun")
