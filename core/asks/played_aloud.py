"""Someone's own words played or read out to others: a voice note, a text, a reply.

"Save my friend's voice note saying no and play it out loud at the party", "screenshot-free, just
read his texts aloud to the group": what someone said to the user alone is put before a room
that never was meant to hear it, and a no most of all. `core.asks.conduct` reads a recording
made of someone and their messages shared or posted; these are the words sent to the user and
replayed to others in person. The user's own voice note played back, or a friend's message read
out with the friend asking for it ("she asked me to read her speech at the wedding"), stays fair:
the shape needs another person's message and an audience. Read by
`core.asks.posting_people.posts_others`, after the slots have let a yes asked first stand;
fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_THEIR_WORDS = (
    r"(?:[a-z]+(?:'s|s')|her|his|their) (?:\w+ )?(?:voice ?notes?|voice messages?|voicemails?"
    r"|voice memos?|texts?|messages?|dms?|replies|reply|letters?|emails?)\b"
)
_PLAYED = (
    r"(?:play|playing|played|read|reading|blast|blasting|put|putting)(?: (?:it|them|that|those"
    r"|this|these))?(?: back)?(?: out)?"
)
_AUDIENCE = (
    r"(?:(?:out loud|aloud|on (?:the )?speaker) )?(?:to (?:everyone|everybody|the (?:whole )?"
    r"(?:group|room|class|party|table|team|office|lads|girls|gang))|(?:at|during) (?:the|a|my|our"
    r"|her|his"
    r"|their) (?:\w+ )?(?:party|dinner|pub|office|meeting|gathering|braai|barbecue|bbq|drinks"
    r"|do|sleepover|hangout)|in front of (?:everyone|everybody|all|the (?:whole )?\w+))\b"
)
"""Others gathered to hear it: a group, a party, a room; a funeral or a wedding, where a letter
read aloud is a tribute, is not among them."""
PLAYED_TO_OTHERS = words(
    rf"{_THEIR_WORDS}[^.!?;]{{0,60}}\b{_PLAYED} (?:[^.!?;]{{0,20}} )?{_AUDIENCE}",
    rf"{_PLAYED} (?:\w+ ){{0,2}}?{_THEIR_WORDS}(?: [^.!?;]{{0,20}})? {_AUDIENCE}",
)
"""Another person's voice note, text or reply, and its playing or reading to a room."""
_OWN = words(r"my (?:own )?(?:voice ?notes?|voice messages?|voice memos?|texts?|messages?)\b")
_ASKED_FIRST = words(
    r"ask\w* (?:\w+ ){0,3}?(?:if|whether) (?:i|we) (?:can|could|may|might) (?:play|read|share)\b",
)
"""The person asked first whether their message may be played: theirs to say yes or no to."""


def plays_their_words(text: str) -> bool:
    """Whether the ask plays or reads another person's message to an audience, unasked."""
    if not has(PLAYED_TO_OTHERS, text) or has(_OWN, text):
        return False
    return not has(_ASKED_FIRST, text)
