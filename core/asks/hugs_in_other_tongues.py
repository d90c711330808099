"""A hug or a high five asked of someone by name, in the word order of Hindi or Indonesian.

"Santosh se high five maangna" (Hindi: to ask Santosh for a high five; "se", from, after the
name, and the verb "maangna" last) and "minta high five dari Dimas" (Indonesian: ask a high
five from Dimas) name the person after or around the hug rather than after an English asking
verb, so `core.asks.named_hugs` did not see them, and the rest of the ask ("in front of the
whole group") was read as the one asked. Someone the user calls by first name for a hug or a
high five is someone they know, as in English. A massage or a back rub is no hug and is not
read here. Patterns over the words as written, where a capital shows a name.
"""

from __future__ import annotations

import re

from core.asks.text import NAME

_HUG = (
    r"(?i:(?:a |ek |one )?(?:big |quick |proper )?(?:hug|high[- ]?five|fist[- ]?bump|jhappi"
    r"|jaadu ki jhappi|peluk(?:an)?|tos|pelukan hangat))"
)
_NAME = rf"((?!I\b){NAME})"

_BY_NAME_ABROAD = (
    re.compile(
        rf"\b{_NAME} (?i:se|say|sey|ko|ke) {_HUG} (?i:maang\w*|mang\w*|lena|lo|le|lunga|lungi"
        r"|dena|do|chahiye)\b"
    ),
    re.compile(
        rf"\b(?i:minta(?:lah|kan)?|mau minta|ajak) {_HUG} (?i:dari|ke|sama|pada|kepada|ama) {_NAME}"
        r"\b"
    ),
    re.compile(rf"\b(?i:minta(?:lah|kan)?) {_NAME} (?i:untuk )?(?i:kasih |beri )?{_HUG}\b"),
    re.compile(
        r"(?i:ζητ[ηή]σω|ζητ[άα]ω|ζητ[άα]|ρωτ[ήη]σω) (?i:απ[όο] |σ)?(?i:τον|την) ([Α-ΩΆΈΉΊΌΎΏ]"
        r"[α-ωάέήίόύώϊϋΐΰ]+) (?i:(?:αν θ[έε]λει )?(?:μια |λ[ίι]γη )?αγκαλ[ιί][άα]|αγκαλ[ιί]τσα)"
    ),
)
"""The hug and the name in Hindi ("Santosh se high five maangna") or Indonesian ("minta high
five dari Dimas", "minta Dimas peluk")."""


def hugged_by_name_abroad(raw: str) -> str | None:
    """The name of someone asked by first name for a hug in Hindi or Indonesian word order."""
    for pattern in _BY_NAME_ABROAD:
        match = pattern.search(raw)
        if match is not None:
            return match.group(1).lower()
    return None
