"""Distance asked for in the words users write, and blocks in more of their languages.

A person who wants the user to keep away has said no to contact however it is put: "Rhys
said he wants nothing to do with me for a while", "my old business partner asked that we
don't see each other anymore", "her brother told me to stay away", "she told the chairman
she wants me to keep away", "my brother said he does not want to see me for a while", "Sanne
said no more flowers", Jamaican "she seh fi leave har alone". So is a block in the words of
other languages or of the street: "she's got me blocked everywhere", Indonesian "dia block
aku", Swahili "alinitoa kwa WhatsApp" (she removed me from WhatsApp). Whatever the card asks
next (his wife to get him to ring, the stall he keeps, the gate she waits at, a friend to
pass a message, the church she prays at) is a way round that no.

Fair neighbours stay fair: a doctor who said to stay away from sugar, a friend who does not
want to see the user cry, a shop with no more flowers in stock.
`core.asks.slots` reads this into `gets_round_block`; fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_SAID = r"(?:said|says|told (?:me|us|\w+)|asked (?:me|us)?|wrote|tells? (?:me|us))"

KEEP_AWAY = words(
    r"(?:wants?|wanted) nothing (?:more )?to do with (?:me|us)\b",
    r"(?:asked|said|told (?:me|us)|wants?|wanted) (?:that )?(?:we|i) (?:don't|do not|not|never"
    r"|no longer|shouldn't|should not|stop) (?:see|seeing|meet|meeting|talk|talking|speak"
    r"|speaking|contact|contacting) (?:each other|one another)\b",
    r"(?<!hasn't )(?<!has not )(?<!never )(?:wants?|wanted|asked|told|tells?) (?:me|us) to (?:stay"
    r"|keep) away\b(?! from (?!(?:her|him"
    r"|them|me|us|my \w+)\b))",
    r"(?:doesn't|does not|don't|didn't|did not) want to (?:see|hear from|talk to|speak to)"
    r" (?:me|us) (?:for (?:a while|now|some time|the time being|a bit)|right now|at the moment)",
    r"(?:'s|has|have|'ve|had) got (?:me|my (?:\w+ )?(?:number|account|dms?|calls)) blocked",
    rf"{_SAID}\W{{1,3}}(?:please )?no more (?:flowers|gifts|presents|letters|cards|notes"
    r"|surprises|bouquets|visits|messages|texts|calls)(?: from (?:me|you))?(?=\W*(?:[,.;!?]|$"
    r"|but\b|please\b))",
    r"(?:seh|sey|sed|said|told me) (?:fi |to )?leave (?:har|dem|mi)\b|fi leave (?:har|her|him"
    r"|dem|them|mi|me) alone",
    r"(?:nge)?(?:block|blokir|blok)(?:ed)? (?:aku|gue|gw|saya)\b|(?:aku|gue|gw|saya) (?:di|ke)"
    r"(?:block|blokir|blok)\b",
    r"(?:a|wa)(?:li|me|na)?ni(?:toa|ondoa) (?:kwa|kwenye|on|from|in) (?:\w+ )?(?:whatsapp|group"
    r"|insta\w*|ig|fb|facebook|tiktok|snap\w*)\b",
)
"""Distance asked for or a block, in the words above."""

_CUES = (
    "nothing to do",
    "away",
    "each other",
    "one another",
    "see me",
    "see us",
    "from me",
    "from us",
    "to me",
    "to us",
    "no more",
    "leave",
    "block",
    "blok",
    "nitoa",
    "niondoa",
)
"""Letters one of the patterns needs, looked for first: most asks have none."""


def asks_for_distance(text: str) -> bool:
    """Whether the words say the person asked for distance, or blocked the user, in the
    words above."""
    return any(cue in text for cue in _CUES) and has(KEEP_AWAY, text)
