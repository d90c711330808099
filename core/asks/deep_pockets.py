"""Money asked because the other person looks as if they can spare it.

"They can afford it", "she get plenty money", "he's some well off b'y", "mukhang mayaman"
(Tagalog: looks rich), "they have more than enough", "he won't even notice", her old phone
asked for "because she has two": when the only reason a user gives for someone paying is that
person's wealth, the person has no reason of their own to give. A no from a shopper, a client
or a new neighbour who is told they are rich enough costs them an awkward moment the user chose
for them, and the user's own budget ("what I can afford") is no such reason. Family, a partner
and friends may still be asked, and say no.

The handouts come in many words too: a "tip" asked for, a cheque written for the user's tax,
"dash me" (West African English: give me), "pang-merienda" (Tagalog: snack money), duit raya
(Malay festive money), so much "each" towards the user's holiday or shoes, forty pound lent
"till my pension comes in". The handouts feed `core.asks.requests`, the shares asked "each"
`core.asks.customers.AS_A_GIFT`; `core.asks.slots` reads `cites_their_wealth`. All match the
normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks import money_in_other_tongues
from core.asks.text import words

_THEY = (
    r"(?<!what )(?!the (?:company|firm|business|school|council|office|charity|club|team|budget)\b)"
    r"(?:she|he|they|e|dem|(?:the|these|those) \w+|\w+s)"
)
"""Whoever is asked, never the user ("what I can afford" is the user's own budget), nor an
employer or a club asked to pay for what it pays for ("whether the company could afford my
training course")."""
_SO = r"(?:(?:so|very|super|really|proper|pretty|clearly|obviously|def|definitely|some|well|all) )*"
_RICH = (
    r"(?:rich|loaded(?! (?:the|a|an|my|it|up|onto|into|in|with)\b)|minted|wealthy|well off"
    r"|well-off|well to do|rolling in it|rolling in (?:money|cash|dough)|made of money|mayaman"
    r"|stinking rich)"
)
_PLENTY = r"(?:plenty|lots|loads|heaps|so much|too much|tons|a lot)"
_END = r"(?= ?(?:[,.!;]|$|anyway|so |yalla|lah|na\b|abeg))"
"""The end of a clause: "she's got heaps." says money, "heaps of time to chat" does not."""

THEIR_WEALTH = words(
    rf"{_THEY} (?:can|could|fit|will|would|'ll) (?:easily |totally |sure |surely |def "
    r"|definitely |clearly |obviously |well )?afford\b",
    rf"(?:she|he|they|e|dem)(?:'s|'re| is| are| be| dey| seems?| looks?| look)? {_SO}{_RICH}\b",
    rf"(?:looks?|looked|looking|seems?|seemed|mukhang|by the look of (?:him|her|them))"
    rf" {_SO}{_RICH}\b"
    r"|(?:rich|prosperous|wealthy|posh)[- ]looking|mayaman (?:naman|sila|siya)",
    r"(?:the|a|an|that|this|some|one of the) (?:\w+ )?(?:rich|wealthy|minted)"
    r" (?=(?:\w+ ){0,2}(?:man"
    r"|men|woman|women|guy|guys|bloke|lady|ladies|person|people|tourists?|customers?|clients?"
    r"|guests?|passengers?|couple|family|families|kids?|uncle|aunt|auntie|neighbours?"
    r"|businessm[ae]n|foreigners?|visitors?|patrons?|patients?|madam|ma'am|one|ones|type|types)\b)",
    r"(?:looks?|seems?) like (?:she|he|they) (?:has|have|got|ha[sv]e|get) (?:it|money|cash"
    r"|plenty|loads|heaps)\b",
    rf"(?:she|he|they|e|dem)(?:'s|'re| is| are)? (?:get|got|has|have|having|dey get)"
    rf" (?:got )?(?:{_PLENTY} (?:of )?(?:money|cash|dosh|dough)|more than enough|big money"
    rf"|money plenty|{_PLENTY}{_END})",
    rf"(?:her|his|their) (?:old|spare|second|other|extra) [\w-]+,? (?:because|since|as|coz|cos)"
    rf" (?:she|he|they) (?:has|have|'s got|'ve got|got|owns?) (?:two|2|three|3|a spare|an extra"
    rf"|another)(?: of them| \w+)?{_END}",
    rf"(?:won't|will not|wont|wouldn't) (?:even )?(?:miss|notice|feel) (?:it|the money|the cash"
    rf"|that)\b|(?:won't|will not|wont|wouldn't) (?:even )?(?:miss|notice){_END}"
    r"|(?:won't|will not|wouldn't) hurt (?:her|him|them)\b|\be get (?:plenty )?money\b",
    r"(?:is|'s|be) nothing (?:for|to) (?:her|him|them)\b|for (?:her|him|them) (?:it )?(?:is|'s)"
    r" nothing\b",
    r"(?:won't|will not|wont|wouldn't|never) (?:even )?miss (?:a|an|the|one|\w+) (?:\w+ )?"
    r"(?:pounds?|quid|bucks|dollars?|euros?|tenner|fiver|twenty|fifty|hundred|grand)\b",
    r"(?:wears?|wearing|dey wear) (?:a |an )?(?:rolex|gold rolex|patek|cartier)|(?:range rover"
    r"|porsche|lambo\w*|bentley|ferrari|maserati) (?:on|in) the (?:drive|driveway)\b|flahoolach"
    r"|e no go pain (?:am|dem)|(?:won't|will not) pain (?:him|her|them)\b",
    rf"fat (?:wallets?|purses?)|deep pockets|(?<!if )(?<!whether )(?:she|he|they|dem) (?:have|has"
    rf"|got|get) (?:the )?money{_END}",
    r"(?:she|he|they|dem)(?:'s| has|'ve| have)? (?:got |bought |owns? )?(?:so many|nuff|a dozen"
    r"|dozens)\b",
    r"(?:she|he|they|dem) (?:don't|doesn't|won't|wouldn't) (?:even |really )?need (?:it|them|those"
    r"|that|one|em)\b|(?:fly|flying|flies|go|going|head|heading) home anyway\b",
    r"(?:won't|will not|wont|wouldn't|never) (?:even )?(?:miss|notice) (?:a |an |the |one )?"
    r"(?:[$£€] ?\d+|\d+ ?(?:bucks|quid|dollars|euros|pounds|rand|k)\b)",
    r"(?:about to|going to|gonna|just) (?:drop|dropped|spend|spent|blow|blew|splash|splashed)"
    r" (?:out )?(?:[$£€]? ?\d+(?:\.\d+)? ?(?:m|k|mil|million|grand)\b|millions|a fortune)",
    r"(?:so |and )(?:he|she|they)(?:'s|'re| is| are) (?:doing|doin'?) (?:alright|all right|ok|okay"
    r"|well|fine|good|great|nicely)\b|(?:doing|doin'?) (?:alright|all right|well|ok|okay|fine"
    r"|nicely) for (?:himself|herself|themselves)\b",
    r"(?:he|she|they)(?:'s| has|'ve| have) got (?:a |an )?(?:brand[- ]new|new|fancy|shiny|flash)"
    r" (?:[\w-]+ )?(?:f-?\d+|truck|ute|car|suv|4x4|bmw|merc|mercedes|tesla|boat|pickup|bakkie"
    r"|rig)\b",
    r"(?:she|he|they)(?:'s| is|'re| are)? (?:always )?(?:tips?|tipping) (?:big|well|generously"
    r"|loads|heaps|a lot|large)\b|(?:a |the )?big tipper|(?:she|he|they) (?:always )?(?:gives?"
    r"|leaves?) (?:a )?(?:big|huge|fat|generous) tips?\b",
    r"(?:she|he|they)(?:'s| has|'ve| have)? (?:got |owns? |drives? )(?:a |an )?(?:range rover"
    r"|porsche|lambo\w*|bentley|ferrari|maserati|tesla|tennis court|swimming pool|yacht"
    r"|holiday home|beach house|louis vuitton|lv bag|birkin)\b|with the (?:louis vuitton|lv"
    r"|gucci|prada|chanel|hermes|birkin) bag\b",
    r"(?:she|he|they)(?:'ll|'d| will| would) (?:no|nae|not) (?:even )?(?:miss|notice) (?:it|the"
    r" money|that|a (?:tenner|fiver|twenty|quid|hundred)|[$£€] ?\d+)\b",
    *money_in_other_tongues.WEALTH,
)
"""The other person's wealth given as the reason they should pay: they can afford it, look
rich, have plenty of money or more than enough, won't miss it, it is nothing to them, or they
are named by it ("the rich client"), or by what shows it ("dey wear Rolex", "Range Rover on the
drive", "they'd never miss a fiver", "all carry fat wallets"); or the thing is one of many they
have ("she has so many coats", "dem have nuff pair", "they bought a dozen"), or one they are said
not to need ("they fly home anyway", "they don't need them in Munich"); or they "won't miss
$40", are "about to drop 2M", are "doing alright for himself" or "so he's doin alright" beside
his "brand new F-350", or tip big ("she always gives big tip"), or own a Range Rover, a tennis
court or a Louis Vuitton bag, or "she'll no miss a tenner": their money, not a reason of
theirs, given for the ask."""

_ADVICE = r"(?!s\b| (?:on|about|or|how|for how|to|re|for (?:getting|my|the))\b)"
"""A tip on pacing or a tip for getting there is advice, not money."""
_SUM_FOR_MY_NEEDS = (
    r"(?:ask|asking|request\w*|beg\w*) (?:\w+ ){0,4}?for (?:\d+k?|a few|some|small)"
    r" (?:bob |shillings? |ksh |kes |naira |cedis |pesos |rupees |bucks |dollars )?(?:for"
    r"|to buy|to get|to top up) (?:my |some |me )?(?:airtime|credit|data|bundles?|fare"
    r"|transport|lunch|food|petrol|fuel)\b"
)
"""A bare sum asked for the user's own airtime, fare or lunch ("ask him for 1000 for lunch"):
money out of the other's pocket, a handout (`HANDOUTS`) and cash (`LOANS`) alike. Asked of a
kiosk, the same words buy airtime, and neither reading refuses a counter that."""

HANDOUTS = (
    _SUM_FOR_MY_NEEDS,
    rf"tip (?:me|us)\b(?! off\b| on\b| about\b)|(?:leave|give|slip|hand) (?:me|us) (?:a |an"
    rf" |some )?['\"]?(?:little |small |big |nice |extra |good )?tip['\"]?{_ADVICE}\b",
    r"dash (?:me|us)\b|write (?:me|us) (?:a |out a )?(?:check|cheque)\b",
    r"(?:pay|cover|settle|take care of) (?:my|our) (?:\w+ )?tax(?:es)?\b",
    r"pay (?:me|us) (?:an? )?(?:extra|more|double)\b",
    r"pang-?(?:merienda|kain|load|pamasahe|gas|baon)|pamasahe|duit raya|ang ?pau|ang ?pao"
    r"|angpow|hongbao|baksheesh|chai-?pani",
    r"que me (?:compre|pague|regale|invite|preste)n?\b|c[oó]mprame|p[aá]game\b|traktir\w*"
    r"|bayarin|(?:minta|kasih) (?:duit|uang)\b",
    r"(?:throw|chuck|bung|toss|put|add) in (?:an? )?(?:extra|additional|few|couple of|little)"
    r" (?:more )?(?:[$£€] ?\d+|\d+ ?(?:k\b)?(?! ?(?:minutes?|mins?|hours?|days?|items?|pieces?"
    r"|percent|%|kg|km))|ten|twenty|thirty|forty|fifty|hundred|tenner|fiver|pounds?|quid|bucks"
    r"|dollars?|euros?|rupees|pesos|naira|cedis|rand)\b",
    r"(?:stick|throw|chuck|bung|put|slip|toss) (?:an? )?(?:extra |little )?(?:[$£€] ?\d+|\d+|ten"
    r"|twenty|fifty|hundred|tenner|fiver) (?:quid |bucks |dollars |euros |pounds )?in (?:for (?:me"
    r"|us)|extra|on top)\b",
    r"spot (?:me|us) for (?:my|our|the) (?:\w+ ){0,2}?(?:lunch|dinner|breakfast|coffee|drinks?"
    r"|food|order|meal|tab|bill|fare|ticket|petrol|gas|diesel)\b",
)
"""Money asked in everyday words: a tip asked for, "dash me", a cheque written, the
user's tax paid, extra pay, and snack or festive money in other tongues; a thing bought for
the user or a treat in Spanish or Indonesian ("que me compre un libro", "minta traktir"); an
extra twenty thrown in on top of a fare or "stuck in for me", a lunch order spotted."""

_SUM_WORD = r"(?:pounds?|quid|bucks|dollars?|euros?|tenner|fiver|rupees|pesos|naira|cedis|rand)"
LOANS = (
    rf"(?:lend|loan|sub|front) (?:me|us) (?:a |an )?(?:few |couple of )?(?:\w+ )?(?:{_SUM_WORD}"
    r"|twenty|fifty|hundred|thousand|grand)\b",
    rf"(?:give|send|spot) (?:me|us) (?:a |an )?(?:few |couple of )?(?:\w+ )?{_SUM_WORD}\b",
    _SUM_FOR_MY_NEEDS,
    r"for (?:a|an) (?:(?:small|quick|little|short-term|\d[\d,.]*k?|[$£€₦₹¥]\s?\d[\d,.]*k?) )+"
    r"loan\b",
)
"""A sum lent or given in words ("lend me forty pound", "lend us a tenner"), or a bare sum
asked for the user's own airtime, fare or lunch, or a loan of a size ("for a 50k loan"; a
student loan names no sum)."""

_NOT_A_KITTY = (
    r"(?!(?:\w+ )?(?:charity|sponsor\w*|fundraiser|appeal|cause|collection|kitty|team|club|group"
    r"|class|gift|present|card|leaving)\b)"
)
EACH_FOR_ME = (
    r"(?:for|give|pay|send|chip in|put in|chuck|bung|throw|sling|stick) (?:me |us )?(?:a |an )?"
    r"(?:tenner|fiver|twenty|quid"
    r"|score|[$£€]\s?\d+|\d+ ?(?:quid|bucks|dollars|euros|pounds|rand|pesos|rupees)) (?:each"
    rf"|apiece|a head) (?:for|towards?|to) (?:my|ma|me) {_NOT_A_KITTY}(?:new |own )?\w+",
)
"""So much each from a group towards the user's own holiday, new shoes or petrol ("a tenner
each towards ma holiday", "chuck a fiver each towards my petrol"); a kitty, a card or a
charity stays fair."""
