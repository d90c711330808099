"""Workmates at a stage, a stand or a rank: the other riders and drivers the user works beside.

"Ask the other riders at Kireka stage if we can start a savings group", "ask Malli, the other
driver at our stand, to cover my 4am airport hire": a boda rider or a taxi driver waits for
fares at a stage, a stand or a rank with the others who do the same job there. "The other
riders" and "the other driver" say the user is one of them, and the place says where they
work together: colleagues, not strangers met in passing (read as such, a savings group was
more than a moment of a stranger's day) nor staff serving the user (read as such, a swap of
fares was money out of a driver's pocket). Riders or passengers "at the stage" without
"other" or "fellow" are still the public. Fragments for the role patterns of
`core.asks.local_roles`, over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_WORKERS = (
    r"(?:riders?|drivers?|conductors?|operators?|touts?|boda(?:-boda)? (?:riders?|guys?|men)"
    r"|bodas?|okada (?:riders?|men)|keke (?:riders?|men)|cabbies|cabbie|taxi (?:drivers?|men)"
    r"|tuk-?tuk (?:drivers?|men)|rickshaw (?:drivers?|wallahs?|walas?))"
)
_WAITING_PLACE = (
    r"(?:stage|stand|rank|taxi rank|cab rank|base|depot|park|terminal|terminus|station|adda"
    r"|pangkalan|paradero)"
)

COLLEAGUE = (
    rf"(?:the|an?|another|my|our) (?:other|fellow) (?:[\w-]+ )?{_WORKERS} (?:at|on|from|of)"
    rf" (?:(?:the|our|my) )?(?:[\w-]+ ){{0,2}}?{_WAITING_PLACE}\b",
)
"""The other riders or drivers at the user's stage, stand or rank."""
