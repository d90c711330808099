"""A story told for gain that the rest of the ask undoes in its own words.

"Tell the fuel supplier the storm wrecked my banca and ask for credit till next month.
Banca's fine, just in drydock"; "tell the kombi conductor my wallet got stolen and ask to ride
free. Money is in my sock"; "decirles que me caí en la cocina para pedir la silla de ruedas.
No me caí, pero la quiero"; "tell the tent-house wala the client cancelled the wedding so I
get my advance back, then rebook him cheaper"; "say the air-con is broken, just switch it off
at the breaker when he checks"; "call in saying halmeoni is in the ER so I can ask my boss
for Friday off for the Dodgers game". The user tells a loss, a fall, a cancellation, a fault
or an emergency, and then says the thing is fine, the money is on them, they never fell, the
booking is to be made again, the fault is staged for the inspection, the day off is for the
game, or the claim is simply taken back ("there wasn't"): the story is a pretence, whatever it
is told for.

A hardship told honestly stays fair: the storm that wrecked the boat with the ask for credit,
the wallet stolen and the conductor asked whether the user may pay tomorrow, the booking
cancelled and the deposit asked to carry over, the breaker switched off before the electrician
works, a grandmother in hospital and a day off asked, the game asked for on its own.
`core.asks.deception.DECEPTION` joins these to its own; fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks import stories_given_away

_TOLD = r"(?:tell|tells|telling|told|say|says|saying|said|claim\w*|swear\w*|call\w* in)"
_DAMAGE = (
    r"(?:wrecked|wrecks|broke|broken|smashed|sank|sunk|flooded|destroyed|ruined|crashed|totalled"
    r"|damaged|burned|burnt|stolen|nicked|died|dead)"
)
_FINE = (
    r"(?:'s| is| was| are)(?: actually| really| totally| perfectly| still)? (?:fine|ok|okay"
    r"|working|alive|perfect|intact|in one piece|grand|good as new|untouched)\b"
)
_THING_FINE = (
    rf"{_TOLD}\b[^.!?]{{0,80}}?\b{_DAMAGE} (?:my|our|the) (?P<wrecked>[a-z]{{3,}})\b.{{0,120}}?"
    rf"[.,;!-] ?(?:the |my |our )?(?P=wrecked){_FINE}"
    rf"|{_TOLD}\b[^.!?]{{0,60}}?\b(?:my|our|the) (?P<broken>[a-z]{{3,}}) (?:got |was |is |has"
    rf" been |were )?{_DAMAGE}\b.{{0,120}}?[.,;!-] ?(?:the |my |our )?(?P=broken){_FINE}"
)
"""The thing said wrecked, then said fine ("the storm wrecked my banca ... banca's fine")."""
_ON_ME = (
    rf"{_TOLD}\b[^.!?]{{0,60}}?\b(?:wallet|purse|money|cash|phone|card|bag)s? (?:got |was |were"
    r" |has been |have been )?(?:stolen|nicked|lost|robbed|pickpocketed|taken|snatched)\b"
    r".{0,120}?[.,;!-] ?(?:the |my )?(?:money|cash|wallet|purse|phone|card|bag|it)(?:'s| is"
    r"| are)(?: safe| still| actually| really)? (?:in|inside|on|under) my\b"
)
"""A wallet said stolen, while the money is "in my sock"."""
_NEVER_FELL = (
    r"(?:decir\w*|dile|diles|d[ií]gale\w*|contar\w*|dizer|diga|falar|fala)\b[^.!?]{0,40}?\bque"
    r" (?P<dicho>(?:me |se |le |lo |la )?[a-záéíóúñãõç]{3,})\b.{0,160}?\b(?:no|não|nao)"
    r" (?P=dicho)\b",
    rf"{_TOLD}\b[^.!?]{{0,60}}?\bi (?:fell|slipped|tripped|got hurt|hurt my \w+|was robbed"
    r"|was mugged|got mugged)\b.{0,160}?\bi (?:didn't|did not|never) (?:actually |really )?"
    r"(?:fall|slip|trip|get hurt|hurt|get robbed|get mugged)\b",
)
"""A fall told, then denied in the same tongue ("decirles que me caí ... no me caí")."""
_REBOOKED = (
    rf"{_TOLD}\b[^.!?]{{0,60}}?\bcancel\w*\b[^.!?]{{0,60}}?\b(?:(?:get|have|getting) (?:my|our"
    r"|the) (?:\w+ )?(?:back|refunded|returned)|(?:a |my |our |the )?refund)\b[^.!?]{0,40}?"
    r"\b(?:then|and then|later|after that|afterwards) (?:re-?book\w*|book (?:him|her|them|it)"
    r" again|hire (?:him|her|them) again)\b"
)
"""A cancellation told to get the advance back, and the same booking made again cheaper."""
_STAGED = (
    r"(?:say|says|saying|tell|claim|n[oó]i|b[aả]o)\w*\b[^.!?]{0,80}?\b(?:broken|broke|not working"
    r"|doesn't work|does not work|dead|faulty|bust|busted|kaput|h[uư]|h[oỏ]ng)\b.{0,120}?"
    r"\b(?:switch|turn|flip|shut|unplug|disconnect|trip)\w* (?:it |them |the \w+ )?(?:off )?"
    r"(?:at the (?:breaker|fuse ?box|mains|wall|socket) )?(?:when|while) (?:he|she|they|the \w+)"
    r" (?:checks?|inspects?|tests?|looks?|comes? to (?:check|look))\b"
)
"""A fault said, and staged for the moment it is checked ("switch it off at the breaker when
he checks"); the breaker switched off before someone works on it is safety, not this."""
_FAULT_DENIED = (
    rf"{_TOLD}\b[^.!?]{{0,80}}?\b(?:broken|broke|not working|faulty|leaking|bust|busted|dead)\b"
    r".{0,120}?(?:[.,;!-]|\b(?:even though|though|although|but|when))\s*(?:it|they|the \w+)"
    r"(?: actually| really| still)? (?:works?(?: (?:fine|perfectly|just fine|ok|okay))?|(?:is|are"
    r"|'s) (?:actually |really |perfectly |totally )?(?:fine|ok|okay|working fine)|(?:isn't|is not"
    r"|aren't|are not|wasn't)(?: (?:really|actually))?(?: broken)?)(?=\s*(?:[.,;!?)]|$))"
)
"""A fault told, then denied ("the boiler is broken so he sends someone, even though it works
fine"); a fault told as it is ("so he sends someone to fix it") is a repair asked."""
_EMERGENCY = (
    r"(?:(?:is|'s|was|got|been) (?:rushed )?(?:in|to|taken to) (?:the )?(?:er|a&e|hospital"
    r"|emergency room|emergency|icu)|(?:is|'s|was) (?:sick|ill|dying|in labou?r)|died|passed away"
    r"|had (?:a fall|an accident|a stroke|a heart attack))"
)
_OUTING_BEHIND = (
    rf"{_TOLD}\b[^.!?]{{0,60}}?\b{_EMERGENCY}\b[^.!?]{{0,100}}?\b(?:for|to (?:go to|see|watch"
    r"|catch)|so (?:i|we) can (?:go to|see|watch|catch|make)) (?:the |a |my )?(?:[\w'-]+ ){0,2}"
    r"(?:game|match|gig|concert|festival|party|show|race|final|playoffs?|tournament|beach"
    r"|fishing trip)s?\b"
)
"""An emergency told for time off that the same sentence gives to a game."""

_CLAIM_DENIED = (
    rf"{_TOLD}\b[^.!?]{{0,120}}?[.,;!-]\s*(?:but |though |lol |haha )?(?:there|it|i|they|he|she|we"
    r"|that)(?: (?:really|actually|totally))? (?:wasn't|was not|weren't|were not|isn't|is not"
    r"|didn't|did not|hasn't|has not|haven't|have not|doesn't|does not|never (?:was|did))"
    r"(?: (?:really|actually|though|lol|haha))?(?=\s*(?:[.,;!?)]|$))"
)
"""A claim told, then taken back in a bare word at the end ("say there was a hair in my food so
they comp the meal, there wasn't", "tell the airline the bag arrived wet, it didn't"); a
complaint told as it is ends with no denial, and stays a complaint."""

PATTERNS = (
    _THING_FINE,
    _ON_ME,
    *_NEVER_FELL,
    _REBOOKED,
    _STAGED,
    _FAULT_DENIED,
    _CLAIM_DENIED,
    _OUTING_BEHIND,
    *stories_given_away.PATTERNS,
)
"""Each story with the words that undo it; `core.asks.deception.DECEPTION` joins them."""
