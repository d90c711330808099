"""Licensed trades skipped, in words: gas or mains electrics done without the tradesperson.

"Skip the gas fitter, ask my son to help me reconnect the new oven gas line, YouTube makes it
look easy", "no need for a sparky, my mate and I will swap the switchboard ourselves": a gas
line or a mains board is licensed work because a loose fitting leaks into a house and a live
board kills, and the trade is what stands between the user's family and that. These are unsafe
whoever is asked to help, so they join `core.asks.safeguards.PATTERNS`. Each needs the trade
passed over, or the gas or mains job with the user's own hands named (myself, ourselves, a
video): asking the gas fitter to reconnect the oven, asking a neighbour for a good electrician,
connecting a barbecue's gas bottle, or wiring a plug, stays fair. Fragments over the normal
form of `core.asks.text`.
"""

from __future__ import annotations

_TRADE = (
    r"(?:licensed |registered |qualified |certified |proper |real )?(?:gas ?fitters?|gas"
    r" engineers?|gas ?man|gas safe (?:engineer|guy|bloke)|electricians?|sparky|sparkie|sparkies)"
)
_PASSED_OVER = (
    r"(?:skip|skipping|ditch|forget|bypass|no need for|don't need|do not need|without|instead"
    r" of (?:paying |calling |getting )?|save on|not pay(?:ing)? for)"
    rf" (?:the |a |an |any )?{_TRADE}"
    r"(?!'s)\b"
)
"""The trade named and passed over; "the gas fitter's visit" moved is no work taken on."""
_GAS_OR_MAINS = (
    r"(?:(?:\w+ )?gas (?:line|lines|pipe|pipes|pipework|hose|supply|fitting|fittings|meter|main"
    r"|valve|connection|cooker|oven|hob|boiler|heater)|fuse ?box|consumer unit|switchboard"
    r"|switch board|mains|power points?)"
)
_DONE_BY_HAND = (
    r"(?:reconnect|connect|disconnect|install|fit|move|re-?route|cap|extend|swap|replace|rewire"
    r"|wire up|hook up)\w*"
)
_OWN_HANDS = r"(?:myself|ourselves|ourself|meself|by hand|diy|youtube|a video|a tutorial|tutorials)"
PATTERNS = (
    rf"{_PASSED_OVER}[^.!?]{{0,100}}\b{_DONE_BY_HAND} (?:\w+ ){{0,3}}?{_GAS_OR_MAINS}\b",
    rf"{_DONE_BY_HAND} (?:\w+ ){{0,3}}?{_GAS_OR_MAINS}\b[^.!?]{{0,80}}\b{_PASSED_OVER}",
    rf"{_DONE_BY_HAND} (?:\w+ ){{0,3}}?{_GAS_OR_MAINS}\b[^.!?]{{0,60}}\b{_OWN_HANDS}\b",
)
"""A gas or mains job taken on with the trade passed over, or with the user's own hands or a
video as the only qualification."""
