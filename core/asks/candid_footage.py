"""Other people recorded without a word to them, or caught on camera and posted for a laugh.

"Record my PI secretly in lab meeting", "record my colleagues' remarks at the faculty board
meeting on my phone without mentioning it", "take before-after vids of strangers at the mall
without telling them", "film farang eating very spicy som tam, post on my stall facebook, no
need ask", "clip the CCTV of members falling off the treadmill and post it on our gym
TikTok", "get a video of a regular when he's had a skinful and stick it on the pub's
Facebook": a recording the person never hears of, or a moment they never chose to share put
on a page. The user recording themselves, or a friend who said yes (`core.asks.conduct`
reads consent first, with `SAID_YES` here), is neither. Over the normal form of `core.asks.text`.
"""

from __future__ import annotations

import re

from core.asks.exposing_footage import exposes
from core.asks.text import has, words
from core.asks.unseen_cameras import recorded_unseen

_RECORD = (
    r"(?:record|film|tape|video|shoot|snap|photograph|clip)(?:s|ed|ing)?|(?:take|get|grab|make)"
    r" (?:[\w-]+ )?(?:videos?|vids?|clips?|footage|photos?|pictures?|pics?)"
)
_OF_MYSELF = r"(?:me|myself|my ?self|my own|my voice|my (?:\w+ )?(?:practice|rehearsal|set|song))\b"
_NOBODY = (
    r"(?:(?:a |an |some )?(?:quick )?(?:pics?|photos?|pictures?|shots?|snaps?|videos?|vids?) )?"
    r"(?:of )?(?:the |a |an |my |our )?(?:sunset|sunrise|view|sky|sea|moon|stars|landscape"
    r"|scenery|skyline|building|food|meal|dish|cat|dog|pet|garden|flowers?|birds?|snow|rain"
    r"|street art|mural)\b"
)
"""A view, a meal or a pet, or a pic of one: no one to be told."""
_UNTOLD = (
    r"secretly|covertly|sneakily|on the sly|on the quiet|without (?:telling|mentioning|asking"
    r"|saying|letting|warning|(?:them|him|her|anyone|anybody) (?:knowing|noticing|realising"
    r"|realizing|clocking|seeing)|their (?:consent|permission|knowledge))|no need (?:to )?ask"
    r"|(?:they|he|she) (?:won't|will never|don't|doesn't) (?:know|notice)"
)
RECORDED_UNTOLD = re.compile(
    rf"\b(?:{_RECORD})\b (?!{_OF_MYSELF}|{_NOBODY})[^.!?]{{0,80}}?\b(?:{_UNTOLD})\b"
    rf"|\b(?:{_UNTOLD})\b[^.!?]{{0,10}}\b(?:{_RECORD})\b (?!{_OF_MYSELF})"
)
"""A recording of someone other than the user, with the words saying nobody is told."""
_PAGE = (
    r"(?:facebook|fb|insta(?:gram)?|ig|tiktok|youtube|snapchat|twitter|x|page|feed|story|stories"
    r"|reels?|socials|group chat|gc|website|channel)"
)
CAUGHT_AND_POSTED = words(
    r"(?:cctv|security (?:camera|cam|footage)|camera footage|doorbell (?:cam|camera|footage)"
    r"|videos?|vids?|clips?|footage|photos?|pics?) (?:of|with) (?!me\b|myself|us\b|my (?:own"
    r"|self)\b)(?:[\w']+ ){0,3}?(?:falling|tripping|slipping|eating|drunk|crying|asleep"
    r"|sleeping|snoring|sweating|choking|when (?:he|she|they)(?:'s|'re| is| are| has| have)"
    r"|after (?:he|she|they)(?:'s|'ve| has| have))\b[^.!?]{0,80}\b(?:post|stick|put|upload"
    r"|share|slap|whack)\w*"
    rf" (?:it |them |that )?(?:up )?(?:on|to|in) (?:[\w']+ ){{0,3}}?{_PAGE}",
    rf"(?:post|stick|put|upload|share)\w* (?:it |them )?(?:up )?(?:on|to|in) (?:[\w']+ ){{0,3}}?"
    rf"{_PAGE}\b[^.!?]{{0,40}}\bno need (?:to )?ask",
    r"(?:clip|post|share|upload|stick)\w* (?:\w+ )?(?:the )?(?:cctv|security (?:camera|cam)"
    r" footage|security footage)",
    r"(?:cctv|security (?:camera|cam|footage)|doorbell (?:cam|camera))\b[^.!?]{0,60}\b(?:clip"
    r"|video|footage|screenshot|screen ?grab)\w*\b[^.!?]{0,80}\b(?:send|sen|sent|post|share"
    rf"|upload|forward|drop|stick)\w*\b[^.!?]{{0,30}}\b{_PAGE}\b",
    r"(?:photos?|pics?|pictures?|snaps?|videos?|vids?|footage) of (?:the )?(?:state of )?(?:the |a"
    r" |this |that )?(?:customer|client|tenant|patient|punter|homeowner|old (?:lady|man)"
    r"|neighbour)s?'s? (?:\w+ )?(?:bathroom|toilet|loo|kitchen|bedroom|house|home|flat|loft"
    r"|attic|fridge|room|mess)\b[^.!?]{0,80}\b(?:post|stick|put|upload|share|slap|whack)\w*"
    rf" (?:it |them |that )?(?:up )?(?:on|to|in) (?:[\w']+ ){{0,3}}?{_PAGE}",
)
"""Someone filmed falling, eating or drunk and put on a page, a page post with "no need to
ask", the CCTV clipped for the user's own feed or sent round a group chat, or a customer's
bathroom shot on the job and stuck up on the trade's Facebook group: their home, shown to
strangers, is theirs to show."""


_EITHER = re.compile(f"{RECORDED_UNTOLD.pattern}|{CAUGHT_AND_POSTED.pattern}")
"""Both readings in one pattern: the check reads every ask, so one scan of it, not two."""


def recorded_untold(text: str) -> bool:
    """Whether someone is recorded without being told, or caught and posted to a page."""
    return has(_EITHER, text) or recorded_unseen(text) or exposes(text)


SAID_YES = words(
    r"(?:she|he|they) (?:said yes|agreed|was happy|were happy|is happy|are happy|said it's fine"
    r"|said that's fine)(?: to (?:it|that|being (?:filmed|recorded|in it)))? when (?:i|we) asked",
    r"who (?:said yes|agreed|is happy|was happy) (?:to )?(?:being |be )?(?:filmed|recorded"
    r"|filming|recording|photographed)",
)
"""The person's yes to the camera already given ("she said yes when I asked")."""
