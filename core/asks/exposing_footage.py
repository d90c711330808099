"""Footage that exposes people: a quarrel filmed for a page, a talk filmed to show others, a
camera set to catch a colleague.

"Video the fight between the two kava sellers and post it on my Facebook, everyone will
share", "take video of tourist when they argue with the tuk tuk driver and post on my page",
"take video of Maria's kindergarten teacher when I ask her about the lunch problem, to show the
other parents on WhatsApp", "put a small camera in the staff room to see who eats the
Brezeln": people at their worst moment made a spectacle for a page, someone filmed while the
user confronts them so that others can judge them, or a hidden camera set on colleagues to
catch one. None of them chose to be shown; the card asks for a recording they would refuse.

Fair neighbours stay fair: a boxing bout or a pillow fight of the user's own kids filmed, a
teacher's talk recorded with her yes (`core.asks.slots` reads consent first), a camera on the
bird feeder to see who visits, or the user asking the teacher about the lunch problem with no
camera at all. Joined to `core.asks.candid_footage.recorded_untold`; fragments over the normal
form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_FILM = (
    r"(?:record|film|tape|video|shoot|vlog)(?:s|ed|ing)?|(?:take|get|grab|make|capture)"
    r" (?:a |some )?(?:[\w-]+ )?(?:videos?|vids?|clips?|footage|photos?|pics?)"
)
_NOT_OWN = r"(?!(?:me|myself|us|my (?:own|kids|children|son|daughter|family)|our \w+)\b)"
_QUARREL = (
    r"(?:fight|fights|fighting|brawl\w*|scuffle\w*|argument|arguments|argu(?:e|es|ing)"
    r"|row|rows|rowing|quarrel\w*|shouting match|punch-?up|scrap|bust-?up|meltdown|tantrum"
    r"|breakdown)"
)
_NOT_A_SPORT = (
    r"(?<!pillow )(?<!water )(?<!food )(?<!snowball )(?<!boxing )(?<!title )(?<!mma )(?<!ufc )"
    r"(?<!sumo )(?<!sword )(?<!stage )(?<!play )(?<!pretend )(?<!nerf )(?<!kids' )"
)
_SHOWN = (
    r"(?:post|upload|share|put|stick|send|show)\w* (?:it |them |that |this )?(?:up )?(?:on|to|in"
    r"|with)? ?(?:[\w']+ ){0,3}?(?:facebook|fb|insta(?:gram)?|ig|tiktok|youtube|snapchat|twitter"
    r"|page|feed|story|stories|reels?|socials|group chat|gc|whatsapp|channel|other parents"
    r"|the parents|everyone|everybody|the group)\b|everyone (?:\w+ )?will share"
)
_QUARREL_SHOWN = (
    rf"\b(?:{_FILM}) (?:of )?{_NOT_OWN}[^.!?]{{0,60}}?\b{_NOT_A_SPORT}{_QUARREL}\b"
    rf"[^.!?]{{0,80}}\b(?:{_SHOWN})"
)
"""A fight or a row between others filmed and put where everyone will see it."""
_CONFRONTED = (
    r"(?:when|while|as) (?:i|we) (?:ask|confront|question|challenge|complain to|tell|talk to"
    r"|speak to|raise)\w*"
)
_FILMED_CONFRONTED = (
    rf"\b(?:{_FILM}) (?:of )?{_NOT_OWN}[^.!?]{{0,60}}?\b{_CONFRONTED}\b[^!?]{{0,80}}\b(?:to|so"
    rf" i can|and) (?:{_SHOWN})"
)
"""Someone filmed while the user takes them to task, to be shown to others who will judge."""
_CAMERA_SET = (
    r"(?:put|set up|install|hide|hid|place|stick|mount|fit|rig)\w* (?:up )?(?:a |an |the |some"
    r" |my )?(?:small |tiny |little |hidden |mini |secret |spy )?(?:cam|camera|cameras|webcam"
    r"|nanny ?cam)"
)
_SHARED_ROOM = (
    r"(?:staff ?room|break ?room|tea ?room|lunch ?room|common room|kitchen|office|canteen"
    r"|locker room|changing room|dorm|classroom|workshop|mess|crib room|smoko room)"
)
_CAUGHT = (
    rf"\b{_CAMERA_SET} (?:in|inside|into|on) (?:the |our |my )?(?:[\w-]+ )?{_SHARED_ROOM}\b"
    r"[^.!?]{0,30}\b(?:to|and|so i can|so we can) (?:see|catch|find out|know|check|work out)"
    r" (?:who|which)\b"
)
"""A camera set in the staff room or the office kitchen to catch which colleague did it."""

_NO_MADE_A_REEL = (
    r"\b(?:make|makes|making|do|post|edit|cut|turn)\w* (?:it |them )?(?:into )?(?:a |an )?(?:\w+ )?"
    r"(?:reels?|tiktoks?|videos?|clips?|shorts?|memes?|compilations?|edits?) (?:of|out of|with)"
    r" (?:his|her|their|the \w+'s|people's|strangers') (?:\w+ )?(?:faces?|reactions?|expressions?)"
    r"\b[^.!?]{0,40}\b(?:says? no|said no|refuses?|refused|turns? (?:me|us|it) down|rejects?"
    r"|declines?)\b"
)
"""A face made into a reel at the moment of its no ("a reel of his face when he says no, with
funny music on it"): the refusal turned into a show."""

EXPOSING = words(_QUARREL_SHOWN, _FILMED_CONFRONTED, _CAUGHT, _NO_MADE_A_REEL)


def exposes(text: str) -> bool:
    """Whether a quarrel, a confrontation, a no or a colleague is filmed for others to see or to
    catch them. `text` is in normal form."""
    return has(EXPOSING, text)
