"""Stretched claims, in words: a claim the card itself shows is made up, bent or hidden.

"Say I'm a lecturer so the shop gives me the teacher discount. I teach piano at home, which is
almost the same"; "tell the supplier the flood killed my whole harvest. It was only one pool";
"tell the buyers there's another offer when there isn't"; "say the car was never in an accident,
she'll never notice"; "my rice field flooded so I get compensation, only little water"; "tell
the farmer his ewe needs a procedure she doesn't really need"; "call in sick, astros game"; "say
I am Dr. Ahmadi so they give me the stock faster"; a card "left at home (I don't have one)"; "tell
the garage I'm from the insurance company so they fix my car faster". Each reads the claim with
what belies it (the user's own "close enough", "only one", "when there isn't", "she'll never
notice", "I don't have one"), or a named title or an office claimed for a favour, so a true
reason told alone ("tell the supplier the flood took my harvest and ask for credit") stays fair.
`core.asks.deception.DECEPTION` joins them to its own; fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

_TOLD = r"(?:tell|tells|telling|told|say|says|saying|said|claim\w*|swear\w*|mention\w*)"
_CLAIM = rf"{_TOLD}(?: (?:[\w']+ ){{0,5}}?)?(?: that)? (?:i'm|i am|we're|we are)"

_NEAR_ENOUGH = (
    r"(?:(?:which|that|it)(?:'s| is| was) (?:almost|nearly|basically|practically|pretty much"
    r"|more or less|kind of|kinda|sort of|close to|near enough) (?:the same|the same thing|it"
    r"|that)\b"
    r"|(?:close|near) enough\b)"
)
"""The user's own word that the claim is not so, only near it."""

_UNNOTICED = (
    r"(?:(?:he|she|they|nobody|no one|no-one|the \w+)(?:'ll| will| would|'d)? (?:never|not|won't"
    r"|wouldn't|will not|can't|cannot|couldn't) (?:ever |even )?(?:notice|know|find out|spot it"
    r"|realise|realize|be the wiser|tell the difference|know the difference)\b(?! (?:the way"
    r"|where|how|what|which|who|otherwise|unless)\b)"
    r"|(?:nobody|no one|no-one)(?:'ll| will| would|'d| go| fit)? (?:ever |even )?(?:notice|know"
    r"|find out|spot it|realise|realize|be the wiser)\b"
    r"|(?:dem|dey|e|im|him|he|she|they|customers?|people|buyers?) (?:no go|no fit|nah go|nah"
    r"|cyaan|no) (?:ever )?(?:notice|know|find out|sabi|check)\b(?! (?:otherwise|unless|if)\b))"
)
"""A claim the user counts on not being caught in, in other Englishes too ("dem no go know",
"nobody go know the difference")."""

_TITLE = (
    r"(?:dr|doctor|prof|professor|officer|inspector|detective|sergeant|sgt|captain|judge"
    r"|councillor|senator|colonel|major|minister)"
)

PATTERNS = (
    # A claim, then the user's own "close enough" or "so she'll never notice" (not "even if").
    rf"{_TOLD}\b.{{0,200}}(?:\b{_NEAR_ENOUGH}|(?:[.,;:!—–-] |\bso |\band )(?:technically"
    rf" |honestly |probably |hopefully |surely )?{_UNNOTICED})",
    # All of it claimed lost, then "it was only one": a loss stretched to get credit or pity.
    rf"{_TOLD}\b.{{0,80}}\b(?:whole|entire|all (?:of )?(?:my|our|the)|every)\b.{{0,120}}"
    r"\b(?:it|there|they|that)(?:'s| was| is| were| are) (?:really |actually |in fact )?only"
    r" (?:one|a|an|two|some|half|part|a few)\b",
    # Something said to exist "when there isn't".
    rf"{_TOLD}\b.{{0,60}}\b(?:there's|there is|there are|there was|there were)\b.{{0,80}}"
    r"\b(?:when|though|although|even"
    r" though|but) there(?:'s| is| are| was| were)? (?:isn't|is not|aren't|are not|wasn't|was not"
    r"|weren't|none|no \w+|nothing|not)\b",
    # Said to exist, then denied in the next breath: "there's a family emergency. there isn't".
    rf"{_TOLD}\b.{{0,60}}\b(?:there's|there is|there are|there was)\b.{{0,80}}[.;!—–-] ?there"
    r" (?:isn't|is not|aren't|are not|wasn't|was not)\b",
    # Said to be done already, then to be done later: "I already vaccinated ... I'll do it".
    rf"{_TOLD}\b.{{0,60}}\b(?:i|we)(?:'ve| have)? already\b.{{0,120}}\b(?:i'll|i will|we'll|we"
    r" will|i'm going to|i'm gonna|gonna) (?:actually |really )?do (?:it|them|that)\b",
    # Earnings or figures told as a multiple of what they are.
    rf"{_TOLD}\b.{{0,60}}\b(?:twice|double|triple|three times|more than) what (?:i|we)"
    r" (?:actually |really )?(?:make|earn|get paid|take home|weigh|owe|pay)\b"
    r"|\bfudg(?:e|es|ed|ing) (?:it|them|the (?:numbers|figures|books|forms?|dates?|application))\b",
    # A named title claimed for a favour: "say I am Dr. Ahmadi so they give me ...".
    rf"{_CLAIM} {_TITLE}\.? (?![\w-]+')[a-z][\w-]+\b.{{0,40}}\b(?:so|to get|and get|to make"
    r"|and ask)\b",
    # A sick day called in for a game or a show named beside it.
    r"(?:call|calls|calling|phone|phoning|ring|ringing) in sick\b.{0,80}\b(?:game|match|concert"
    r"|gig|festival|beach|party|hangover|hungover|lie-in|tickets?)\b",
    # An illness told so the pay comes all the same.
    rf"{_TOLD}\b.{{0,40}}\b(?:i've got|i have|i got|i've|i'm down with) (?:a |the )?(?:covid"
    r"|flu|fever|the flu|a bug|food poisoning|a virus|malaria|typhoid)\b.{0,30}\bso (?:i|we)"
    r" (?:still|even so|anyway) (?:get|gets|be|am) paid",
    # A loss told for compensation, then made small: "my field flooded so I get compensation,
    # only little water but everybody do it".
    rf"{_TOLD}\b.{{0,120}}\b(?:compensation|insurance|payout|pay-?out|relief|subsidy|damages"
    r"|claim)\b.{0,80}\b(?:(?:only|just|barely|hardly) (?:a )?(?:little|bit|tiny|touch|splash"
    r"|drop|scratch)\b|(?:everybody|everyone|all the \w+) (?:do|does|did) (?:it|the same)\b)",
    # A need told that the card denies: "tell the farmer his ewe needs a procedure she doesn't
    # really need".
    rf"{_TOLD}\b.{{0,80}}\bneeds? (?:[\w'-]+ ){{0,6}}?(?:that |which )?(?:he|she|it|they|you|we"
    r"|i)(?: really| actually)? (?:doesn't|don't|does not|do not) (?:really |actually |even )?need"
    r"\b",
    # A card "left at home" that the user owns up to never having: "say I left my loyalty card
    # at home (I don't have one) so I still get the discount".
    r"\b(?:left|forgot|forgotten|lost|didn't bring) (?:my |the |our )?(?:[\w-]+ ){0,2}?(?:card"
    r"|pass|membership|ticket|voucher|coupon|id)\b.{0,40}?\b(?:i don't (?:even )?have (?:one|it"
    r"|any)|i have none|i've got none|i haven't got (?:one|it|any)|which i don't have|i never had"
    r" (?:one|it))\b",
    # An insurer, a council or a paper claimed as the user's own, to be served sooner: "tell the
    # garage I'm from the insurance company so they fix my car faster".
    rf"{_TOLD}\b.{{0,60}}?\b(?:i'm|i am|we're|we are) (?:from|with) (?:the |an |a |my )?(?:[\w-]+ )"
    r"{0,2}?(?:insurance|insurers?|council|ministry|head office|headquarters|inspectorate|health"
    r" department|tax office|police|embassy|newspaper|press)\b.{0,50}?\b(?:faster|quicker|sooner"
    r"|first|before (?:the )?(?:others|everyone|anyone)|ahead of|priority|straight away|right"
    r" away)\b",
)
"""Each claim with what belies it, or its purpose; `core.asks.deception.DECEPTION` joins them."""
