"""Filming a friend who already said yes, or asking them first whether they will be in it.

"Film my mate surfing for my reel, he already said he's keen", "film my buddy's deadlift for
my page, he's cool with it", "ask my friend if she will model my new design for my
Instagram": the person on camera agreed, or the ask is the question that lets them say no.
`RECORDED` in `core.asks.conduct` reads "for my reel" as someone filmed for the user's page,
and `ASKS_CONSENT` there knows only "if I can film" and "she said it's fine"; these are the
other ways users say the same thing. The slots read them only of the one person the ask is
about: a camera on customers, a class or strangers is still read by
`core.asks.posting_people` first, and a secret by `conduct.SECRETLY`. It matches the normal
form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_ONE = r"(?:she|he|they)"
_WILLING = (
    r"(?:keen|cool|fine|happy|ok|okay|alright|all right|up for it|well up for it|down|game"
    r"|chuffed|buzzing)"
)
"""How a friend says yes to being filmed ("he's keen as", "she's well up for it")."""

AGREED = words(
    rf"{_ONE}(?:'s| has| have|'ve)? (?:already )?(?:said|agreed|told me|confirmed|messaged"
    rf"|texted) (?:that )?(?:{_ONE}(?:'s|'re| is| are) (?:totally |well |more than )?)?{_WILLING}"
    r"(?: as| with (?:it|that|this|being \w+)| for it| to be \w+)?",
    rf"{_ONE}(?:'s|'re| is| are) (?:already |totally |well )?{_WILLING} (?:with|about) (?:it|that"
    r"|this|being (?:filmed|recorded|in it|on camera))",
    rf"{_ONE} (?:already )?said {_ONE}(?:'d| would| will|'ll)(?: do it| be happy to| love to)?"
    r"(?= ?[.!,;]| ?$)",
)
"""The person on camera already said yes ("he already said he's keen as", "he said he would")."""

ASKED_TO_SIT = words(
    rf"(?:if|whether) {_ONE}(?:'ll| will|'d| would)? (?:be (?:happy|willing|keen|up for it)"
    r" to |like to |want to |mind )?(?:model|modelling|modeling|pose|posing|sit|be (?:in|on) (?:my"
    r"|the|a) (?:\w+ )?(?:video|photo|shoot|reel|post|tiktok|page|story|film|vlog|clip))\b",
)
"""The ask is the question: whether the person will model or be in the user's video."""


def agreed_to_camera(text: str) -> bool:
    """Whether the words say the person on camera already said yes, or ask them first."""
    return has(AGREED, text) or has(ASKED_TO_SIT, text)
