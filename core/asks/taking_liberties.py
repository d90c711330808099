"""Liberties taken in words the older lexicons missed (the hands-27 batches).

Paying by a local app ("UPI my lunch"), keeping what was only lent, a box handed over "for
nothing", a tutor asked to "see me outside our lessons", "they didn't, but the kitchen won't
know", a stall's help asked her monthly salary. Each is a kind of ask, not one text: the
fragments are alternatives for the lexicons of `core.asks.requests`, `core.asks.deception`,
`core.asks.judgement`, `core.asks.conduct` and `core.asks.danger`, and roles for
`core.asks.local_roles`, over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks import their_pocket
from core.asks.text import words

_APP_PAY = r"(?:upi|gpay|g-pay|paytm|phonepe|gcash|m-?pesa|bkash|maya|paynow|swish|vipps|mobilepay)"

MONEY = (
    rf"{_APP_PAY} (?:me|us|my|our|for (?:me|us|my|our))\b",
    r"(?:hand|give|let) (?:me|us) (?:have )?(?:\w+ ){0,5}for (?:nothing|free)\b",
    r"(?:just )?keep (?:the|this|that|their|his|her) (?:\w+ )?(?:one|\w+) (?:he|she|they)"
    r" (?:lent|loaned|leant) (?:me|us)",
    r"(?:for|get|have) (?:a|one) free (?:one|ticket|go|try|copy)?(?:,| go on|$)",
    r"(?:transfer|send|tf|top up) (?!(?:my|our|the|back|it|them|that|this|his|her|their)\b)"
    r"(?:\w+ ){0,2}?(?:to|into) (?:my|our) (?:gopay|ovo|dana|shopeepay"
    r"|linkaja|gcash|maya|venmo|paypal|cash ?app|m-?pesa|e-?wallet|paytm|phonepe|upi|bkash)\b",
    r"pay (?:me|us) (?:a |an |my |the |some )?(?:café|cafe|coffee|croissants?|lunch|dinner"
    r"|breakfast|drinks?|beers?|a round|meal|food|snacks?|pastis|tea)\b",
)
"""Money or things out of someone's own pocket: a payment app or a sum sent "to my GoPay", a
coffee "paid me" (French "me payer un café"), a thing only lent kept, a thing handed over for
nothing. A free sample is the trader's to offer anyone who asks (`_GIVEN_ANYWAY`), so "whether I
can have a free sample" takes nothing from their pocket."""

_GIVEN_ANYWAY = (
    r"(?:water|tap|samples?|tasters?|air|wi-?fi|advice|quotes?|estimates?|refills?|maps?"
    r"|leaflets?|napkins?|straws?|bags?|carrier bags?|boxe?s?|cardboard|trials?)\b"
)
"""What a shop gives anyone who asks: water, a sample, a bag, a box, the air."""

FOR_NOTHING = words(
    r"(?:hand|give) (?:me|us) (?:\w+ ){1,5}(?:for nothing|gratis)\b",
    r"(?:chuck|throw|toss) in (?:my|our) (?:[\w-]+ ){1,3}?for free\b",
    r"(?:hand|give) (?:me|us) (?:[\w-]+ ){0,4}?(?:\d+|a|one|two|three|a few|some) (?:kilos?|kgs?"
    r"|pounds?|packs?|bottles?|boxes?|cartons?|crates?|cases?) of [\w-]+ for free\b",
    r"(?:hand|give) (?:me |us )?(?:\d+|one|two|three|a few|some|a couple of) (?:\w+ ){0,2}free"
    r"(?=$|[.,!?;)]| (?:since|because|cos|as|please|today|this time)\b)",
    r"(?:get|grab|blag|score|scrounge|bag) (?:me |us )?(?:a |an |some |one )?free (?!(?:water|tap"
    r"|samples?|tasters?|air|wi-?fi|advice|quotes?|estimates?|refills?|maps?|leaflets?|napkins?"
    r"|straws?|bags?)\b)(?:[\w-]+ ){1,3}?(?:from|off|at) (?:the |a |my |this |that |our )?"
    r"(?:[\w-]+ ){0,2}?(?:shop|store|stall|kiosk|market|bakery|cafe|café|garage|pharmacy|chemist"
    r"|supermarket|butcher|deli|outlet|dealership|boutique|bar|pub|restaurant)\b",
    r"(?:give|hand|bring) (?:me|us) (?:a |an |some )?free (?:[\w-]+ ){1,5}?(?:every|each) (?:day"
    r"|shift|time|week|morning|visit)\b|comp (?:me|us|my|our) (?:[\w-]+ ){0,3}?(?:for the (?:week"
    r"|month)|every (?:day|time|week|shift)|each (?:day|time|week))\b",
    r"comp (?:me |us )?(?:my|our|the) (?:[\w-]+ ){0,2}?(?:stay|bill|meal|dinner|tab|booking|order"
    r"|holiday|trip|nights?|week|room)\b[^.!?;]{0,20}\b(?:since|because|as|cos) (?:i(?:'ve| have)?"
    r" been|i'm|i am|we(?:'ve| have)? been|we're|we are) (?:\w+ ){0,2}?(?:lovely|nice|good|great"
    r"|loyal|regular|polite|friendly|model|kind|sweet|easy|pleasant)\b",
    r"(?:shop|store|späti|spati|kiosk|bodega|offie|newsagent|corner shop|dairy|stall|market)"
    r" (?:lad|guy|girl|man|woman|bloke|owner|keeper|dude|boy|lady)\b[^.!?]{0,30}?\b(?:for (?:a |an"
    rf" |one |some )?free (?!{_GIVEN_ANYWAY}|(?:for|if|since|because|cos|as|and|or|but|please"
    rf"|pls|to|in|at|on|i|we|then|now|today)\b)[\w-]+|(?:have|get|take) (?!(?:a |an |one |some"
    rf" |the )?{_GIVEN_ANYWAY})(?:a |an |one |some )?(?:[\w-]+ ){{1,2}}?for free)\b",
    r"(?:gie|give|gimme|hand) (?:me |us )?(?:a |an |one )?(?:[\w-]+ )?(?:pod|pint|drink|beer"
    r"|round|coffee|pie|portion|meal|pizza|cake|vape|juice|shake|burger) (?:for (?:free|nowt)|on"
    r" the house)\b|(?:do|cut|colour|color|style) my (?:\w+ )?(?:colour|color|hair|nails|cut)"
    r" for (?:nowt|nothing|free)\b|comp my (?:whole )?(?:meal|food|bill|dinner|lunch|breakfast"
    r"|drinks?|coffee|order)\b(?! (?:after|because|since|as|when) (?:they|the|it|you|he|she)\b)"
    r"|give me (?:a )?free (?:portion|coffee|melange|drink|meal|plate)\b",
    *their_pocket.FOR_NOTHING,
)
"""Goods asked of a shop or its counter for nothing at all (the user's whole order "chucked
in for free", packs or kilos of what it sells, a standing freebie such as "a free pie and a
coke every shift" or "comp my coffees for the week", an inner tube got "free from the bike
shop", a product asked of the shop lad "for free chalkbag", "a club mate for free" from the
späti guy): not a refund, nor the free bag, the extra shot, the glass of water, the air or the
quote a shop gives anyway."""

ROMANCE = (
    r"(?:see|meet) (?:me|us) (?:\w+ )?outside (?:of )?(?:our|the|my|her|his|their) (?:\w+ )?"
    r"(?:lessons?|sessions?|classes|appointments?|work|shifts?|clinic|practice)",
)
"""Someone paid to teach or treat the user asked to see them outside the lessons: a date."""

DECEPTION = (
    r"(?:didn't|did not|haven't|hasn't|isn't|wasn't|weren't|aren't|never did|not true),? but"
    r" (?:the |they |he |she )?(?:\w+ ){0,2}(?:won't|wouldn't|will never|can't|doesn't|don't)"
    r" (?:ever )?(?:know|find out|check)",
)
"""A claim the user admits is false, counting on the other side not finding out."""

JUDGEMENT = (
    r"(?:if|whether) (?:i|my \w+(?: \w+)?) (?:shames?|embarrass(?:es)?|disgraces?) (?:her|him"
    r"|them|you)",
    r"(?:liked?|prefer(?:red)?|love[ds]?) (?:\w+ ){1,3}(?:more|better) than me\b",
)
"""Whether the user shames someone, or is liked less than another: a judgement of worth."""

RECORDING = (r"(?:snap|shoot|photograph|film|capture) (?:their|his|her|people's|the \w+'s) faces?",)
"""People's faces snapped for a post."""

UNSAFE = (
    r"(?:walk|go|wander|stroll|let myself|slip|sneak) (?:straight |right )?in(?:to)?"
    r" (?:through|via) (?:it|the|their|his|her|someone's)\b",
    r"(?:walk|go|wander|stroll|let myself) (?:straight |right )?in(?:to)? (?:their|his|her"
    r"|someone's|a stranger's) (?:\w+ )?(?:house|home|garage|flat|garden|yard)",
    r"(?:lorry|truck|ute|van|trucker|tanker|tipper)(?: driver)?\b.{0,60}\b(?:take me|give me a"
    r" (?:lift|ride)|drive me|lift to|ride to)",
)
"""Walking into someone's home through an open door; a lift from a passing lorry driver."""

QUEUE = (
    r"(?:minds?|mind if) (?:me|i) go(?:ing)? (?:first|ahead)",
    r"step in front of (?:the|a|this|that) \w+ (?:at|in) (?:the )?(?:till|checkout|counter"
    r"|queue|line)",
    r"(?:squeeze|push|sneak|nip|barge|slip|wedge|muscle|cut|edge) (?:myself |my way |(?:my|the)"
    r" (?:car|truck|van|lorry|bike|scooter) )?(?:in )?(?:right )?(?:in front|ahead)\b(?! of (?:me"
    r"|us|my)\b)",
)
"""Going ahead of someone at a till, or squeezing in front in a queue of cars ("in the toll
queue just squeeze in front"): the people queueing are put on the spot."""

STRANGER = (
    r"(?:the|a) (?:next|neighbouring|neighboring|nearby) (?:table|booth)",
    r"(?:the|a|some|one) (?:\w+ )?(?:person|senior|guy|girl|man|woman|lady|bloke|aunty|uncle)"
    r" (?:in|at) (?:the )?(?:\w+ ){0,2}(?:queue|line)",
    r"(?:the|a|that|this) wifie",
)
"""The next table, someone in the canteen queue, the "wifie" at the till: strangers."""

CHILD = (
    r"(?:the|some|a|two|those) (?:wee |little |young )?(?:bairns?|weans?|kiddies)",
    r"(?:the|a|an|that|this|one) (?:little|young|small|wee) (?:boy|girl|kid|lad|lass)s?"
    r" (?:who|that) (?:\w+ )?(?:sells?|selling|works?|shines?|begs?|runs?|helps? out|carries)\b",
)
"""Children named in Scots ("the bairns selling raffle tickets"); a little boy who sells
postcards, a child still, though he works."""

SUBORDINATE = (
    r"(?:the|a|an|our|my|this|that) (?:\w+ ){0,2}(?:lad|lass|guy|girl|man|woman"
    r"|person|starter|hire|temp|kid|worker|one|boy)"
    r" (?:who |that |whom )?(?:i'm|i am|i've been|i'm currently) (?:training|supervising"
    r"|mentoring|onboarding|showing the ropes)",
)
"""Someone the user is training at work: they report to the user, whatever the agency."""

FAMILY = (r"(?:my|your|our) (?:son|daughter|brother|sister|father|mother)-in-law",)
"""An in-law: family, not the user's child."""

_WHAT_THEY_CLEAR = (
    r"what (?:{who}) (?:clear|clears|gross|grosses|net|nets|pull in|pulls in|pull down"
    r"|pulls down|bring home|brings home|take home|takes home|make|makes|earn|earns|get paid"
    r"|gets paid|pocket|pockets) (?:in )?(?:a|per|each|every|in a) (?:year|month|week|day"
    r"|shift)\b"
)
_WHAT_A_PERSON_EARNS = (
    r"how much (?:the|that|this|his|her|their) (?:\w+ )?(?:papá|papa|dad|daddy|father|mother|mum"
    r"|mom|mama|mamá|husband|wife|man|woman|guy|lady|bloke|fella|gentleman|grandpa|grandad"
    r"|uncle|auntie|aunty|parents?|couple) (?:earns?|makes?|takes? home|gets? paid|brings? home"
    r"|clears?)\b"
)

PAY_QUESTION = words(
    r"(?:their|his|her) (?:(?:husband|wife|partner|spouse|hubby|missus|family)(?:'s|s') )?"
    r"(?:monthly |annual |yearly |weekly |daily )?(?:salary|income|wages?|earnings|pay packet"
    r"|take-home|bonus|pension|sweldo|sahod|sueldo|salario|gaji|mshahara|paycheck|paycheque)"
    r"(?! (?:bands?|ranges?|scales?|brackets?|structures?|slips?"
    r"|reviews?|scheme|plan|fund|provider|forms?|rates?|interest|offers?|polic(?:y|ies)|terms"
    r"|points)\b)",
    r"how much (?:money |pension |salary |pay )?(?:she|he|they|him|them)(?: and (?:the|his|her"
    r"|their) \w+)? (?:dey |do |does )?(?:earns?|makes?|takes? home|gets? paid|gets?|earned"
    r"|made)\b(?! (?:for|out|of|from|off|it|them|those|these)\b)",
    r"what (?:\w+ )?(?:salary|wage|bonus|pension|income) (?:they|he|she) (?:make|makes|get|gets"
    r"|earn|earns|take home|takes home|is on|was on|got)\b",
    r"(?:them|him|her) how much (?:salary|wages?|income|money|pay)\b(?! (?:for|is the|the|this"
    r"|that|a|an|i|we|you|my|our)\b)",
    _WHAT_THEY_CLEAR.format(who="they|he|she"),
    _WHAT_A_PERSON_EARNS,
)
"""What someone earns: their salary, bonus or pension, how much he or "him and the missus"
earn, what salary they make, her husband's salary; his "sweldo" or her "gaji"; "what they
clear a year", "how much the papá earns", asked of a family at their meal. Private, and no
customer's business; of a passer-by reading the paper, coding in the library or eating
alone, a question put on the spot ("market research", "just curious"). A salary band or a
pension scheme is no one's pay."""
A_PERSONS_PAY = words(
    r"\b(?:his|her) (?:(?:husband|wife|partner|spouse|hubby|missus|family)(?:'s|s') )?"
    r"(?:monthly |annual |yearly |weekly |daily )?(?:salary|income|wages?|earnings|pay packet"
    r"|take-home|bonus|pension)\b",
    r"how much (?:money |pension |salary |pay )?(?:she|he|him|her)\b",
    _WHAT_THEY_CLEAR.format(who="he|she"),
    _WHAT_A_PERSON_EARNS,
)
"""The pay of a person ("how much he earn", "his bonus"), not an office's: "how much they
make" or "their salary bands", asked of a company or a charity, is its business, and the
slots read a pay question of an organisation only in these words."""
