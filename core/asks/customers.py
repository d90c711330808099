"""Money asked of the people the user serves at work, and valuables asked as a gift.

A regular at the user's stall, a client met at the office, the couple in the user's cab:
they come to the user for a service, and a no to the person serving them is hard, the
more so when the user leans on the warmth between them ("she says I'm like a son to
her"). Their paying the user's rent, fare or lunch, a loan or their phone left behind is
money out of their pocket, however well they know the user. What a client owes for the
work (an invoice, a deposit, a fee) is business, and not read here.

A piece of someone's jewellery or their belongings asked as a gift ("gift me one of her
silver payals") is valuables asked of someone who can't easily refuse, whoever they are
short of family and friends. All match the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks import deep_pockets, kept_for_keeps, things_handed_over
from core.asks.text import words

SERVED = words(
    r"(?:my|our|a|an|the|one of my|that|this|une|la|ma) (?:[\w-]+ ){0,2}?(?:clients?|clientes?"
    r"|customers?|regulars?"
    r"|passengers?|patrons?|fares)\b",
    r"(?:one|some|any) of the (?:\w+ )?(?:gym |club )?members (?:at|in) (?:the|my|our) (?:\w+ )?"
    r"(?:bar|desk|counter|till|front desk|reception|cafe|café)\b",
    r"(?:couple|family|people|tourists?|guys?|lady|man|woman|girls?) in (?:my|our) (?:cab|taxi"
    r"|car|tuk-?tuk|rickshaw|boat|shop|stall|salon|chair)\b",
    r"(?:the|my|our|a|an) (?:\w+ )?(?:buyers|purchasers|bidders|house-?hunters|renters|tenants)"
    r" (?:from|at) (?:my|our|the|[\w']+'s) (?:\w+ )?(?:open homes?|open houses?|viewings?"
    r"|listings?|auctions?|inspections?)\b",
    r"(?:whose|who's) (?:\w+ ){0,2}?(?:flat|house|home|apartment|office|garden|car|dog|dogs|kids"
    r"|children|windows|hair|nails|lawn|pool|books|accounts|taxes) (?:i|we) (?:clean|cleaned"
    r"|look after|mind|walk|tutor|do|cut|style|mow|service|babysit|care for|house-?sit)\b",
    r"(?:of|from|at|in) the (?:flat|house|home|apartment|villa|office) (?:i|we) (?:clean|cleaned"
    r"|look after|mind|house-?sit)\b",
    r"(?:the|one of the|a|an) (?:\w+ )?(?:mothers?|mums?|moms?|women|babies|patients|families)"
    r" (?:i|we) (?:delivered|helped deliver|treated|nursed|cared for|looked after|operated on)\b",
    r"(?:whoever(?:'s| is)|the (?:person|customer|one)(?: who's| who is|'s)?) next (?:in|at) (?:my"
    r"|our) (?:lane|line|queue|till|counter|checkout|window)\b",
    r"(?:the|my|a|one of the|one of my) (?:[\w-]+ ){0,3}?(?:i'm|i am|we're|we are) (?:wheeling"
    r"|pushing|portering|nursing|caring for|looking after|treating|serving|fitting|driving"
    r"|guiding|showing round)\b",
    r"(?:patient|resident|client|customer|guest)(?:'s|s') (?:family|relatives|kids|son|daughter"
    r"|wife|husband|parents|visitors|missus|missis|mrs|partner|other half)\b",
    r"\bin (?:bed|bay|cubicle|seat) \d+[a-z]?\b|at the end of (?:her|his|their) (?:session"
    r"|appointment|treatment|lesson|massage|class|consultation|visit)\b",
    r"owners? of the (?:\w+ ){0,2}?(?:i|we) (?:treated|desexed|spayed|neutered|groomed|operated on"
    r"|walked|vaccinated|boarded|fixed|repaired|serviced)\b|\w+ in (?:my|our|the) back ?seat\b",
    r"(?:the|that|this) (?:[\w-]+ ){0,2}?(?<!next )(?<!other )table\b(?! (?:next to|beside|behind"
    r"|opposite|near|by)\b)|(?:at|on) table (?:\d+|one|two|three|four|five|six)\b",
)
"""Someone the user serves at work: a client, a customer, a regular, a passenger, the buyers
the user showed round an open home, the woman whose flat the user cleans ("la señora of the
flat I clean"), the mothers a midwife delivered, one of the members at the bar the user
serves, the table the user waits on ("the americans at table 4"), not the next table along,
whose spare chair is theirs to lend; the people the user is wheeling or looking after on
shift, a patient in bed 4, a client at the end of her session, the owners of the dog the user
treated, the fare in the back seat, and a patient's, a client's or a guest's family or
partner. Tenants, whom `core.asks.off_limits` reads for dates, are left out here, and so are
patients named only as patients: a tenant's rent or a patient's fee is owed to the user, not
money out of a customer's own pocket."""
THEIR_MONEY = words(
    r"(?:cover|pay(?: for)?|pick up|foot|settle|take care of)(?: also| too| even)? (?:my|our)"
    r" (?:[\w-]+ ){0,2}?(?:rent"
    r"|uber|taxi|cab|fare|ride|lunch|dinner|drinks?|petrol|gas|gasoline|fuel|groceries|debts?"
    r"|snapp|lyft|bolt|grab|careem|ola|didi|gojek|indrive|cabify|rapido"
    r"|loans?|bills?|tab|phone|shopping)\b",
    r"(?:lend|spot) (?:me|us) (?:some |a few )?(?:money|cash|\d+k?|[$£€]|a (?:tenner|fiver|twenty"
    r"|hundred|few|grand|loan)|(?:ten|twenty|thirty|forty|fifty|sixty|eighty|a hundred|hundred)\b)",
    r"(?:me|nous) pr[êe]ter (?:son|sa|ses|leur|leurs)\b",
    r"(?:gift|give|leave|hand) (?:me|us) (?:one of )?(?:their|his|her) (?!(?:number|time|name"
    r"|opinion|advice|feedback|review|details|email|contact)\b)",
    r"(?:gift|give|leave|hand) (?:me|us) (?:some|one|a few|a couple|two|any) of (?:the|their|his"
    r"|her|those) (?!(?:\w+ )?(?:advice|time|tips?|feedback|details|news)\b)\w+",
    r"buy (?:me|us)\b|buy (?:my|our) (?:next )?(?:round|drinks?|pints?|lunch|dinner|coffee)\b",
    r"shout (?:me|us)\b(?: (?:and|n|an'|&) (?:the |my )?\w+)? (?:a |an |some )?(?:lunch|dinner"
    r"|breakfast|brekkie|coffees?|drinks?|beers?|pints?|round|feed|meal|feed)\b",
    r"(?:sponsor|fund|bankroll) (?:my|our|me|us)\b",
    r"(?:if|whether) (?:i|we) (?:can|could|may|might) (?:have|keep|take)(?: home| away)?"
    r" (?:her|his|their) (?:old |spare |used )?(?!(?:number|time|name|opinion|advice|feedback"
    r"|review|details|email|contact"
    r"|seat|place|turn|attention|permission|blessing|recipe|help)\b)\w+",
    r"(?:grab|get|bring|pick up|fetch) (?:me|us) (?:a |an |some )?[\w-]+\b.{0,20}\bon (?:their|his"
    r"|her) way\b",
    r"(?:chip in|pitch in|contribute|club together|put (?:something|a bit|money) in) (?:\w+ ){0,3}?"
    r"(?:for|towards?|to) (?:my|our) (?:\w+ )?(?:holiday|trip|vacation|rent|car|phone|wedding|fees"
    r"|tuition|bills?|birthday|repairs?|treatment|flights?)\b",
    r"(?:chuck|throw|put|bung|add|slip) in (?:an? )?(?:extra |little )?(?:[$£€]\s?\d+|\d+ ?(?:quid"
    r"|bucks|dollars|euros|pounds)|tenner|fiver|twenty|fifty)\b|(?:add|dash|give) (?:me |us )?"
    r"(?:something small|small something|a little something)\b",
    r"(?:a bit of |some |a little )?cash ['\"]?for a (?:drink|pint|beer|coffee|cuppa)\b",
)
"""Money or belongings out of the person's own pocket: the user's rent, fare or round paid, a
loan, their phone, bangle or old watch handed over, lunch "shouted" (paid, in Australian and
New Zealand English) for the user and the boys, "some of the goats he promised", or a meal
fetched for the user "on their way back"."""
AS_A_GIFT = words(
    r"(?:to )?gift (?:me|us)\b|(?:as|for) a (?:gift|present|souvenir) (?:for|to) (?:me|us)\b",
    r"(?:chip in|club together|pitch in|put in) (?:[\w-]+ ){0,3}?(?:for|towards?) my (?:\w+ )?"
    r"(?:birthday|leaving|farewell|wedding|hen|stag|graduation) (?:\w+ )?(?:pints|drinks|party"
    r"|present|gift|cake|meal|dinner|night|do)\b",
    r"(?:chip in|club together|pitch in|put in|throw in) (?:a |an )?(?:[\w£$€-]+ ){0,2}?(?:each"
    r"|apiece|a head|a piece) (?:for|towards?) (?:my|me|our) (?!(?:\w+ )?(?:charity|sponsor\w*"
    r"|fundraiser|appeal|cause|collection|kitty|team|club|group)\b)(?:new |own )?\w+",
)
AS_A_GIFT = words(
    AS_A_GIFT.pattern,
    r"each (?:bung|give|send|chuck|slip|hand|throw|pay|transfer) (?:me|us) (?:a |an )?(?:tenner"
    r"|fiver|twenty|score|quid|[£$€]\s?\d+|\d+ ?(?:quid|bucks|dollars|euros|pounds|rand|pesos))\b"
    r"(?! (?:for|towards?) (?:the |a |our )?(?:charity|sponsor\w*|fundraiser|appeal|cause|kitty"
    r"|team|club)\b)",
    *deep_pockets.EACH_FOR_ME,
    *things_handed_over.TOLLS,
    *kept_for_keeps.KEPT,
)
"""Something of theirs asked as a gift to the user, or money for the user's own birthday
drinks or present ("chip in a fiver each for my birthday pints"), or so much a head for the
user's own van repair or new fins, or a tenner each bunged to the user by the crew; a kitty
for the team or a sponsored run stays fair."""
