"""An outfit put to the user's own followers in a poll: their work shown, no verdict on them.

"Poll on my IG story: ask followers to rate my outfit for the Jakarta Fashion Week vlog",
"ask my subscribers to vote on which fit I wear to the launch": the judgement lexicon reads
"rate my outfit" as a verdict on the user's looks, which a card may not ask of anyone. Put to
the user's own followers, in a poll they may skip, about clothes the user chose and styled,
it is feedback on the user's work, as a designer's or a stylist's. A stranger or a barista
asked to score an outfit is still read, and so is any poll that names the user's face or body,
weight, make-up or how hot or pretty they are ("rate my face no makeup 1-10", "does this outfit
make me look fat"). `core.asks.judgement` leaves these spans out. Fragments over the normal
form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, hits, words

_RATED = words(
    r"(?:rate|rating|score|scoring|vote on|voting on|judge|judging|rank|ranking|review"
    r"|reviewing) (?:my|this|today's|tonight's|the) (?:\w+ )?(?:outfits?|fits?|ootd|styling"
    r"|looks? for|style for|styles? for|lookbook)\b",
    r"(?:which|what) (?:outfit|fit|look) (?:i|should i) (?:wear|pick|choose)\b",
)
"""An outfit the user styled, put to a vote ("rate my outfit for the vlog", "which fit I wear")."""
_OWN_AUDIENCE = words(
    r"(?:my )?followers|(?:my )?subscribers|(?:my )?(?:ig|insta|instagram|tiktok|fb)? ?(?:story"
    r"|stories)|polls?|my (?:page|channel|feed|viewers)",
)
"""The user's own audience, or a poll they may skip."""
_ON_THE_BODY = words(
    r"face|faces|body|bod|fat|fatter|thin|skinny|weight|ugly|uglier|pretty|prettier|hot|hotter"
    r"|sexy|attractive|cute|makeup|make-up|skin|figure|legs|belly|chest|bum|butt|boobs|curves"
    r"|look (?:fat|old|cheap|big|small)|me or|than (?:me|her|him)|hijab",
)
"""Words judging the user's face, body or looks, or comparing them with someone else."""


def outfit_poll_spans(text: str) -> list[tuple[int, int]]:
    """Where an outfit is put to the user's own followers and nothing judges their body."""
    if not has(_OWN_AUDIENCE, text) or has(_ON_THE_BODY, text):
        return []
    return [match.span() for match in hits(_RATED, text)]
