"""Other people's pictures posted for the user's page, or taken with their asking waived.

"Photograph customers picking their bouquets for the shop Instagram", "take pics of the
learners eating and put them on my WhatsApp status", "film my class from the back for a
reel, it's my studio so I don't need to ask each person": a class, customers or pupils shot
and posted for the user's marketing or status, or any camera turned on people with the
words saying nobody will be asked. A teacher may still film their own class for
themselves, and a parent their own children; asking first ("ask my class if I can post
it") is the fair way, read before this in the slots. It matches the normal form of
`core.asks.text`, without the guidance rule (a waived "no need to ask" is the point).
"""

from __future__ import annotations

import re

from core.asks.played_aloud import plays_their_words
from core.asks.posted_noes import posts_their_no
from core.asks.shots_sent import shots_sent

_SHOOT = (
    r"(?:film|video|record|photograph|shoot|snap|vlog|tape)\w*|(?:take|get|grab|make|capture)"
    r" (?:\w+ )?(?:photos?|pictures?|pics?|shots?|snaps?|videos?|clips?|footage|reels?)"
)
_OTHERS = (
    r"(?:students|pupils|learners|trainees|kids|children|little ones|toddlers"
    r"|customers|clients|guests|diners|shoppers|patrons|patients|residents|members|campers"
    r"|players|passengers|commuters|tourists|visitors|attendees|audience|crowd|congregation"
    r"|participants|beginners|walkers|runners|swimmers|skiers|dancers|people|strangers|randoms"
    r"|foreigners|locals|celebs|celebrities|clientes"
    r"|everyone|everybody|each person|them)"
)
"""People the user serves, teaches or passes: in a post, it is their faces on the page. A
"class" alone is the lesson a teacher films to watch themselves teach."""
_OWN_FAMILY = r"(?:my|our) (?:own )?(?:kids|children|little ones|toddlers|family)\b"
_POSTED = (
    r"(?:instagram|insta|ig|tiktok|facebook|fb|youtube|snapchat|whatsapp status|status|story"
    r"|stories|reels?|feed|socials|social media|website|page|marketing|advert|ad campaign"
    r"|promo|flyer|brochure|newsletter|group chat|douyin|kuaishou|weibo|xiaohongshu)\b"
)
_WAIVED = (
    r"(?:no need to|don't need to|do not need to|needn't|need not|won't|will not|not going to"
    r"|without|no point|don't have to|do not have to|don't bother to|skip) (?:even )?"
    r"(?:ask|asking|check|checking|get|getting)\b(?! (?:for )?(?:directions|the way|help))"
    r"|(?:don't|do not|never|no) (?:ask|asking|get|getting) (?:for )?(?:their |any )?(?:permission"
    r"|consent)\b"
)
"""Words saying nobody will be asked before the camera comes out."""

_ONLINE = (
    r"(?:on|to|in|from|off) (?:her |his |their |the |my |our )?(?:tiktok|youtube|reddit|twitter"
    r"|instagram|insta|ig|facebook|fb|snapchat|story|stories|status|page|feed|socials"
    r"|social media|family group|group chat|whatsapp|online)\b"
)
STOPPED = re.compile(
    rf"\b(?:stop|quit|not to|to not|never to|no longer) (?:keep )?(?:posting|post|sharing|share"
    rf"|putting|put|uploading|upload|tagging|tag)\b[^.!?;]{{0,60}}?(?:{_ONLINE}|$|(?=[.!?;,]))"
    rf"|\b(?:take|taking|took) (?:down|off) (?:the |that |those |it |them )?(?:\w+ ){{0,5}}?"
    rf"(?:{_ONLINE}|$|(?=[.!?;,]))"
    rf"|\b(?:take|taking|took) (?:it|them|that|those|the \w+|the \w+ of \w+) (?:down\b|off"
    rf" (?:her|his|their|the) (?:\w+ )?(?:page|feed|story|stories|status|profile|account"
    rf"|tiktok|instagram|insta|facebook|fb|snapchat|youtube))"
    rf"|\b(?:delete|deleting|remove|removing) (?:the |that |those |it |them |my |her |his"
    rf" |their )?(?:\w+ ){{0,5}}?(?:from|off) (?:her |his |their |the |my |our )?(?:tiktok"
    rf"|youtube|reddit|twitter|instagram|insta|ig|facebook|fb|snapchat|story|stories|status"
    rf"|page|feed|socials|social media|family group|group chat|whatsapp)\b"
)
"""Posting asked to stop, or a post asked to come down ("ask my sister to stop posting pics of
my kids on facebook", "ask him to take the photo of me off his instagram", "not to put the
video in the family group"): the user asks that others' faces stay off the page, which is the
opposite of posting them. `core.asks.slots` reads a recording without these words; a camera
named elsewhere in the ask is still read."""

_SHOT_OF_OTHERS = re.compile(
    rf"\b(?:{_SHOOT})\b(?:(?!\b(?:and|then|ask|asking|me|myself|us)\b)[^.!?]){{0,60}}?\b{_OTHERS}\b"
)
"""A camera turned on others, before the sentence turns to the user or to asking them."""
_ASKED_LATER = re.compile(r"\b(?:ask|asking|check|checking)\b[^.!?]{0,40}\b(?:first|before)\b")


def posts_others(text: str) -> bool:
    """Whether the words post other people's pictures for the user's page or marketing, send
    them on (`core.asks.shots_sent`), play their messages to a room
    (`core.asks.played_aloud`), post their no (`core.asks.posted_noes`), or take them saying
    nobody will be asked."""
    if shots_sent(text) or plays_their_words(text) or posts_their_no(text):
        return True
    shot = _SHOT_OF_OTHERS.search(text)
    if shot is not None:
        subject = text[shot.start() : shot.end() + 1]
        posted = re.search(_POSTED, text, flags=0) is not None
        if posted and re.search(_OWN_FAMILY, subject) is None:
            return True
    if re.search(rf"\b(?:{_SHOOT})\b", text) is None:
        return False
    return re.search(_WAIVED, text) is not None and _ASKED_LATER.search(text) is None
