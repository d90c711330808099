"""People who cannot walk away from a pitch: a congregation, mourners, a ceremony's guests.

"Announce my new gelato flavours at the end of Sunday mass, they can't leave before the
blessing": the priest is asked, but the ones put on the spot are the congregation, who came
to worship and cannot leave. The user's own wares or business pitched where people are held
by a service, a ceremony or a rite puts them all on the spot, whoever is asked for the
floor. An announcement the congregation needs (a lost child, a charity drive of the parish)
is not the user's own wares. The lexicon matches the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

_RITES = (
    r"(?:mass|sermon|homily|liturgy|vigil|prayers?|blessing|eulogy|funeral|wake|memorial"
    r"|(?:church|sunday|morning|evening|funeral|memorial|prayer|religious|friday) service"
    r"|jummah|jumu'ah|shabbat|puja|ceremony|wedding|graduation|citizenship ceremony)"
)
_HELD = (
    rf"(?:at|during|after|before|in|end of|middle of) (?:the |a |this |next |sunday'?s? )?"
    rf"(?:[\w']+ )?{_RITES}\b",
    r"(?:can't|cannot|can not|won't be able to|are not allowed to|aren't allowed to) (?:\w+ )?"
    r"(?:leave|walk out|get up|go)\b|captive audience|stuck (?:there|in (?:their|the) seats)",
)
_OWN_WARES = (
    r"(?:announce|advertise|promote|plug|pitch|market|flog|sell|hawk|push|tell (?:everyone"
    r"|everybody|them|people|the (?:\w+ )?(?:congregation|guests|mourners|crowd)) about)"
    r" (?:\w+ ){0,2}?(?:my|our) (?:own )?(?:new )?(?:[\w'-]+ ){0,2}?(?:flavours?|flavors?|products?"
    r"|business|shop|stall|cafe|café|bakery|menu|range|brand|services|app|book|album|gigs?|show"
    r"|course|classes|deals?|offers?|sale|cakes?|wares|goods|page|channel|startup|company)\b"
)
PITCH_TO_THE_CAPTIVE = words(
    rf"{_OWN_WARES}[^.!?]{{0,80}}?(?:{'|'.join(_HELD)})",
    rf"(?:{'|'.join(_HELD)})[^.!?]{{0,80}}?{_OWN_WARES}",
)
"""The user's own wares pitched to people held by a rite ("announce my new flavours at the
end of Sunday mass"), or to a crowd the words say cannot leave."""
