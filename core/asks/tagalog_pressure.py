"""Leaning on a no in Tagalog and Taglish: "so he can't refuse", "until she agrees".

Users write their cards in the words they think in: "ask my kumpare to be ninong in front of
everyone para hindi siya makatanggi" (so he can't refuse), "sabihin sa friend ko na di ako
aalis hangga't di siya pumapayag" (that I won't leave until she agrees). The English readings
of `core.asks.leverage` never see these. A worry of the user's own ("baka tumanggi siya",
he might say no) asks nothing and is not read. Read into the ask's `demands` by
`core.asks.slots`; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_HE = r"(?:siya|sya|sila|ka|kayo|nila|niya)"
_NOT = r"(?:hindi|di|'di)"

NO_WAY_TO_REFUSE = words(
    rf"(?:para|para lang|para talaga|kasi|kaya) {_NOT} (?:na )?{_HE} (?:maka|makaka|mapa)"
    r"(?:tanggi|hindi|ayaw)\w*",
    rf"{_NOT} (?:na )?{_HE} (?:maka|makaka)(?:tanggi|hindi)\w*",
)
"""A no the user means the person cannot give: "para hindi siya makatanggi"."""

UNTIL_THEY_AGREE = words(
    rf"{_NOT} ako (?:aalis|uuwi|titigil|susuko|tatayo|lalabas)\b[^.!?;]{{0,60}}?\b(?:hangga't"
    rf"|hanggang|habang) {_NOT} (?:pa )?{_HE} (?:pumapayag|pumayag|papayag|umoo|oumoo|nag-?oo"
    r"|sumasang-?ayon|magbigay|nagbibigay|pumirma)",
)
"""Staying until the person gives in: "di ako aalis hangga't di siya pumapayag"."""


def presses_in_tagalog(text: str) -> bool:
    """Whether the ask, in Tagalog words, leaves the person no way to refuse or stays until
    they agree."""
    return has(NO_WAY_TO_REFUSE, text) or has(UNTIL_THEY_AGREE, text)
