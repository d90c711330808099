"""Someone the user chats with every day, named by what they do rather than as a friend.

"Ask the rolex guy at the stage for his egg recipe, we chat every day but I never even asked
his name": the roles read a man named by his stall as a stranger, and a recipe asked of a
stranger is more than a moment of their day. The words after him say otherwise: someone the
user talks with every day or every morning is an acquaintance, known well enough to be asked
a favour and to say no to it, whether or not the user knows his name. Staff stay staff (a
barista chatted to every morning still serves the user), and a near stranger stays one when
the words say so ("we almost know each other" is read by `core.asks.strangers.BARELY_KNOWN`).
Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.asked import Asked
from core.asks.roles import Who
from core.asks.text import has, words

CHAT_DAILY = words(
    r"(?:we|i) (?:always |usually |often )?(?:chat|talk|catch up|have a chat)(?: to each other"
    r"| with (?:him|her|them)| to (?:him|her|them))? (?:every|each) (?:single )?(?:day|morning"
    r"|evening|night|afternoon|lunch|lunchtime)\b",
    r"(?:every|each) (?:single )?(?:day|morning|evening) (?:we|i) (?:chat|talk|catch up)\b",
)
"""The user and the person asked talking every day or every morning ("we chat every day")."""


def known_from_daily_chats(text: str, asked: Asked) -> Asked | None:
    """A person the roles found a stranger, whom the user says they chat with every day: an
    acquaintance. `text` is in normal form."""
    if asked.who is not Who.STRANGER or not has(CHAT_DAILY, text):
        return None
    return Asked(Who.ACQUAINTANCE, asked.named_as, asked.as_object)
