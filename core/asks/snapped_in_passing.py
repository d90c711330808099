"""Strangers caught on camera in passing: a child snapped where it sits, staff filmed for a prank.

"grab a quick photo of the cute baby in the trolley at Pak'nSave to send to my mum": a child
who is nobody the user knows, snapped in a trolley, a pram, on the bus or at the shops; the
parent was never asked, wherever the photo goes. "strap the gopro to my chest and ask the
walmart clerks for weird stuff for my prank channel": a camera worn while asking people, or a
prank channel the asks are made for, films the people asked.

Fair neighbours stay fair: the user's own baby ("a photo of my baby in the trolley"), a parent
asked first ("ask the mum if I can take a photo of her baby", `core.asks.conduct.ASKS_CONSENT`),
the baby aisle or baby clothes photographed for their price, a camera worn with nobody asked
("strap the gopro to my chest for the bike ride"). `core.asks.filming` joins them to its own;
fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_SHOT = r"(?:pics?|photos?|pictures?|shots?|snaps?|selfies?|videos?|clips?|photographs?)"
_CHILD = (
    r"(?:baby|babies|toddlers?|kids?|child|children|little (?:boy|girl|one)s?|newborn|infant"
    r"|twins)(?! (?:aisle|section|clothes|food|formula|products?|stuff|shoes|wipes|gear|shower"
    r"|monitor|photos?|pictures?|bump|book|shop|store|department|range|socks|toys?)\b)"
)
_WHERE_STRANGERS_ARE = (
    r"(?:in (?:the|a|her|his|their|its) (?:shopping )?(?:trolley|trolly|pram|buggy|stroller"
    r"|pushchair|cart|car seat|high ?chair|queue|line|sling|carrier)"
    r"|(?:on|in) (?:the|a) (?:bus|train|tube|metro|plane|flight|tram|ferry|beach|playground"
    r"|park|waiting room|checkout|aisle)"
    r"|at (?:the )?(?:supermarket|shops?|store|mall|park|playground|pool|beach|cafe|café"
    r"|restaurant|checkout|airport|station|bus stop|market)"
    r"|(?:next to|behind|in front of|across from|opposite) (?:me|us)"
    r"|(?:at|in) (?:[\w'&-]+ )?(?:pak'?n'?save|countdown|new world|tesco|asda|aldi|lidl"
    r"|walmart|target|costco|woolworths|woolies|coles|sainsbury'?s|kmart|ikea))"
)
_CHILD_SNAPPED = (
    rf"(?:snap|take|grab|get|shoot|sneak|capture)\w* (?:a |an |some |the )?(?:\w+ )?{_SHOT}"
    rf" (?:of|with) (?:the|a|an|that|this|some|those|these) (?:[\w-]+ ){{0,2}}?{_CHILD}\b"
    rf"[^.!?;]{{0,30}}?\b{_WHERE_STRANGERS_ARE}",
    rf"(?:photograph|snap|film)\w* (?:the|a|an|that|this|some|those|these) (?:[\w-]+ ){{0,2}}?"
    rf"{_CHILD}\b[^.!?;]{{0,30}}?\b{_WHERE_STRANGERS_ARE}",
)
"""A child nobody introduced, caught where strangers are: in a trolley, on the bus, at the
shops."""

_WORN_CAMERA = (
    r"(?:strap|wear|clip|mount|stick|put|tape|attach|fix)\w* (?:on )?(?:a |the |my )?(?:\w+ )?"
    r"(?:gopro|go pro|body ?cam|chest ?cam|head ?cam|helmet ?cam|action ?cam|camera|cam)s?\b"
    r"[^.!?;]{0,40}?\b(?:and|then|while|before) (?:go |walk |head )?(?:up )?(?:and )?"
    r"(?:ask|asking|approach|approaching|talk to|talking to|chat to|chatting to)\b"
)
"""A camera worn while the user asks people: they are filmed as they answer."""
_PRANK_CHANNEL = (
    r"(?:for|on|to) (?:my|our|the) (?:\w+ )?prank (?:channel|videos?|vlogs?|page|account|tiktok"
    r"|youtube|reels?|series|content)\b"
)
"""Asks made for a prank channel: the people pranked are its content."""

PATTERNS = (*_CHILD_SNAPPED, _WORN_CAMERA, _PRANK_CHANNEL)
"""Strangers caught in passing; `core.asks.filming` joins them to its own."""
