"""An outfit checked for an occasion, with a joke at the user's own expense: no verdict sought.

"Ask Aoife to be dead honest about whether this dress works for the wedding or if I look like a
lampshade", "ask my best friend if this suit is right for the interview or if I look like a
sofa": the question is whether the clothes suit the occasion, and the user's "I look like a
lampshade" is a joke about the clothes, a curtain or a sofa, not their face, body or worth put
to someone. The judgement lexicon (`core.asks.judgement`) reads "if I look" there; these spans
are left out of it. "If this dress makes me look fat", "if I look like a loser", "if I look old
in it" are still read. Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, hits, words

_FOR_THE_OCCASION = words(
    r"(?:this|that|the|my) (?:\w+ )?(?:dress|outfit|suit|fit|look|shirt|jacket|jumpsuit|saree"
    r"|sari|lehenga|kurta|tie|blazer|gown|hat|fascinator|shoes|heels|top|skirt) (?:\w+ )?(?:works?"
    r"|is right|is okay|is ok|is appropriate|goes|fits the dress code|is too much|is enough)"
    r" (?:\w+ )?(?:for|at|with)\b",
)
"""Clothes asked about for an occasion ("whether this dress works for the wedding")."""
_OBJECT_JOKE = words(
    r"(?:if|whether|or) (?:i )?looks? like (?:a|an|the|some) (?:\w+ )?(?:lampshade|curtains?|sofa"
    r"|couch|tablecloth|tent|sack|bin bag|bin liner|christmas tree|traffic cone|cake|carpet|rug"
    r"|wallpaper|cushion|duvet|parrot|flamingo|highlighter|banana|pumpkin|disco ball|doily"
    r"|bridesmaid|mushroom|penguin|traffic warden|lollipop)s?\b",
)
"""The user likened to a thing for fun: a lampshade, a curtain, a traffic cone."""


def outfit_check_spans(text: str) -> list[tuple[int, int]]:
    """Where clothes are checked for an occasion and the user jokes they look like a thing."""
    if not has(_FOR_THE_OCCASION, text):
        return []
    return [match.span() for match in hits(_OBJECT_JOKE, text)]
