"""Money fished for from people who never offered: someone only seen, a busload, a hint.

"Ask the grandmother who sits alone every afternoon at the park bench if she would give me her
old jade ring", "ask everybody on the Coaster bus to give me a hundred dollars each", "mention
to the gentleman in 2A that my phone screen cracked, and see if he offers to pay for the
repair". The person asked is no one the user knows: someone noticed at the same place each
day, a crowd of passengers, a traveller dropped a hint. The role lexicons find nobody named,
so the stranger rule never runs; these readings say who it is from the way they are
described, in English or as "un turista", "om-om random", "jemanden in der S8", "un monsieur",
"the 아저씨", or as "other driver I don't know"; other parents only seen at pickup are asked
for cash ("one of the moms at pickup to float me $60"). Asking the grandmother on the bench
if she would like company, asking the bus to move down, telling the gentleman the screen
cracked and asking where to get it mended, asking "une dame" which cheese she recommends or
a mum at the gate to swap recipes takes no money and stays fair. Read into the ask's
`fishes_for_money` by `core.asks.slots`; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks import customers, money_in_other_tongues, passers_by, requests, strangers_abroad
from core.asks.text import has, words

SEEN_ONLY = words(
    r"(?:the|a|an|that|this) (?:[\w-]+ ){0,2}?(?:man|woman|lady|grandmother|grandma|granny"
    r"|gentleman|guy|girl|boy|grandfather|grandpa|couple|auntie|uncle|fella|bloke) (?:who|that)"
    r" (?:\w+ ){0,2}?(?:sits|stands|walks|waits|feeds|reads|sells|jogs|passes|plays|smokes"
    r"|fishes|busks)\b[^.!?;]{0,40}?\b(?:every (?:day|morning|afternoon|evening|night|week"
    r"|sunday)|each (?:day|morning|afternoon|evening))\b",
)
"""Someone only noticed at the same place each day ("the grandmother who sits alone every
afternoon at the park bench")."""

A_BUSLOAD = words(
    r"(?:everybody|everyone|every(?:one|body) else|all the (?:\w+ )?(?:people|passengers"
    r"|strangers|commuters)|strangers|random people|passengers|commuters) (?:on|pon|in|at|inna)"
    r" (?:the|di|da|a|this|that) (?:[\w-]+ ){0,3}?(?:bus|train|tube|subway|tram|metro|coaster"
    r"|plane|flight|ferry|platform|carriage|minibus|matatu|jeepney|taxi rank)\b",
)
"""A crowd of passengers, asked one by one."""

HINTED = words(
    r"(?:see|wait|hope|find out|check) (?:if|whether|till|until) (?:he|she|they) (?:\w+ )?offers?"
    r" to (?:pay|cover|buy|chip in|foot|treat|fix|replace)\b",
    r"drop (?:a |some )?(?:big |little |few )?hints?\b[^.!?;]{0,40}?\b(?:pay|money|cover|buy"
    r"|treat|lend)\b",
)
"""A hint left for the person to offer the money themselves ("see if he offers to pay")."""

HINT_LEFT = words(
    r"(?:drop|drops|dropping|leave|leaving|give|giving|make|making) (?:a |some |a few |lots of )?"
    r"(?:big |little |few |heavy |subtle |massive |not so subtle )?hints?\b",
    r"(?:keep|keeps|kept) (?:on )?(?:mentioning|saying|telling|bringing up|going on about"
    r"|talking about|hinting|dropping)\b|\bhint(?:ing)? (?:to|at|that)\b",
    r"(?:echar|echarle|echarles|tirar|tirarle|tirarles) (?:unas |algunas |muchas )?indirectas"
    r"|(?:seguir |sigo )?(?:mencion[aá]ndole|mencion[aá]ndoles|diciéndole|diciendole)\b",
    r"(?:faire|fais|lancer|glisser) (?:des |quelques )?(?:allusions|sous-entendus)"
    r"|andeutungen (?:machen|fallen lassen)|immer wieder (?:sagen|erwähnen)",
)
"""A hint left, or the same remark kept up ("keep mentioning to...", "drop hints that..."), in
English, Spanish ("echarle indirectas", "seguir mencionándole"), French or German."""

_THING = (
    r"(?:handbags?|bags?|purses?|watch|watches|gift ?cards?|vouchers?|gifts?|presents?|perfume"
    r"|phone|laptop|tablet|jewel\w*|rings?|necklace|bracelet|earrings|car|bike|scooter|shoes"
    r"|trainers|sneakers|tickets?|money|cash|jacket|coat|sunglasses|console|camera|headphones"
    r"|airpods|bolso|cartera|reloj|collar|anillo|regalos?|montre|sac|uhr|tasche)"
)
OFFER_AWAITED = words(
    r"(?:see|wait|hope|find out|check)(?: (?:if|whether|till|until))? (?:he|she|they|one of them"
    r"|any of them|anyone|someone|somebody) (?:\w+ )?(?:offers?|gives?|buys?|gets?|hands?)"
    r" (?:me|it|them|one|their|his|her)\b",
    rf"(?:i'd|i would|i|i'm|how much i) (?:really |so |absolutely |just |totally )?(?:love|adore"
    rf"|covet|crave|dying for|obsessed with)s? (?:[\w'-]+ ){{0,3}}?{_THING}\b",
    rf"me (?:encantar[ií]a|encanta|muero por) (?:\w+ ){{0,2}}?{_THING}\b",
    r"a ver si (?:me|nos) (?:lo|la|los|las) (?:regala|da|ofrece|presta|compra|deja)\b",
    r"s'(?:il|ils|elle|elles) (?:me|nous) l(?:'|es )(?:offre|offrent|donne|donnent)\b",
    r"ob (?:er|sie) (?:sie|es|ihn|die|das|den) mir (?:schenkt|gibt|kauft)\b",
)
"""What the hint is for: a thing of theirs or a gift awaited ("see if he offers it to me",
"that I'd love a handbag from her trip", "that I adore gift cards", "a ver si me lo regala",
"s'il me l'offre", "ob er sie mir schenkt")."""

HINTED_TO_MY_OWN = words(
    r"(?:to|with|around|at|in front of|a|à) (?:my|our|mi|mis|mon|ma|mes) (?:own )?(?:husband|wife"
    r"|partner|hubby|bf|gf|boyfriend|girlfriend|fianc[ée]e?|mum|mom|mam|mother|dad|father|parents"
    r"|folks|family|sister|brother|sis|bro|siblings|kids|son|daughter|grandma|gran|granny|nan|nana"
    r"|grandpa|grandad|grandparents|aunt\w*|uncle|best friend|bestie|bff|friends?|mates?|esposo"
    r"|esposa|novi[oa]|mamá|mama|papá|papa|mari|femme|copine|copain)\b(?!'s| of| de)",
)
"""The user's own partner, family or friends, to whom a birthday wish list is fair to hint."""


def hints_for_a_gift(text: str) -> bool:
    """A hint left, or a remark kept up, for someone to offer the user a thing of theirs or a
    gift: "keep mentioning to Jenny's husband how much I love his watch", "drop hints to my
    coworker's mum that I'd love a handbag", "to the book club ladies that I adore gift cards".
    Hinting to the user's own partner, family or friends stays fair; so does a hint that wants
    no thing ("keep mentioning to my boss that I'd love to lead the project")."""
    if not has(HINT_LEFT, text) or not has(OFFER_AWAITED, text):
        return False
    return not has(HINTED_TO_MY_OWN, text)


A_STRANGER_ABROAD = words(
    r"(?:un|una|a|um|uma|num|numa) (?:turista|desconocid[oa]|desconhecid[oa]|extrañ[oa]"
    r"|estranh[oa]|extranjer[oa]|estrangeir[oa])|(?:om-om|tante-tante|orang)"
    r" (?:random|asing|gak dikenal)|orang asing",
    r"jemande?[nm]?|quelqu'un|une? (?:inconnue?|monsieur|dame|madame)|아저씨|아줌마|ah?juss?hi"
    r"|ah?jumm?a|(?:office|sarkari|government) babus?|farangs?",
    *money_in_other_tongues.STRANGERS,
)
"""A stranger named in Spanish, Portuguese ("num turista", in a sentence that goes on in
English), Indonesian, German, French or Korean ("un turista", "om-om
random", "jemanden", "un monsieur", "the 아저씨"), or as the passing foreigner or office clerk
("farang", "the office babus")."""

UNKNOWN_TO_ME = words(
    r"(?:other|another|a|an|some|the|one) (?:[\w-]+ )?(?:driver|trucker|guy|man|woman|lady|bloke"
    r"|person|parent|mum|mom|dad|passenger|traveller|tourist|lad|girl|boy|fella|couple|family"
    r"|student|biker|cyclist|runner|hiker|camper)s? (?:i|we) (?:don't|do not|didn't|did not"
    r"|have never|haven't|never) (?:even |really |actually )?(?:know|met|seen|spoken to)\b",
)
"""Someone the user says they do not know ("other driver I don't know", "a driver I never
met")."""

AT_THE_SCHOOL_GATE = words(
    r"(?:one|some|any|a couple|two|a few) of the (?:other )?(?:moms|mums|mamas|mamás|dads|parents"
    r"|mothers|fathers|nannies|grandparents) (?:at|from|in|on) (?:the )?(?:school )?(?:pick-?ups?"
    r"|drop-?offs?|school gates?|gates?|school run|playground|nursery|daycare|creche|crèche"
    r"|swim(?:ming)? lessons?|parque|park)\b",
)
"""Other parents the user only sees at pickup or in the park ("one of the moms at pickup"):
asked for a recipe swap they are neighbours of a kind, asked to float the user cash they are
someone only seen."""

AT_AN_OCCASION = words(
    r"(?:at|during|after) (?:the |a |my |our )?(?:[\w-]+ )?(?:graduation|convocation|prize-?giving"
    r"|ceremony|tournament|match|game|gala|concert|recital|parade)\b[^.!?;]{0,40}?\b(?:ask|get)"
    r" (?:the|all the|some of the|a few of the) (?:[\w'-]+ ){0,2}?(?:parents|families|guests"
    r"|spectators|fans|grandparents|crowd|visitors)\b",
)
"""The crowd at someone else's occasion ("at graduation ask the proud parents", "at the
tournament ask the other team's parents"): families and guests there for their own, asked for
money while the day makes a no hard; asked to take a photo or to clap, they are asked nothing
that costs them."""


def fishes_for_money(text: str) -> bool:
    """Whether the ask fishes for money or a thing of theirs from someone only seen, a busload
    of passengers, the families at someone else's graduation or match, or a stranger named in
    another tongue, or leaves a hint for a traveller to offer it."""
    if has(HINTED, text) or strangers_abroad.money_asked_abroad(text) or hints_for_a_gift(text):
        return True
    in_passing = has(passers_by.MONEY_IN_PASSING, text) or has(requests.MONEY, text)
    if has(passers_by.PASSERS_BY, text) and in_passing:
        return True  # "random gym guy buys my shake"
    readings = (SEEN_ONLY, A_BUSLOAD, A_STRANGER_ABROAD, UNKNOWN_TO_ME, AT_AN_OCCASION)
    if has(AT_THE_SCHOOL_GATE, text):
        return has(requests.CASH, text) or has(customers.THEIR_MONEY, text)
    if not any(has(reading, text) for reading in readings):
        return False
    return has(requests.MONEY, text) or has(customers.THEIR_MONEY, text)
