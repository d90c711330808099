"""Shots sent on, in words: someone photographed or filmed, and the picture sent to a group.

"Photograph the customer's wife in her fitting and send it to the tailors' WhatsApp group",
"ask the estate guard if I can park at the gate with my dashcam running, then post the whole
thing", "지하철에서 길 물어보고 그 사람 얼굴 찍어서 TikTok 시리즈에 올리기" (photograph the
face of the person asked the way and upload it), "把保安拍下来发到抖音" (film the guard and put
it on Douyin): a person in front of the user's camera, a camera left running through the ask,
and the picture or the clip passed to a group, a feed or a platform, in English, Korean or
Chinese. The English lexicons of `core.asks.conduct` read "a photo of the guy" and "on my page",
not someone's wife by whose she is, a group named by its owners ("the tailors' group"), or a
Korean or Chinese verb. Read by `core.asks.posting_people.posts_others`, after the slots have
let a yes asked first stand. A suit photographed on its hanger, the user's own video uploaded
("내 영상"), or a dashcam that only runs stays fair: each shape needs someone on camera and
the sending.
"""

from __future__ import annotations

import re

_SHOOT = (
    r"(?:photograph|film|video|record|snap|shoot|tape)\w*|(?:take|get|grab) (?:a |an |some )?"
    r"(?:quick )?(?:photos?|pics?|pictures?|videos?|clips?|snaps?) of"
)
_SOMEONE = (
    r"(?:the|a|this|that|some|his|her|their) (?:[\w-]+(?:'s|s')? ){0,2}?(?:wife|wives|husband"
    r"|partner|girlfriend|boyfriend|daughter|son|kids?|children|mother|father|mum|mom|dad"
    r"|customers?|clients?|patients?|guests?|passengers?|lady|ladies|woman|women|man|men|girls?"
    r"|boys?|guys?|bride|groom|neighbou?rs?|students?|pupils?|baby|babies|faces?|people"
    r"|person|strangers?|auntie|uncle|family|couple|workers?|cleaners?|nurses?|matron|guards?"
    r"|drivers?|teachers?|uncles?|aunties?|kid)\b"
)
"""A person in front of the camera, named by whose they are ("the customer's wife")."""
_SENT = (
    r"(?:send|sends|sending|sent|post|posts|posting|share|shares|sharing|forward\w*|put|puts"
    r"|upload\w*|drop)\b (?:(?:it|them|him|her|that|this|the (?:\w+ )?(?:photos?|pics?|pictures?"
    r"|videos?|clips?|thing|lot|shot))\b )?(?:on|to|in|into|onto) (?:the |our |my |a |their |his"
    r" |her )?(?:[\w'-]+ ){0,3}?(?:group|groups|group chat|chat|page|status|story|stories"
    r"|channel|feed|whatsapp|tiktok|insta\w*|ig|facebook|fb|twitter|youtube|reels?|snapchat"
    r"|telegram|kakao\w*|socials?|抖音|快手|微博|小红书|朋友圈)\b"
)
"""The picture passed on: to a group (the tailors' WhatsApp group), a feed or a platform."""
_SOMEONE_SENT = re.compile(rf"\b(?:{_SHOOT}) {_SOMEONE}[^.!?]{{0,80}}?\b{_SENT}")

_RUNNING = (
    r"(?:(?:dash ?cam|phone|camera|go ?pro|body ?cam|recorder)s? (?:\w+ )?(?:running|rolling"
    r"|recording)|(?:dash ?cam|camera|go ?pro|body ?cam)s? (?:\w+ )?on)\b"
)
_POSTED_AFTER = (
    r"(?:post|posts|posting|upload\w*|share|sharing|put)\b (?:it|that|the (?:whole )?(?:thing|clip"
    r"|video|lot|footage|exchange|conversation|chat))\b"
)
_LEFT_RUNNING = re.compile(rf"\b{_RUNNING}[^!?]{{0,100}}?\b{_POSTED_AFTER}")
"""A camera left running through the ask, and the whole thing posted after."""

_PEOPLE_IN_KOREAN = (
    r"(?:사람|얼굴|아저씨|아줌마|할머니|할아버지|학생|손님|기사님|기사|직원|알바생|커플|애들|여자|남자"
    r"|경비)"
)
_IN_KOREAN = re.compile(
    r"(?<!내 )(?<!제 )(?<!나의 )(?<!우리 )(?<!셀카 )"
    rf"{_PEOPLE_IN_KOREAN}\S* (?:\S+ ){{0,2}}?(?:찍|촬영|녹화)\S*[^.!?]{{0,60}}?"
    r"(?:올리|업로드|게시|upload|post)"
    r"|몰래 (?:\S+ )?(?:찍|촬영|녹화)"
)
"""Someone's face filmed and uploaded, or filmed "몰래" (in secret), in Korean."""
_IN_CHINESE = re.compile(
    r"偷拍|偷录|(?:拍|录)[^。！？.!?]{0,20}?(?:发|传|放)(?:到|在|上)?[^。！？.!?]{0,6}?(?:抖音|快手|微博"
    r"|小红书|朋友圈|网上|b站)"
)
"""Someone filmed and put on Douyin, Weibo or the Moments feed, or filmed in secret, in
Chinese."""


def shots_sent(text: str) -> bool:
    """Whether the words send on a picture of someone, post a clip the camera took running
    through the ask, or do either in Korean or Chinese."""
    return any(
        pattern.search(text) is not None
        for pattern in (_SOMEONE_SENT, _LEFT_RUNNING, _IN_KOREAN, _IN_CHINESE)
    )
