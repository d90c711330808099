"""What the other person gave the user freely: their number, or samples set out for anyone.

"The woman from the dog park gave me her number and said text me about puppy class",
"Sister Joan, who said to call her any time", "guy from my lab gave me his insta and said
chama aí" (Portuguese: give me a shout): a line offered by its owner is theirs to give, and
using it is what they asked for, not a private line hunted down. The slots read contact
details with these words blanked out (`core.asks.offers.OFFERED`), so a number asked of a
stranger elsewhere in the words still counts.

"The cheese man handing out free samples", "a tray of free chai samples out": a taster set
out for whoever passes is an open invitation (`core.asks.strangers.OPEN_INVITATION`), so
asking for one, or for a second kind, asks no more of the seller than the tray already offers.
Patterns match the normal form of `core.asks.text`.
"""

from __future__ import annotations

_THEIR = r"(?:her|his|their)"
_LINE = (
    r"(?:(?:phone |mobile |cell |personal |own |home )?(?:number|no|digits)|insta(?:gram)?|ig"
    r"|snap(?:chat)?|whatsapp|wechat|line id|kakao(?:talk)?|telegram|facebook|fb|email"
    r"|e-mail|business card|contact card|contact|details)"
)
_CALL = r"(?:call|ring|phone|text|message|msg|dm|whatsapp|email|write to|get in touch with)"

NUMBER_GIVEN = (
    rf"(?:gave|has given|had given|handed|passed|wrote|sent|texted|shared|left) (?:me|us) {_THEIR}"
    rf" (?:\w+ )?{_LINE}(?: (?:himself|herself|themselves))?",
    rf"{_THEIR} {_LINE} (?:that |which )?(?:she|he|they) (?:gave|handed|wrote down) (?:me|us)",
    rf"(?:who|and|she|he|they) (?:said|told me|told us|says)(?: (?:i|we) (?:should|could|can))?"
    rf" (?:to )?(?:{_CALL}) (?:her|him|them|me)\b(?: (?:any ?time|whenever|about|for|if|when"
    r"|on|\w+day))?",
    r"(?:said|says|told me) ['\"]?(?:call|ring|text|message|msg|dm|whatsapp|email) me\b",
    r"(?:said|says|told me) ['\"]?(?:chama aí|me liga|llámame|llamame|escríbeme|escribeme"
    r"|ruf mich an|appelle-moi|bel me)",
)
"""The person's own line given to the user, or their own word to use it ("said call me for the
Napoli match")."""

INVITED = (
    *NUMBER_GIVEN,
    r"(?:she|he|they|and) (?:did |had |has |even )?(?:said|says|told me|told us)"
    r"(?: (?:i|we) (?:should|could|can))? (?:to )?(?:get in touch|keep in touch|reach out"
    r"|drop (?:by|in|round)|come (?:by|round|over|and see|see)|pop (?:by|in|round|over)|visit)\b",
    r"(?:she|he|they|and) (?:did |had |has )?(?:said|says|told me) ['\"]?(?:any ?time|whenever)\b",
)
"""The person's own line given, or their own word to get in touch or come by ("he gave me his
card and said any time", "he did say to get in touch"): someone who invited the user, no
stranger (`core.asks.relations`)."""

FREE_SAMPLES = (
    r"(?:free |complimentary )?(?:\w+ )?(?:samples?|tasters?|tastings?|free tastes?)"
    r" (?:(?:that |which )?(?:she|he|they)(?:'s|'re| is| are| was| were) (?:handing|giving|passing"
    r"|offering)|out\b|on offer|on the (?:counter|table|tray))",
    r"(?:offered|offers|offering|handed|gave) (?:me|us|everyone|passers-by|people) (?:a |some )?"
    r"(?:free |complimentary )?(?:\w+ )?(?:samples?|tasters?|tastes?|tastings?)",
    r"(?:a |the )?(?:tray|plate|platter|basket|bowl) of (?:free )?(?:\w+ )?(?:samples?|tasters?)",
    r"(?:one|some|a couple) of the (?:free )?(?:samples?|tasters?)",
)
"""Samples or tasters set out or offered to passers-by: theirs to give, free to take."""
