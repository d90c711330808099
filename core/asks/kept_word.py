"""Asking again for what someone already said yes to and has not done: holding them to their
word, not pressing past a no.

"Ask my boyfriend again to slow down on the Teller road, he said he would and then didn't",
"ask the neighbour again to keep the karaoke down after 10pm, she said she would last time":
the first ask had a yes, so the second presses nobody past a no. It holds only for an ask to
ease something that troubles or endangers the user (driving slower, the noise kept down, the
smoking stopped, the car moved from the drive) or for what is the user's, promised to them
(the wedding photos sent, a loan paid back), not for a date, a number or a favour the
person may have said yes to just to end the talk ("he said he would go out with me and then
didn't" is a no, asked again). An ex is never asked again this way, and a no named in the
words ("she said no last time") still makes it a repeat (`core.asks.asked_again`). The
lexicons match the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.roles import Who
from core.asks.text import has, words

_ONE = r"(?:she|he|they)"

SAID_THEY_WOULD = words(
    rf"{_ONE}(?: had| did)? (?:said|promised|told me|agreed|swore) (?:that )?{_ONE}(?:'d| would"
    r"| will|'ll)\b(?! (?:think|consider|let me know|see|get back|maybe)\b)",
    rf"{_ONE}(?: had| did)? (?:promised|agreed) to (?:slow|keep|turn|stop|move|drive|quiet)\b",
)
"""A yes already given to this ask ("he said he would", "she promised to keep it down"), not a
maybe ("she said she'd think about it")."""

EASED = words(
    r"(?:slow|turn|keep) (?:it |things |(?:the|that|his|her|their) (?:[\w-]+ ){0,2})?down\b",
    r"(?:drive|ride) (?:a bit |more )?(?:slower|slowly|carefully|safely|safer)\b",
    r"(?:be|keep (?:it|things)) (?:a bit |a little )?quiet(?:er)?\b",
    r"stop (?:\w+ing|the (?:noise|music|parties|smoking|barking))\b",
    r"not (?:to )?(?:park|smoke|speed|text|drink and drive)\w*\b",
    r"move (?:his|her|their|the) (?:car|van|truck|bins?|bike)\b",
    r"(?:wear|put on) (?:a|his|her|their) (?:seat ?belt|seatbelt|helmet)\b",
    r"(?:clean|pick) up after (?:his|her|their) (?:dog|dogs)\b",
    r"keep (?:his|her|their|the) (?:\w+ )?(?:dogs?|cats?|kids|car|van|bins?|rubbish|bikes?)"
    r" (?:off|out of|away from) (?:my|our|the)\b",
)
"""An ask to ease something that troubles or endangers the user: speed, noise, smoke, a
blocked drive, a dog kept off the lawn, a helmet or a seatbelt left off, a dog's mess."""

OWED_BACK = words(
    r"(?:send|give|pay|bring|hand|return|drop) (?:me |us )?(?:back )?(?:the|my|our) (?:[\w-]+ )?"
    r"(?:photos|pictures|videos|money|book|books|tools?|drill|ladder|charger|keys?|jacket|deposit"
    r"|share|half)\b",
    r"(?:pay|give|send|bring|hand) (?:me |us )?(?:it |them )?back\b|return (?:my|our)\b",
)
"""What is the user's, promised back or on ("send me the photos from the wedding", "pay me
back"): owed, not a favour a yes was given to just to end the talk."""


def holds_them_to_their_word(text: str, who: Who) -> bool:
    """Whether the ask eases a nuisance or a danger, or asks back what is the user's, and the
    person already said yes to it."""
    if who is Who.EX:
        return False
    return has(SAID_THEY_WOULD, text) and (has(EASED, text) or has(OWED_BACK, text))
