"""A person who has cut the user off, told in the user's own words.

Users write a block the way they would say it: "Kofi block me since we break up", "ex-wife
block my Zalo", "she don block me for WhatsApp", Tagalog "blinock na ako" or "naka-block na
ako sa kanya", Swahili "alinikata on WhatsApp" (she cut me off). Whoever blocks the user has
said no to contact; a dummy account, a cousin sending the message "from me" or a friend who
DMs her "so it's not me contacting her" are the same contact by another road.

Silence after a break-up is a no too: "she hasn't replied since we split", "left on read for
three months after the breakup"; waiting at her gate or paddling out next to her to talk
turns it into a meeting she never agreed to. A friend who hasn't replied since Tuesday, whom
the user checks on, is no break-up: only silence that follows one is read here.

`core.asks.slots` reads `cuts_off` into `gets_round_block`; the lexicons match the normal form
of `core.asks.text`.
"""

from __future__ import annotations

import re

from core.asks.kept_away import asks_for_distance
from core.asks.text import has, without, words

_APPS = (
    r"(?:number|line|account|acc|dms?|calls|messages|chat|profile|zalo|viber|whatsapp|wechat"
    r"|kakao(?:talk)?|telegram|signal|messenger|insta(?:gram)?|ig|fb|facebook|snap(?:chat)?"
    r"|tiktok|twitter|x)"
)
_NOT_THE_USER = (
    r"(?!(?:i|we|you|to|can|could|will|would|should|must|please|pls|and|or|not|never|just"
    r"|also|then|me|let|help|how|why|app|admin|won't|don't|doesn't|didn't|can't|cannot|wouldn't"
    r"|couldn't|shouldn't|to)\b)"
)
"""The one blocking is anyone but the user ("I'll block him", "how to block", "ask the admin
to block me from the spam list" read elsewhere), and blocks: "why they won't block my number
from spam calls" asks for a block the user wants."""

BLOCKED = words(
    rf"(?<!'){_NOT_THE_USER}\w[\w'-]* (?:don |done |has |had |go |just |already |na )?"
    rf"block(?:s|ed)? (?:me|mi|my (?:\w+ )?{_APPS})\b",
    r"blinock|binlock|(?:naka|na)-?block(?:ed)? (?:na )?(?:ako|ko|niya)\b",
    r"(?:a|wa)(?:li|me|na)?ni(?:kata|kat\w+|block\w*|blok\w*)",
    r"(?:dummy|poser) (?:acc|account|profile|fb|ig|insta)\b",
    r"(?<!to )(?<!i'll )(?<!i will )(?<!please )block(?:s|ed)? me (?:everywhere|on everything"
    r"|on all (?:\w+ )?(?:apps|socials|platforms|channels))\b",
)
"""A block in the user's own words: anyone but the user blocking "me", "mi" or "my Zalo", the
Tagalog and Swahili forms, a dummy account (a "poser") made to write anyway, or "block me
everywhere" after whatever came first ("change her number and block me everywhere")."""

_ONE_OF_MINE = (
    r"(?:her|him|them|my (?:daughter|son|sister|brother|mum|mom|mother|dad|father|niece|nephew"
    r"|cousin|friend|best friend|kid|child|girl|boy))"
)
_FOR_THEM = (
    rf"(?<!'){_NOT_THE_USER}\w[\w'-]* (?:don |done |has |had |just |already |went and )?"
    rf"block(?:s|ed)? {_ONE_OF_MINE}(?: (?:everywhere|on (?:everything|all \w+|\w+))|(?=[.,;!?]"
    r"| so\b| and\b| since\b| after\b| because\b| cos\b))[^.!?]{0,60}?\b(?:i'll|ill|i will|i'm"
    r" going to|i am going to|i go|let me|then i|i)\s?(?:\w+ )?(?:message|msg|text|dm|call|ring"
    r"|email|contact|write to|reach out to|inbox|whatsapp|find|add)\w* (?:him|her|them)\b"
)
"""Someone who blocked the user's daughter or friend, written to by the user instead ("my
daughter's ex blocked her everywhere, so I'll message him on my Facebook"): the block was a no
to her side of the family, and the user's account is another road to the same door. Asking
the daughter how she is, or blocking him back, goes round nobody."""

_ROUND_A_BLOCK_FOR_THEM = words(_FOR_THEM)

_SPLIT = (
    r"(?:split|split up|broke up|break up|breakup|break-up|broken up|separated|divorced?"
    r"|ended (?:it|things)|dumped me)"
)
_QUIET = (
    r"(?:(?:hasn't|has not|haven't|have not|hadn't|not|never|didn't|did not|doesn't|won't"
    r"|stopped) (?:repl(?:y|ied|ying)|answer(?:ed|ing)?|respond(?:ed|ing)?|text(?:ed)? (?:me )?back"
    r"|spoken to me|talked to me|picked up)|left (?:me )?on read|no (?:reply|replies|answer))"
)
GONE_QUIET = words(
    rf"{_QUIET}\b.{{0,40}}\b(?:since|after) (?:we|the|our|i|she|he|they) ?(?:\w+ )?{_SPLIT}\b",
    rf"(?:since|after) (?:we|the|our|i) ?(?:\w+ )?{_SPLIT}\b.{{0,40}}\b{_QUIET}",
)
"""Silence that is a no to contact: no reply since the break-up, or left on read for months
after it."""

GO_BETWEEN = words(
    r"(?:get|ask|have|make) (?:my|a|our) (?:\w+ )?(?:pal|friend|mate|buddy|cousin|sister|brother"
    r"|padi|bestie|bff|flatmate|roommate) to (?:dm|message|text|call|ring|email|contact|tell|ask"
    r"|send) (?:her|him|them)\b.{0,80}\bnot (?:me|really me)\b",
    r"not (?:me|really me|technically me) (?:contacting|messaging|texting|calling|reaching out)"
    r"|(?:send|pass|give|forward) (?:her|him|them) (?:a |my |the )?(?:message|messages|note|text"
    r"|letter|words?) from me\b",
)
"""Contact through someone else, named as a way round ("that's not me contacting her
technically", "send her message from me")."""


KEPT_FROM = words(
    r"(?:to get away from|to escape|to be rid of) me\b",
    r"(?:she|he|they) (?:ignores|is ignoring|has been ignoring|keeps ignoring) (?:my|your)"
    r" (?:messages|texts|calls|emails|dms)\b",
    r"\bex\b[^.!?]{0,80}\b(?:she|he|they) (?:won't|doesn't|will not|does not|stopped|no longer)"
    r" (?:talk|speak|reply|answer)\w*(?:(?: to)? me\b| otherwise\b| any ?more\b| to my \w+)",
    r"(?:turn|show|go|drive|head)\w*(?: out| up| round| over)? (?:\w+ ){0,2}(?:at|to)"
    r" (?:my |your )?ex's (?:parents'?|mum's|mom's|dad's|family's|sister's|brother's|grandma's"
    r"|nan's) (?:\w+ )?(?:house|place|home|door|flat)\b[^.!?]{0,60}\bask (?:\w+ )?(?:if|whether"
    r"|why|where|when) (?:she|he)\b",
    r"no (?:flyers|cold call(?:s|ers?)?|canvass\w*|hawkers|soliciting|solicitors|salespeople"
    r"|junk mail)\b[^!?]{0,80}\b(?:ring|knock|press|buzz|call|leave|post|put|drop|push|stick"
    r"|slip|pitch|try)\w* (?:[\w']+ ){0,4}?anyway\b",
)
"""Distance kept from the user in other words: a group chat left "to get away from me", an
ex who ignores the user's messages or won't talk to them ("she won't reply otherwise", said of
waiting outside her church), sought at her parents' door, or a
"no cold calls" sign rung past anyway."""

ASKED_THEMSELVES = words(
    r"ask (?:my|our) (?:mum|mom|mam|mother|dad|father|sister|brother|son|daughter|wife|husband"
    r"|partner|(?:best )?friend|mate|gran|nan|grandma|grandad|aunt|auntie|uncle|cousin) why"
    r" (?:she|he|they) (?:ignores|is ignoring|has been ignoring|keeps ignoring) (?:my|your)"
    r" (?:messages|texts|calls|emails|dms)\b",
)
"""The one who ignores the messages asked why, in the user's own family or circle ("ask my mum
why she ignores my messages"): the user speaks to her, nobody is gone round."""


MOVED_UNTOLD = words(
    r"(?:she|he|they|(?:my )?ex(?:-\w+)?) (?:moved|moved out|moved away|moved house|left"
    r"|relocated|changed (?:her|his|their) (?:number|address))\b[^.!?;]{0,30}?\bwithout"
    r" (?:telling|informing|letting) (?:me|us)\b",
)
"""A move or a new number kept from the user ("she moved without telling me")."""
_NEW_ADDRESS_SOUGHT = words(
    r"(?:her|his|their|[\w-]+'s) (?:new|current|latest|forwarding) (?:home )?(?:address|place"
    r"|flat|house|number|whereabouts)|(?:new|current|latest|forwarding) (?:home )?(?:address"
    r"|number) (?:of|for)\b|where (?:she|he|they)(?:'s| is|'re| are| has| have)? (?:now"
    r" |currently )?(?:lives?|living|moved|staying|gone)\b",
)
"""The home or the number the move kept from the user, sought."""


def _ex_moved_untold(text: str) -> bool:
    """An ex who moved without telling the user, whose new address is sought all the same
    ("ask my cousin to find out the new address of my ex-wife, she moved without telling me"):
    the silence was the no, and a cousin is another road to the same door. A friend's move
    kept quiet, or an ex asked where to hand over the kids, is not this."""
    ex = re.search(r"\bex\b|\bex-\w+", text) is not None
    return ex and has(MOVED_UNTOLD, text) and has(_NEW_ADDRESS_SOUGHT, text)


_SAID_NO_CONTACT = words(
    r"(?:said|says|told me|asked me)\W{1,3}(?:to )?(?:don't|do not|not to|never|stop)"
    r" (?:to )?(?:contact|call|text|message|dm|write|email)\w*",
)
"""A no to contact said outright ("ex said don't contact her")."""


_BLOCK_CUES = ("lock", "nock", "blok", "nikat", "dummy", "poser")
"""Letters every block lexicon above needs ("blinock" too), looked for first: most asks name
no block, and a substring test is far cheaper than patterns that start at every word."""


def cuts_off(text: str) -> bool:
    """A block in the user's words, silence since a break-up, a go-between after a block or
    a no to contact, or distance asked for (`core.asks.kept_away`)."""
    if any(cue in text for cue in _BLOCK_CUES) and has(BLOCKED, text):
        return True
    if "lock" in text and has(_ROUND_A_BLOCK_FOR_THEM, text):
        return True
    if has(GONE_QUIET, text) or has(KEPT_FROM, without(ASKED_THEMSELVES, text)):
        return True
    if has(_SAID_NO_CONTACT, text) and has(GO_BETWEEN, text):
        return True
    if "without" in text and _ex_moved_untold(text):
        return True  # a move kept from the user, traced all the same
    return asks_for_distance(text)
