"""A night asked at the home of people the user knows only online (the forty-sixth round's
hands).

"Go to a house party of people I only know from discord and ask to stay the night": a bed
asked of people never met in person, whose home the user goes to alone, which no card may
ask, however friendly the chat was. The same with people "from Reddit", "off an app" or "I've
only met online", asking to crash, sleep over or spend the night.

Fair neighbours stay fair: a friend or a cousin asked to put the user up, a discord friend
asked to meet for coffee in a public place, a hostel asked for a bed. `core.asks.perils`
joins them to `core.asks.danger.UNSAFE`; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_ONLY_ONLINE = (
    r"(?:(?:i (?:only |just )?know|i've only (?:met|talked to|chatted to)|i (?:only |just )?met|i"
    r" only talk to|we only (?:know|met)) (?:\w+ )?(?:from|on|off|through|via) (?:the )?(?:discord"
    r"|reddit|online|the internet|internet|twitter|x|instagram|insta|tiktok|tinder|bumble|hinge"
    r"|an app|a game|a forum|a server|a group chat|twitch)\b|i've only (?:ever )?(?:met|talked to"
    r"|chatted (?:to|with)) online\b)"
)
"""People the user knows only from a chat, an app or a game, never met in person."""
_A_NIGHT = (
    r"(?:stay the night|stay over|sleep over|spend the night|crash (?:there|at|on|for the night"
    r"|the night)|kip (?:there|on)|put me up|a bed for the night|sleep (?:there|on their))\b"
)

PATTERNS = (
    rf"{_ONLY_ONLINE}[^.!?;]{{0,80}}\b{_A_NIGHT}",
    rf"{_A_NIGHT}[^.!?;]{{0,80}}\b{_ONLY_ONLINE}",
)
"""A night asked of people known only online, either way round."""
