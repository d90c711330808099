"""What is asked for, in words: the request lexicons the slots are read from.

Each pattern names one thing an ask can want: money or things, or contact details (touch
and a date are in `core.asks.affection`, a judgement of the user in `core.asks.judgement`).
How it is asked (again, round a block, on camera, under a pretence, by demanding) is in
`core.asks.persistence`, `core.asks.conduct` and `core.asks.deception`.
They match the normal form of `core.asks.text`; guidance ("never ask again") is left
out by the reader, not here.
"""

from __future__ import annotations

import re

from core.asks import (
    deep_pockets,
    empty_pockets,
    leftovers_and_spares,
    money_in_other_tongues,
    overstepping,
    payments,
    their_pocket,
    things_handed_over,
    whereabouts,
)
from core.asks import taking_liberties as liberties
from core.asks.text import words

_THEIR = r"(?:their|his|her|your|the person's|someone's|a stranger's|the stranger's)"
_VALUABLES = (
    r"(?:umbrella|watch|bike|bicycle|car|(?:cell ?|mobile |smart)?phone|tablet|headphones"
    r"|earphones|laptop|jacket|coat|scarf|hat"
    r"|bag|sandwich|lunch|food|snacks?|chips|crisps|drink|coffee|beer|wine|cigarettes?|smokes?"
    r"|lighter|tickets?|metro tickets|pass|book|pen|sunglasses|jewellery|ring|necklace|shoes"
    r"|wallet|card|groceries|shopping|meal|dinner|seat|spot|place|bangles?|payals?|anklets?)"
)

_JEWELLERY = (
    r"(?:watch|ring|necklace|bracelet|earrings|jewellery|jewelry|brooch|pendant|jhumk[ai]s?"
    r"|bangles?|anklets?|nose ?rings?|maang tikkas?|tikkas?)"
)
"""A piece of jewellery, in the words of a wedding guest too ("her gold jhumkas", "her
bangles")."""

_SMALL_LOAN = (
    r"(?! (?:a|an|your|their|his|her) (?:spare )?(?:pen|pencil|biro|lighter|rubber|eraser|ruler"
    r"|tissue|napkin|charger|cable|lead|map|hand|ear|minute|second|moment)\b)"
)
"""Lending a pen or a hand for a minute: a small favour, not money."""
_OFF = r"(?! off\b)"
"""A sum knocked off a price ("knock a tenner off"): a discount asked, not money handed over."""

_SETTLES_MY_BILL = r"(?:pick up|settle|foot|take care of) (?:my|our) (?:\w+ )?(?:bill|tab|check)"
"""Someone else settling the user's bill: money, and out of that person's own pocket."""
_ON_THEIR = r"(?:with|on) (?:his|her|their) (?:own )?(?:bank |credit |debit )?"
"""Paying with the other person's own card, cash or account (the word follows)."""

_COVER_A_WHILE = (
    r" (?:for (?:a |an |the )?(?:\w+ )?(?:minutes?|mins?|hours?|bit|while|sec|second|moment"
    r"|break|morning|afternoon|evening|night)\b| while (?:i|we)\b| so (?:i|we) can\b)"
)
"""Covering for the user a while ("cover me for ten minutes so I can eat"): time, not money."""
MONEY = words(
    r"money|(?<!take )(?<!takes )(?<!accept )(?<!accepts )(?<!in )(?<!with )(?<!by )cash"
    r"(?! (?:machine|point|back|desk|register|only|(?:&|and|n'?) carry))"
    r"|(?<!the )(?<!my )(?<!le )(?<!du )(?<!au )coins?"
    r"|(?:spare|some|small|loose) change|change for|(?:dollars?"
    r"|euros?|pounds|quid|bucks|fivers?|tenners?|rupees?|pesos?|yen|naira|rand|lira|baht|dirhams?"
    rf"|zloty|kroner|krona|francs?|pula){_OFF}",
    r"[$£€]\s?\d+|\d+ (?:dollars|euros|pounds|bucks|quid)",
    r"pay for (?:my|me|it|the rest|our)",
    r"(?:buy|shout) (?:me|us) (?:a|an|some|the|my|lunch|dinner|coffee|drinks?)\b|belanja (?:me|us"
    r"|saya|aku)\b|(?:for|give me) (?:a |one )?(?:toonie|loonie)s?\b",
    rf"(?:to|for) (?:donate|chip in|sponsor|cover(?! (?:me|us){_COVER_A_WHILE})|venmo|paypal"
    rf"|lend me{_SMALL_LOAN}|give me)",
    r"donat\w+|chip in|venmo|paypal|cash ?app|revolut|zelle|bank transfer|crowdfund\w*|beg(?:s|ged"
    r"|ging)?|(?:bus|train|taxi|tram) fare"
    r"|top up (?:my|your)|(?:pay|cover) (?:my|your) (?:bill|fare|ticket|rent|phone)",
    r"cover (?:the rest of )?(?:my|your) \w+",
    rf"{_ON_THEIR}(?:card|money|cash|account)",
    r"borrow (?:\w+ ){1,3}(?:for|until|till|over) (?:the |a |next )?(?:weekend|week|month|night"
    r"|overnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|summer|holidays?)",
    r"spare (?:a|some|any)|spare (?:[a-z]{1,3}|[$£€₦₹¥])?\d[\d,.]*(?! ?(?:min|minute|sec|second"
    r"|hour|hr)s?\b)",
    rf"lend (?:me|us){_SMALL_LOAN} (?:some|a|their|his|her|\d+|money|cash)",
    rf"(?:give|hand) (?:me|us) {_THEIR} \w+",
    rf"(?:for|have|keep|take) {_THEIR} (?:old |spare |leftover )?{_VALUABLES}",
    rf"for (?:a|an|some) {_VALUABLES}",
    r"to keep(?! an eye| a lookout| watch| an ear| me company| going| calm| warm| in touch| track"
    r"| (?:my|our|a|the) (?:seat|place|spot))|leftover \w+",
    rf"use {_THEIR} (?:phone|laptop|car|bike)",
    r"(?:buy|pay for|get) (?:me|us|my|our|your) (?:a |an |some )?(?:coffee|drink|lunch|dinner|meal"
    r"|round|ticket|fare|shopping|groceries|food)",
    r"pay (?:my|our|for my|for our) \w+|fund (?:my|our)|bankroll|finance my|sponsor me",
    r"(?:take|get|draw) out (?:some |\d+ |twenty |ten |fifty )?(?:cash|money)?(?: for me)"
    r"|lottery ticket",
    r"free (?:meal|drink|coffee|lunch|dinner|ride|ticket|food|stuff|things?) from",
    rf"valuables|(?:a|their|his|her) (?:\w+ )?{_JEWELLERY}",
    _SETTLES_MY_BILL,
    r"give me (?:\w+ ){1,3}(?:they're|he's|she's|they are|he is|she is) (?:wearing|holding"
    r"|carrying|eating|drinking|using)",
    r"send me (?:a |some )?(?:gift|present|money|cash|something|a parcel)",
    r"hand (?:over|me) (?:their|his|her)|for good\b",
    r"treat (?:me|us) to",
    rf"(?:a couple of|some of|one of|a few of|two of) {_THEIR} (?:\w+ )?(?:{_VALUABLES}|tokens"
    r"|vouchers|pizzas?|chips|fries|drinks|sweets)",
    r"(?:have|take|get|keep) (?:one of )?(?:the|their|his|her) (?:\w+ ){0,2}(?:they're|he's"
    r"|she's|they are|he is|she is) (?:wearing|holding|carrying|eating|drinking|using"
    r"|delivering)",
    *payments.MONEY,
    *payments.FREE_GOODS,
    *liberties.MONEY,
    *deep_pockets.HANDOUTS,
    *things_handed_over.MONEY,
    *empty_pockets.MONEY,
    *money_in_other_tongues.MONEY,
)
MONEY = re.compile(f"{MONEY.pattern}|{payments.SUM}")

_DETAILS = (
    r"(?:phone |mobile |cell |personal |home |whatsapp )?(?:numbers?|numbahs?|numbas?)"
    r"|(?:email|e-mail)(?: address)?"
    r"|(?:home |postal |street )?address|instagram|insta|snapchat|snap|whatsapp|facebook|socials"
    r"|social media|tiktok|handle|linkedin|(?:full |real |last )name|surname|line id|fb|ig"
)
_BUSINESS = (
    r"(?:shop|cafe|café|bakery|restaurant|bar|pub|hotel|salon|clinic|surgery|company|business"
    r"|office|school|library|gym|studio|place|store|firm|bank|garage|pharmacy|club|venue"
    r"|practice|stall|team|group|page|site|brand|band|council|charity|museum|theatre|church)"
)
"""A business or a group: its number or page is public, not a person's own."""
_FOR_HIRE = (
    r"(?:taxi|cab|minicab|takeaway|agency|service|plumber|electrician|locksmith|mechanic|builder"
    r"|roofer|dentist|vet|tutor|trainer|groomer|dog walker)"
)
"""A trade or a tradesperson, whose number is there to be given ("the number of a good taxi
firm", "the number of a plumber"); the number of "the cleaner who does room 12" is still
someone's own."""
CONTACT_PERSONAL = words(
    rf"(?:their|his|her|your|a stranger's|someone's|the person's) (?:\w+ )?(?:{_DETAILS})",
    rf"(?:{_DETAILS}) of (?:someone|somebody|a stranger|a person"
    rf"|a (?!(?:\w+ )?(?:{_BUSINESS}|{_FOR_HIRE})s?\b)\w+|the (?!(?:\w+ )?(?:{_BUSINESS}s?"
    rf"|{_FOR_HIRE}s? (?:he|she|they|you|we|i) (?:uses?|used|recommends?|mentioned|was talking"
    rf"|were talking|goes? to|took)|(?:good|local|best) {_FOR_HIRE})\b)\w+)",
    r"where (?:they|he|she|you) (?:lives?|works?|stays?)|what street",
    r"add (?:me|them|him|her) on|follow (?:me) on|(?:swap|exchange)(?:ping)? (?:numbers|details"
    r"|contacts|socials)",
    r"contact details|(?:get|got) (?:a |the )?(?:\w+ )?(?:number|email)",
    r"(?:which|what) (?:gym|school|office|building|street|area|neighbourhood|station|flat"
    r"|house|halls|road|estate|block|floor|room|hotel|dorm|campus) (?:she|he|they) (?:goes to|go to"
    r"|works? at|lives? in|uses?|lives? on|stays? in|stays? at|(?:is|'s) staying (?:in|at))",
    r"(?:when|what time) (?:she|he|they) (?:finish(?:es)?|leaves?|gets? off|goes? home|is alone)",
    r"(?:when|what time) (?:she|he)(?:'s| is) (?:done|off|finished|clocking off)"
    r"(?: (?:work|with (?:work|(?:her|his|their) shift)))? (?:tonight|today|this evening"
    r"|for the (?:day|night))\b",
    r"(?:when|what time) (?:her|his|their) (?:shift|work|working day|day) (?:finish(?:es)?|ends?"
    r"|is over|starts?)",
    r"(?:when|what time|where) (?:she|he|they) (?:usually |normally |always )?(?:trains?|go|goes"
    r"|finish(?:es)?|leaves?|works?|runs?|walks?|swims?|gets? off|parks?)(?! (?:the|a|an|their"
    r"|his|her|classes|class|sessions?|courses?|workshops?|tours?)\b)",
    r"where (?:the|that|this) \w+ (?:lives?|works?|stays?)",
    r"(?:which|what) (?:flat|house|building|door|room|apartment) (?:is|was) (?:his|hers|theirs)",
    r"(?:where|which \w+|what \w+) (?:she|he|they)(?:'s|'re| is| are|'ll be| will be)? (?:staying"
    r"|living|flying|going|heading|sleeping)",
    r"where (?:exactly |roughly |precisely )?(?:they|he|she) (?:lives?|works?|stays?)",
    r"(?:which|what) (?:days?|times?|nights?|mornings?|evenings?|hours|route|routes|stop|office"
    r"|part of town|bus|train) (?:\w+ ){0,3}(?:she|he|they) (?:usually |normally |always )?"
    r"(?:trains?|works?|runs?|drives?|comes? (?:in|here|to)|is in|swims?|goes|go|walks?|cycles?"
    r"|gets? off"
    r"|lives? in|leaves?|takes?)(?! (?:the|a|an|their|his|her|classes|class|sessions?|courses?"
    r"|workshops?|tours?|deliveries|orders|bookings)\b)",
    r"what (?:her|his|their) (?:shifts?|rota|schedule|routine|hours) (?:is|are)|(?:her|his"
    r"|their) (?:shift pattern|rota|daily routine|running route|route home|commute)",
    r"ask (?:[\w']+ ){1,3}?(?:her|his|their) (?:shifts?|rota|schedule|working hours)\b",
    r"(?:his|her|their)(?= @)|(?:which|what) (?:nights?|days?|shifts?|times?) (?:the|that|this)"
    r" (?:\w+ ){1,6}(?:is|are) working\b",
    r"where else (?:she|he|they) works?|which school (?:their|his|her) (?:kids|children|son"
    r"|daughter|child)",
    rf"(?:the|a|that|this|my|your|our) (?:\w+ ){{0,2}}(?!{_BUSINESS}'s)\w+'s (?:\w+ )?"
    rf"(?:{_DETAILS})",
    rf"(?:the|a|that|this) (?:\w+ ){{0,2}}(?!{_BUSINESS}'s)\w+'s (?:personal |private"
    r" |own )?(?:mobile|cell|cellphone|cell phone)\b(?! (?:app|data|signal|phone case|charger"
    r"|reception|coverage|banking))",
    *whereabouts.CONTACT_PERSONAL,
    *overstepping.CONTACT_PERSONAL,
)
_POSTED_ON = "".join(
    rf"(?<!{w} on )" for w in ("it", "them", "this", "that", "post", "posted", "posting")
)
"""A network named as where the user's own work goes ("post it on Facebook"): a medium."""
CONTACT = words(
    r"(?:phone|mobile|cell|personal|whatsapp) numbers?|numbers|(?:email|e-mail)(?: address"
    r"|(?! (?:the|him|her|them|my|our|their|a|an|his|me|us) ))"
    r"|(?:home|postal|street) address|\bfor (?:number|digits|(?:her|his|their) digits)\b",
    rf"{_POSTED_ON}(?:instagram|insta|snapchat|whatsapp|facebook|socials|social media|tiktok|handle"
    r"|linkedin)"
    r"(?! (?:groups?|pages?|marketplace|community|communities|chats?|posts?|stories|live|reels?"
    r"|forum))|surname|full name",
    r"where (?:they|he|she|you) (?:lives?|works?)",
)
"""Contact details asked for; "email the guy to ask for a call" names how the user writes,
not what they ask for."""

PERSONAL_MONEY = words(
    r"(?:to|they'd|would|will|could) pay (?:for (?:my|me|us|our)|my|our|the difference|the rest)"
    rf"|lend (?:me|us){_SMALL_LOAN}|buy (?:me|us)|cover (?:my|me|us|our)(?! (?:\w+ )?(?:shifts?"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|rota|slot|class|lesson|duty|duties"
    rf"|round|desk|post)|{_COVER_A_WHILE})|give me (?:money|cash|some money|\d+)"
    rf"|{_SETTLES_MY_BILL}"
    r"|(?:give|hand|let me have) (?:it|them|one|this|that)(?: to me)? for free|i (?:can't|cannot"
    r"|couldn't) afford (?:it|one|them)"
    r"|buy (?:[\w']+ ){1,4}for (?:me|us)\b"
    rf"|{_ON_THEIR}(?:card|money|cash)"
    r"|(?:their|his|her) own money|venmo|paypal|chip in|donate|(?:a|some) loan",
    r"cover (?:the |my )?(?:[\w£$€.]+ ){0,2}(?:i'm|i am|we're|we are) short",
    *payments.FREE_GOODS,
    *payments.MONEY[1:],
    *liberties.MONEY,
    *leftovers_and_spares.PATTERNS,
    *money_in_other_tongues.THEIR_THINGS,
    *their_pocket.PERSONAL_MONEY,
)
"""Money out of the other person's own pocket: never asked of staff either."""

CASH = words(
    r"(?:lend|give|send) (?:me|us) (?:some )?(?:money|cash|\d+k?|[$£€])|borrow (?:some )?(?:money"
    r"|cash|\d+k?|[$£€])|for (?:some )?(?:money|cash|a loan)|a loan",
    r"(?:for|take|have|give me) (?:their|his|her) (?:lunch |pocket |dinner |bus |spare )?money\b",
    r"(?:\d+ (?:quid|pounds|dollars|euros|bucks|zloty|rupees|pesos|naira|rand|francs)|[$£€]\s?\d+"
    rf"|{payments.MONEY[0]}){payments.RATE}",
    *payments.MONEY[1:],
    r"(?:pay|cover|pick up|settle|foot|get|take care of) (?:my|your|our) (?:\w+ )?(?:bill|bills"
    r"|tab|check|rent|fare|debts?|fees?|mortgage)",
    rf"(?:borrow|lend me|have|keep|wear) {_THEIR} (?:\w+ ){{0,2}}{_JEWELLERY}",
    rf"{payments.WORDED_SUM}{payments.RATE}",
    *deep_pockets.LOANS,
)
CASH = re.compile(f"{CASH.pattern}|{payments.SUM}{payments.RATE}")
"""Cash itself (a loan, a sum, a bill paid) or a valuable (a piece of jewellery): asked only
of friends and family, who can say no to the user; a neighbour met at the mailbox cannot
easily."""
