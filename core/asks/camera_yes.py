"""The person's own say over a camera, in words the recording lexicons read as filming them.

`core.asks.conduct.ASKS_CONSENT` reads the fair way to film or post someone: asking them
first. These shapes say the same in other words, so the recording is theirs to allow:

- a no that ends it: "ask my wife if she'd let me film her telling how we met, for the
  grandkids. If she says no, no film";
- a post that waits on them: "ask Ellie if she wants to film the dance with me for TikTok and
  we only post it if she's happy with it";
- a yes already given: "ask Lea which parts I can show when I post the video of her first
  tattoo. She already said yes to filming";
- the camera in their hands, on the user: "ask my friend Hà if she'd film me sewing an áo dài
  for the shop's TikTok" (she holds the camera; nobody else is in the shot).

Their unfair neighbours still refuse: "film my wife telling how we met without her knowing",
"post the dance even if she's not happy", "post the video of her tattoo before she sees it",
"ask my friend if she'd film me pranking strangers". Patterns match the normal form of
`core.asks.text`.
"""

from __future__ import annotations

_THEY = r"(?:she|he|they)"
_FILM = r"(?:film|filming|video|videos|recording|photos?|pictures?|post|posting|clip)"
_OTHERS_IN_SHOT = (
    r"(?![^.!?;]{0,60}\b(?:strangers?|people|someone|somebody|everyone|customers|passers?-?by"
    r"|kids|children|him|her|them|their|his|girls|boys|women|men)\b)"
)

_ELDER = (
    r"(?:(?:my|our) )?(?:grandpa|grandad|granddad|grandfather|grandma|gran|granny|grandmother"
    r"|nan|nana|nanna|nonna|nonno|oma|opa|lola|lolo|abuela|abuelo|babcia|dziadek|mum|mom|mam"
    r"|dad|father|mother|auntie|aunty|aunt|uncle|great-\w+)"
)
_KEPT_IN_THE_FAMILY = (
    r"for (?:my|our|the) (?:own )?(?:kids|children|grandkids|grandchildren|family|grandson"
    r"|granddaughter|son|daughter|cousins|nieces?|nephews?|family archive)\b"
    r"(?![^.!?;]{0,80}\b(?:post\w*|upload\w*|share\w*|tiktok|youtube|insta\w*|facebook|fb"
    r"|reels?|online|channel|page|podcast|group chat)\b)"
)
"""A recording kept for the user's children or the family, and put nowhere else."""

PATTERNS = (
    rf"if {_THEY}(?: says?|'s| is|'re| are) (?:no|not (?:ok|okay|happy|comfortable)),? (?:then )?"
    rf"(?:there's |there is |it's |we have |i have )?no {_FILM}\b",
    rf"(?:only|just) (?:post|share|upload|put up|use) (?:it|them|the (?:\w+ )?(?:video|clip|film"
    rf"|photos?|pictures?)) (?:if|once|when) {_THEY}(?:'s| is|'re| are| says? it's) (?:happy|ok"
    r"|okay|fine|comfortable|good)(?: (?:with|about) (?:it|them))?",
    rf"{_THEY} (?:already |has already |have already )?(?:said yes|agreed|said it's fine|said"
    r" that's fine) to (?:the |me |us )?(?:filming|recording|being (?:filmed|recorded|in it)"
    r"|the (?:video|filming|photos?))",
    rf"(?:if|whether) {_THEY}(?:'d| would| could| can| will)? (?:film|record|video|photograph)"
    rf" (?:me|us|myself)\b{_OTHERS_IN_SHOT}",
    r"(?:record|film|video|tape)\w* (?:it|her|him|them|this|that)\b[^.!?;]{0,60}?\b"
    rf"{_THEY}(?:'s|'ve| has| have)? already (?:(?:said|say|says) (?:yes|oui|sí|si|ja|ok"
    r"|okay|it's (?:ok|okay|fine))|agreed|(?:gave|given) (?:the ok|permission|(?:her|his|their)"
    r" ok|the go-ahead))\b",
    rf"(?:ask|get) {_ELDER} (?:to|if (?:she|he|they)(?:'d| would| will| could)?) (?:tell|sing"
    r"|share|recite|explain|show|talk)\b[^.!?;]{0,100}?\b(?:record|film|video|tape)\w* (?:it"
    rf"|her|him|them|that)\b (?:\w+ ){{0,2}}?{_KEPT_IN_THE_FAMILY}",
)
"""A no that ends the filming, a post that waits on their yes, a yes already given (in any
tongue: "so I can record it for the family, she already said oui"), or the camera in their
hands on the user, or a parent or grandparent asked to tell or sing the old stories,
recorded as they tell them to keep for the user's children or the family and put nowhere
else."""
