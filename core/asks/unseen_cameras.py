"""Cameras people are not told of, in words: a camera set up on someone, or a clip for a laugh.

"Turn the dashcam to face the cabin when I give the new driver a lift. No need to tell him",
"set up the nanny cam in the playroom when the neighbour girl babysits, no need to mention
it", "put small camera for my Corolla to record passengers when dem dey gist on phone. Na for
content", "record my pastor's counselling session with my niece on my phone in my bag", "ask
my granddaughter's friend a few questions while I record for my blog; no need to bother her
parents", "film a prank vid telling people their car is leaking", "gravar o cliente gritando
comigo and post in the group so everyone laughs": a camera or a phone turned on people who
are never told, a child filmed with the parents left out, strangers pranked for a video, or
someone recorded and posted for the group to laugh at. A camera with a yes already given
(read first in `core.asks.slots`), a dashcam on the road, a nanny cam the sitter was shown,
or a clip of the user's own fall stays fair. `core.asks.candid_footage.recorded_untold` joins
it; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

import re

from core.asks.text import has

_CAMERA = (
    r"(?:put|puts|set|sets|setting|install\w*|hid|hide|hiding|fix|fixes|mount\w*|turn\w*|point\w*"
    r"|angle\w*|leave|leaving|place\w*|stick|sticking) (?:up )?(?:a |the |my |an |some |our )?"
    r"(?:small |tiny |little |hidden |mini |secret )?(?:nanny |dash |spy |web |security |baby )?"
    r"(?:cam|cams|camera|cameras|dashcam|nannycam|webcam|mic|microphone|recorder)\b"
)
"""A camera or a microphone put somewhere, or turned on a place."""
_UNTOLD = (
    r"no need to (?:tell|mention|say|ask|let|warn|inform)|without (?:telling|mentioning|saying"
    r"|asking|letting|warning)|(?:he|she|they|dem) (?:won't|will never|don't|doesn't|wouldn't)"
    r" (?:even )?(?:know|notice|see it)|don't (?:tell|mention it to) (?:him|her|them)"
)
_ON_PEOPLE = (
    r"(?:when|while|whenever) (?:the |my |our |a |an |his |her |i |we )?[\w-]+"
    r"|(?:face|record|film|watch|catch) (?:the )?(?:cabin|passengers?|back seat|guests?|riders?"
    r"|customers?|clients?|tenants?|lodgers?|babysitter|nanny|cleaner|driver|staff|workers?"
    r"|room|bedroom|bathroom|them|him|her)\b"
)
_SET_ON_PEOPLE_UNTOLD = (
    rf"\b{_CAMERA}[^.!?]{{0,80}}?\b(?:{_ON_PEOPLE})\b[^!?]{{0,80}}?\b(?:{_UNTOLD})\b"
)
"""A camera set on people, and the words saying they will not be told."""
_PRIVATE_TALK = (
    rf"\b{_CAMERA}[^.!?]{{0,40}}?\b(?:to )?(?:record|film|catch)\w* (?:the |my |our )?(?:[\w-]+ )?"
    r"(?:passengers|customers|riders|guests|people|clients|tenants|lodgers|flatmates|roommates"
    r"|housemates|staff|workers)\b[^.!?]{0,40}?\b(?:on (?:the |their |his |her )?phone|calls?"
    r"|conversations?|gist\w*|talk\w*|chat\w*|for (?:my |our )?content)"
)
"""A camera set up to record passengers' or customers' talk, or for content."""
_HIDDEN_PHONE = (
    r"\b(?:record|tape|film)\w* (?!(?:me|myself|my own|my (?:\w+ )?(?:practice|rehearsal"
    r"|speech|set|song|voice|notes?))\b)[^.!?]{0,80}\b(?:phone|recorder|mic|camera)"
    r" (?:hidden )?(?:in|inside) (?:my|her|his|a|the) (?:bag|pocket|purse|handbag|jacket|bra"
    r"|sleeve|backpack|coat)\b"
)
"""A phone recording from inside a bag or a pocket: hidden from whoever is recorded."""
_PARENTS_LEFT_OUT = (
    r"\b(?:record|film|video|tape|photograph)\w*\b.{0,120}\b(?:no need to|don't need to|without"
    r"|won't|not going to|no point) (?:even )?(?:bother|ask|asking|tell|telling|check with"
    r"|checking with|involve|bothering) (?:her|his|their|the) (?:parents|mum|mom|dad|mother"
    r"|father|folks)\b"
)
"""Someone else's child recorded for the user's blog, with the parents left out."""
_PRANKED = (
    r"\bprank (?:vids?|videos?|clips?|reels?|tiktoks?)\b[^.!?]{0,60}\b(?:people|strangers"
    r"|customers|randoms|passers-?by|shoppers|drivers|the public|pedestrians|folks|workers)\b"
)
"""Strangers pranked for a video: a lie told to them on camera, with no yes asked."""
_POSTED_FOR_A_LAUGH = (
    r"\b(?:record|film|gravar|filmar|grabar|tape|video)\w* (?!me\b|myself|my ?self|us\b"
    r"|(?:my|our) (?:own|kids|children|family|little ones)\b)[^.!?]{0,80}\b(?:post|share|upload"
    r"|send|put|stick|postar|compartilhar)\w*\b[^.!?]{0,60}\b(?:so (?:everyone|everybody|people"
    r"|they all|all of them|the (?:whole )?group|we (?:all )?can) (?:can )?laugh|for (?:a )?laughs?"
    r"|for the lols?|to laugh at)"
)
"""Someone recorded and posted so everyone laughs at them."""

_UNSEEN = re.compile(
    "|".join(
        (
            _SET_ON_PEOPLE_UNTOLD,
            _PRIVATE_TALK,
            _HIDDEN_PHONE,
            _PARENTS_LEFT_OUT,
            _PRANKED,
            _POSTED_FOR_A_LAUGH,
        )
    )
)
"""The readings as one pattern: the check reads every ask, so one scan of it."""


def recorded_unseen(text: str) -> bool:
    """Whether a camera is set on people who are not told, or someone is recorded or pranked
    for others to watch and laugh."""
    return has(_UNSEEN, text)
