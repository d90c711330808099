"""Money in the words of many countries: currencies, payment apps, and goods asked free.

A user in Nairobi asks for "500 bob on M-Pesa", one in Lima for a "yape", one at a taco
stand for "five al pastor for nothing": money or goods out of the other person's pocket
all the same. The fragments are alternatives for the request lexicons of
`core.asks.requests`, over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_CURRENCY = (
    r"(?:bob|shillings?|ksh|kes|ugx|tzs|cedis?|birr|taka|rupiah|rp|ringgit|rm|dong|soles"
    r"|reais|reals|kwacha|leones?|rs|inr|rupees?|pkr|php|pesos?|lakh|crore|yuan|rmb|sgd"
    r"|aud|cad|nzd|usd|eur|gbp|zar|ngn|ghs|egp|lei|forint|koruna|hryvnia|rubles?|roubles"
    r"|lari|tenge|dinars?|riyals?|dirhams?|shekels?|quetzales|colones|bolivianos|guaraníes"
    r"|pula|bwp|kwanza|meticais|metical|ariary|dalasi|cfa|xof|xaf|emalangeni|maloti|loti|nakfa"
    r"|manat|som|dram|tugrik|kip|riel|kyat|afghanis?|rufiyaa|kina|tala|vatu|denars?|levs?|leva"
    r"|kuna|lempiras?|córdobas?|cordobas?|balboas?|sucres?|rands?|korun|czk|złoty|zloty|zł|pln|idr"
    r"|huf|vnd|thb|myr|jd|jod|aed|sar|qar|kwd|bhd|omr|chf|jpy|krw|sek|nok|dkk|lkr|npr"
    r"|brl|mxn|clp|cop|ars)"
)
_APPS = (
    r"(?:m-?pesa|gcash|paymaya|upi|paytm|gpay|google pay|phonepe|bkash|nagad|easypaisa"
    r"|jazzcash|momo|mobile money|airtel money|tigo pesa|orange money|interac|e-transfer"
    r"|bizum|swish|vipps|mobilepay|twint|pix|yape|plin|nequi|daviplata|mercado pago|alipay"
    r"|wechat pay|ovo|gopay|shopeepay|touch 'n go|tng|paynow|paylah|duitnow|blik|lipa"
    r"|cashapp|cash app|apple pay|tikkie|lydia|satispay|kaspi|promptpay|truemoney)"
)

MONEY = (
    rf"\d+k? (?:{_CURRENCY}|won)|{_CURRENCY} ?\d+|[₹₦₱₩¥₵₺₫₪]\s?\d+",
    r"(?<=for )r\d+\b|(?<=me )r\d+\b|(?<=spare )r\d+\b|(?<=us )r\d+\b",
    rf"(?:gcash|upi|pix|yape|m-?pesa) (?:me|us)\b|(?:on|via|by|through) {_APPS}",
    r"(?:send|transfer|e-transfer) (?:me|us) (?:some |a bit of |a little )?(?:\d|money|cash|funds)",
    r"(?:phone|mobile|data|airtime|credit) (?:recharge|top-?up|load)|(?:recharge|top up|load)"
    r" (?:my|our) (?:phone|mobile|data|airtime|credit|sim)",
    r"stand (?:me|us) (?:a|my|our|the) (?:next )?(?:round|drink|pint|coffee|meal)"
    r"|(?:stand|buy) (?:my|our) (?:next )?round",
    r"pays (?:for )?(?:my|me|our|us)\b|(?:an? )?(?:extra|bigger|larger) tips?\b",
    r"(?:sponsor|cover|chip in (?:for|to|toward|towards)) (?:\w+ ){0,2}?my (?:\w+ )?(?:fees"
    r"|tuition|rent|rental|lens|camera|trip|studies|course|bills?)",
    r"(?:give|hand) (?:me|us) (?:some|a few) (?:\w+ )?(?:złoty|zloty|euros|dollars|cash|coins)",
    r"(?:spot|front|sub|loan) (?:me|us) (?:a |some |a few |\w+ )?(?:bucks|quid|dollars|euros|pounds"
    r"|money|cash|fiver|tenner|twenty|fifty|hundred|\d+)",
)
"""A sum in a local currency ("300 pula", a rand's "R50" asked for), a transfer by a payment
app, a phone top-up, a round stood."""

_FREE = (
    r"(?:for (?:free|nothing)|free of charge|on the house|gratis|without (?:to pay|paying|payment"
    r"|charge|charging me)|at no cost|free(?=[,.!?;]|$| (?:of|since|because|as|just|for)\b))"
)
_NOT_GOODS = (
    r"(?!(?:sample|trial|taste|tasting|check|quote|estimate|consultation|upgrade|refill|glass"
    r"|water|map|class|day|lesson|session|event|wifi|delivery|return|returns|cancellation|parking"
    r"|entry|tour|leaflet|brochure|poster|blood|eye|hearing|advice|tips?|help|feedback"
    r"|guidance|info|information|hugs?|hand|chat|demo|try|go|spin|test|cardboard"
    r"|(?:bag|bags|box|boxes|carton|cartons|crate|crates)(?! of))\b)"
)
_OWN_TAKINGS = (
    r"(?:owner|seller|vendor|hawker|trader|stallholder|shopkeeper|\w+monger|man|woman|lady|guy"
    r"|uncle|auntie|aunty|lad|girl|boy|farmer|baker|butcher|market|stall|cart|stand)"
)
"""Someone whose takings are their own (an owner, a seller, the suya man): goods asked free of
them come out of their pocket, where a café's free coffee asked of its barista does not."""
FREE_GOODS = (
    rf"(?:(?:give|hand|throw in|sell) (?:me|us|you)|let (?:me|us|you) (?:have|take))"
    rf" (?:[\w'-]+ ){{0,5}}?{_FREE}",
    rf"(?:(?:if|whether) (?:i|we) (?:can|could|may)|(?:can|could|may) (?:i|we)) (?:just|simply)"
    rf" (?:have|take|grab|walk off with) (?:[\w'-]+ ){{0,5}}?{_FREE}",
    rf"(?:market|stall|stand|cart|seller|vendor|hawker|trader|\w+monger)\b[^.!?]{{0,60}}\bfor (?:a"
    rf"|an|one|two|three|some|\d+) (?:of (?:their|his|her) )?free {_NOT_GOODS}\w+",
    rf"(?:chuck|throw|bung|toss|stick) in (?:a|an|some|one|two|\d+) free {_NOT_GOODS}\w+",
    rf"(?:get|have|take) (?:\w+ ){{0,4}}?{_FREE} from (?:the|a|an|her|his|their) (?:\w+ )?"
    r"(?:stall|cart|stand|shop|seller|vendor|till|counter|van|truck|bakery|kitchen)",
    r"(?:cover|work|do) (?:\w+ ){0,4}?(?:for nothing|for free|unpaid|without pay)",
    r"(?:fix|repair|mend|service|patch|tune|cut|clean|sort) (?:[\w'-]+ ){0,6}?(?:and|but) (?:just"
    r" |simply )?(?:not|don't|do not) (?:to )?charge (?:me|us)\b(?![^.!?]{0,40}\b(?:again|twice"
    r"|warranty|guarantee|mistake|error|fault))",
    rf"{_OWN_TAKINGS}\b[^.!?]{{0,60}}\bfor (?:a|an|one|two|three|four|five|some|a few|a couple of"
    rf"|\d+) (?:\w+ )?free {_NOT_GOODS}(?:\w+ )?\w+",
    rf"{_OWN_TAKINGS}\b[^.!?]{{0,60}}\bfor (?:a|an|one|two|three|four|five|some|a few|a couple of"
    rf"|\d+) {_NOT_GOODS}(?:\w+ )?\w+ (?:of \w+ )?{_FREE}",
    r"(?:give|hand|slip|bung|toss|spot|pass) (?:me|us) (?:a |an |some |their |his |her )?(?:fiver"
    r"|tenner|twenty|score|note|quid|bucks|\d+)\b",
    rf"{_OWN_TAKINGS}\b[^.!?]{{0,60}}\b(?:if|whether) (?:i|we) (?:can |could |may |might )?(?:get"
    rf" |have )?(?:a|an|one|two|some|\d+|ein|eine|einen) {_NOT_GOODS}(?:[\w-]+ ){{1,2}}?(?:of "
    rf"(?!(?:empty|spare|old|used) ){_NOT_GOODS}(?:[\w-]+ ){{1,2}}?)?{_FREE}",
    r"(?:simply|just) (?:give|hand) (?:me|us) (?:a|an|one|two|three|some|\d+) (?:\w+ )?(?:kilos?"
    r"|kg|bags?|box|boxes|bunch|bunches|handful|loaf|loaves|dozen|punnet|portions?|plates?"
    r"|slices?|pieces?|bottles?|packs?|packets?)\b",
)
"""Goods asked free of someone who sells them ("hand you one for free", a market trader's
"free jar", "two pairs free", "a free box of Timbits"), a trade's work done "and just not
charge me", "if I can just take a sandwich
for free" (the "just" takes it, where "if I could have the end of the loaf" asks; of a trader,
"if I can have a fish roll for free" takes it too, and "a box of strawberries", where an empty
box for a move is the shop's to spare), or a note handed over ("hand me a
tenner"): their takings, out of their pocket. A free sample or a taste is theirs to offer,
and a café's free coffee is the café's, not its barista's."""

_SYMBOL = r"[$£€₹₦₱₩¥₵₺₫₪]"
SUM = rf"(?<![\w$£€])(?:{_SYMBOL} ?\d+(?:[.,]\d+)?k?|\d+(?:[.,]\d+)?k? ?{_SYMBOL})(?![\w$£€])"
"""A sum written with its currency sign ("$5", "20€"). Not a `words` fragment: a sign is no
word character, so word boundaries around it never match; this brings its own."""
WORDED_SUM = (
    r"(?:a few|a couple of|couple|five|ten|fifteen|twenty|thirty|forty|fifty|a hundred|hundred"
    r"|a thousand) (?:bucks|quid|dollars|euros|pounds|rupees|pesos|bob|shillings|rand|naira)"
)
"""A sum in words ("twenty bucks"), read as cash like one in figures."""

RATE = (
    r"(?! (?:a|an|per) (?:hour|day|week|month|session|lesson|class|walk|visit|lawn|car|load"
    r"|kilo|kg|night|shift|job|go|time|piece|page)\b)"
)
"""A sum followed by a rate ("20 bucks a week") is a price or a wage offered, not a handout:
put after a sum so it no longer reads as cash asked for."""
