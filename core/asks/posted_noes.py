"""Someone's no made into a post: a story of the person refusing, or of them, unasked.

"Post a story of the bouncer saying no to me and tag the club, don't ask him first": no camera
verb, but a story of a named person turning the user down is their face and their refusal on
the user's page, and "don't ask him first" says they will have no say in it. A no is the
person's to give in private; posting it makes them the joke of the user's followers. Read by
`core.asks.posting_people.posts_others`, after the slots have let a yes asked first stand
("ask the bouncer if I can post a story of him saying no").

Fair neighbours stay fair: a story of the user's own no ("of me getting turned away"), a story
about the night that names nobody, or the user's own post with nobody's refusal in it. Each
shape needs a post of someone else with their no, or with their asking waived. Over the normal
form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_POST = (
    r"(?:post|posts|posting|share|shares|sharing|upload|uploads|uploading|put up|putting up"
    r"|stick up|make|making|do|film|record)\b (?:a |an |the |my |some )?(?:[\w-]+ )?(?:story"
    r"|stories|video|vid|clip|reel|tiktok|pic|photo|post|status|snap|live)s? (?:of|about"
    r"|showing|with) (?!(?:me|myself|us|ourselves|my (?:own|day|night|challenge|attempt"
    r"|rejection))\b)(?:the|this|that|a|an|his|her|their|my|some) (?:[\w'-]+ ){0,3}?"
)
_THEIR_NO = (
    r"(?:saying no|say no|says no|turning me down|turn me down|turns me down|refusing|refuse"
    r"|refuses|rejecting me|reject me|rejects me|telling me no|shutting me down|knocking me back"
    r"|turning me away|turn me away|turns me away|laughing at me)\b"
)
_UNASKED = (
    r"(?:don't|do not|won't|will not|never|no need to|without|not going to|no point) (?:even )?"
    r"(?:ask|asking|tell|telling|check with|checking with) (?:him|her|them|the \w+)"
    r"(?: (?:first|beforehand|before|for permission|if (?:it's|its) ok))?\b"
)

THEIR_NO_POSTED = words(rf"{_POST}{_THEIR_NO}")
"""A post of someone refusing the user ("a story of the bouncer saying no to me")."""

POSTED_UNASKED = words(rf"{_POST}[^.!?;]{{0,80}}\b{_UNASKED}")
"""A post of someone, with asking them waived ("a story of the bouncer ..., don't ask him
first")."""


def posts_their_no(text: str) -> bool:
    """Whether the words post someone's refusal, or post someone without asking them."""
    return has(THEIR_NO_POSTED, text, guided=False) or has(POSTED_UNASKED, text, guided=False)
