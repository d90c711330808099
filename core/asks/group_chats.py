"""A number asked only to add someone to a shared group's chat: the class's, the team's.

"Ask the mum at the school gate for her number for the class WhatsApp group" or "ask a lad
from 5-a-side to swap numbers so I can add him to the team group chat" asks for a line into
a group both already belong to, which every parent or player is asked for: not a private
line, even from someone the user has never spoken to. Words of a private follow-up or of
looks ("then message her", "she's gorgeous") keep the number the user's own ask.
Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, without, words

_SHARED = (
    r"(?:class|team|club|school|year|parents'?|squad|street|road|building|block|residents'?"
    r"|choir|course|league|5-a-side|five-a-side|training|group)"
)
_CHAT = r"(?:whatsapp|group chat|chat|whatsapp group|group|gc|telegram group|signal group)"
FOR_THE_GROUP = words(
    rf"(?:(?:her|his|their) (?:phone |mobile )?number|(?:swap|exchange) numbers)(?: \w+){{0,3}}"
    rf" (?:for|to|into|on) (?:the|our) {_SHARED} {_CHAT}",
    rf"(?:(?:her|his|their) (?:phone |mobile )?number|(?:swap|exchange) numbers) so (?:that )?i"
    rf" (?:can|could) add (?:him|her|them) to (?:the|our) {_SHARED} {_CHAT}",
)
"""A number asked for the shared group's chat."""
JOINS_OUR_CHAT = words(
    r"(?:join|joins|joining|joined|into|to|in|on) (?:our|the) (?:[\w-]+ ){0,3}?(?:whatsapp|telegram"
    r"|signal|viber|wechat|group chat|gc)(?: group| chat| gc)?\b(?! (?:of|for) (?:her|him|them|the"
    r" \w+ (?:girl|guy|woman|man|lady))\b)",
)
"""Someone invited into a chat the user's street, compound or class already keeps ("if she
wants to join our compound whatsapp for the NEPA light wahala"): the group's chat, not a
line of someone else's asked for."""
PRIVATE_FOLLOW_UP = words(
    r"privately|private|dms?|just (?:her|him|us)|then (?:text|message|call|ring|ask)\w*|cute|fit"
    r"|hot|gorgeous|pretty|beautiful|sexy|crush|fancy|date|out for",
)
"""A private line or a date behind the group's chat: the number is for the user after all."""


def without_group_number(text: str) -> str:
    """The text with a number asked for a shared group's chat blanked out, so it reads as no
    personal contact; unchanged when a private follow-up or a word of looks is there."""
    if has(PRIVATE_FOLLOW_UP, text, guided=False):
        return text
    return without(FOR_THE_GROUP, text)
