"""A no answered with shame: the person branded before the group, or heaven's eye held over them.

"Ask my coworker to do my report, and if she says no, tell the whole department she's selfish":
a no named in advance as selfishness, broadcast to the people the person works with. "Ask aunty
for the fine mat for my wedding and tell her God will see it if she says no": a no turned into a
sin, with God, Allah or the ancestors as witness. Either way the no is made to cost the person
their name or their standing with God, so `core.asks.threats.threatens` reads them as threats.
A no that the user says is fine, a prayer asked for ("God will see us through"), or a group told
the plans changed after a no stays fair: each shape needs the no and the verdict on the person,
or the no and the divine watcher, together. Over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_NO = (
    r"(?:if|when|unless) (?:she|he|they|you|it's|its|the answer(?:'s| is)) (?:\w+ )?(?:says?"
    r" no|said no|refuses?|won't|will not|doesn't|does not|don't|do not|declines?|turns? (?:me"
    r" |it )?down|a no|no)\b"
)
_THE_GROUP = (
    r"(?:every(?:one|body)|all (?:the |our |my |her |his |their )?\w+|the (?:whole |entire )?"
    r"(?:\w+ )?(?:department|office|team|group|family|village|church|class|school|crew|street"
    r"|chat|group chat|floor|site|estate)|(?:her|his|their|our|my) (?:\w+ )?(?:friends|mates"
    r"|colleagues|workmates|coworkers|co-workers|family|church|group chat|neighbours))"
)
_BRANDED = (
    r"(?:she|he|they)(?:'s|'re| is| are| was| were) (?:so |really |such |a |an |just |being )*"
    r"(?:selfish|lazy|useless|stingy|tight|cheap|mean|greedy|a (?:snake|cheapskate|traitor|liar"
    r"|bad friend|bad sister|bad brother|bad neighbou?r|bad colleague|fake friend|hypocrite)"
    r"|two-faced|fake|heartless|ungrateful|not a team player|no team player)"
)
_WATCHER = (
    r"(?:god|allah|the lord|jesus|the ancestors|heaven|the spirits|karma|the gods|the almighty)"
    r"(?:'s| is| are|'ll| will| is going to)? (?:\w+ )?(?:see|sees|seeing|watching|watches"
    r"|knows?|remembers?|judges?|judging|punish\w*|curse\w*|record\w*|count\w*|will know)"
)

PATTERNS = words(
    rf"{_NO}[^.!?;]{{0,40}}?\b(?:tell|let|warn|post (?:to|in)|say to|message) {_THE_GROUP}"
    rf" (?:\w+ )?(?:that )?{_BRANDED}",
    rf"(?:tell|let|warn|post (?:to|in)|say to|message) {_THE_GROUP} (?:\w+ )?(?:that )?{_BRANDED}"
    rf"[^.!?;]{{0,40}}\b{_NO}",
    rf"{_NO}[^.!?;]{{0,40}}?\b(?:tell|telling) (?:her|him|them) (?:that )?{_BRANDED}",
    rf"{_NO}[^.!?;]{{0,40}}?\bcall (?:her|him|them) (?:so |really |such |a |an )*(?:selfish|lazy"
    r"|useless|stingy|tight|cheap|mean|greedy|heartless|ungrateful|fake)\b",
    rf"{_WATCHER}\b[^.!?;]{{0,40}}\b{_NO}",
    rf"{_NO}[^.!?;]{{0,40}}?\b{_WATCHER}\b",
)
"""The no branded before the group or to the person's face ("if she says no, tell her she's
selfish and then ask again": a name to shame her into a yes), or watched by God."""


def brands_a_no(text: str) -> bool:
    """Whether a no is answered, in advance, with the person's name or their God."""
    return has(PATTERNS, text)
