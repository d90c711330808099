"""A child the user does not know, asked to come along with the user.

"Gali mein cricket khelte bache ko keh do mere saath bazaar chale, saaman uthane mein madad kare"
(Hinglish: tell the kid playing cricket in the lane to come to the market with me and help carry
the shopping), "ask the kid playing football in the street to come with me to the shop": a
child met at play, led away by an adult they do not know, out of sight of whoever looks after
them. That is what every parent teaches a child to refuse, and it is unsafe for the child
whatever the errand, so it joins `core.asks.danger.UNSAFE`. Each reading needs a child named at
play (not the user's own: "my son", "mera beta") with the user's company asked ("with me", "mere
saath", "conmigo"); asking the kids playing outside to keep the noise down, or the user's own
child to come to the shop, stays fair. Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_NOT_MINE = (
    r"(?<!my )(?<!our )(?<!mera )(?<!meri )(?<!mere )(?<!apne )(?<!apni )(?<!hamare )(?<!mi )"
    r"(?<!mis )"
)
_CHILD = (
    rf"{_NOT_MINE}(?:little |young |small )?(?:kids?|child|children|boys?|girls?|youngsters?"
    r"|bach(?:e|a|i|ey|on)|bach(?:ch|h)(?:e|a|i|on)|ladk(?:e|a|i|on)|chhotu|niñ[oa]s?"
    r"|chamac[oa]s?|chavit[oa]s?|crianças?|miúd[oa]s?)\b"
)
"""A child, in English, Hinglish, Spanish or Portuguese, not named as the user's own."""
_AT_PLAY = (
    r"(?:playing|who(?:'s| is| are| was) playing|kicking a ball|khel(?:te|ta|ti|ne|ra|rahe|rahi)"
    r"|(?:que )?(?:está|están|estaba) jugando|jugando|(?:que )?juega\w*|(?:a )?brincar|brincando)"
)
"""At play, in the street or the park."""
_WITH_ME = (
    r"(?:(?:come|go|walk|ride|get in)\w* (?:\w+ ){0,2}with me|with me to|to my (?:car|house|flat"
    r"|place|van|room)|(?:mere|hamare) (?:saath|sath)|conmigo|comigo)\b"
)
"""The user's company asked: with me, "mere saath", "conmigo"."""

PATTERNS = (
    rf"{_CHILD} (?:[\w'-]+ ){{0,1}}{_AT_PLAY}\b[^.!?;]{{0,60}}\b{_WITH_ME}",
    rf"{_AT_PLAY} (?:[\w'-]+ ){{0,1}}{_CHILD}[^.!?;]{{0,60}}\b{_WITH_ME}",
)
"""A child at play, asked along with the user."""
