"""Money words that take nothing from the person asked.

"Ask someone at the station if they have change for a 100 rupee note" names money, but the
user hands over the note for the same sum in coins: nobody is a rupee poorer, and the rubric's
strangers may be asked for it as easily as for the time. Likewise being shown how to top up
the user's own travel card, or how to send money on the user's own phone ("teach me how to
send money on M-Pesa myself"), the user's own watch ("though I've a watch on me"), or the user's
belief that they can't afford something they ask the price of ("instead of assuming I can't
afford it"). `core.asks.requests.MONEY`, `PERSONAL_MONEY` and `CASH` read those words as money
handed over, so the slots read what is wanted with them blanked out. Spare change, change for
the bus, or a top-up paid for the user are still money. The patterns match the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

EVEN_SWAPS = words(
    r"(?:change|break)s? (?:a|an|one|this|the|my) (?:[\w-]+ ){0,3}(?:note|bill)"
    r"(?: into (?:coins|change|smaller (?:notes|bills)))?",
    r"(?:change|break)s? (?:a|an|one|this|my) (?:[$£€₹₦]\s?\d+|\d+|twenty|fifty|hundred|tenner"
    r"|fiver|twenty-pound|fifty-pound)(?!\w)(?! (?:off|discount|more|extra|for (?:the|a|my) (?:bus"
    r"|fare|ticket|taxi)))",
    r"(?:have |got |give me |some )?(?:change|coins) for (?:a|an|one|this) (?:[\w-]+ ){0,3}"
    r"(?:note|bill)",
    r"how (?:to|do i|i can|i could) top up (?:my|the)",
    r"how (?:to|do i|i can|i could) (?:send|transfer|receive|withdraw|deposit) (?:money|cash)"
    r"(?: (?:on|with|by|via|through|using|from) (?:my |the )?[\w-]+)?(?: (?:myself|by myself"
    r"|on my own))?",
    r"(?:i've|i have|i've got|i'm wearing|i wear|i've on) (?:a|my) (?:\w+ )?watch",
    r"(?:assum\w*|think\w*|thought|believ\w*|guess\w*|decid\w*) (?:that )?i (?:can't|cannot"
    r"|couldn't) afford (?:it|one|them)",
    r"(?:save|saves|saving) (?:us |each of us |the both of us )?money (?:for )?(?:both of us|us"
    r" both|the two of us|together|for both)\b|(?:both|each) (?:of us )?(?:save|saves) money\b",
    r"(?:where|how|which (?:[\w-]+ ){0,2}?(?:place|office|bank|shop|booth|kiosk))(?: (?:i|we)"
    r" (?:can|could|should|might)| to| is best to| is the best place to| (?:do|should) (?:i|we))?"
    r" (?:change|exchange|swap|convert|withdraw|get out|take out|get(?= (?:some )?(?:cash|money)"
    r" out))(?: (?:some|my|our|a bit"
    r" of|more))? (?:money|cash|currency|foreign currency|(?:[\w-]+ )?(?:dollars|euros|pounds"
    r"|quid|bucks|rupees|pesos|yen|baht|dirhams|lira|francs|zloty|kroner|krona|rand|naira)\b)"
    r"(?: (?:out|into|for) (?:[\w-]+ )?(?:money|cash|currency|dollars|euros|pounds|rupees|pesos"
    r"|yen|baht|dirhams|lira|francs|zloty|kroner|krona|rand|naira|local (?:money|currency)))?",
    r"(?:the |a )?(?:money|currency) (?:exchange|changer|change)s?(?: (?:office|booth|kiosk"
    r"|place|shop))?\b",
)
"""A note changed for coins of the same sum ("change a $20 for me, I got no small bills"), a
card the user tops up, the user's own watch, the user's own fear of a price, a cost shared so
that "both of us" save money (one big umbrella for two stalls), or where the user can change
money ("a stranger where I can change money", "the nearest currency exchange"): the way to a
bureau de change, no money of theirs asked."""
