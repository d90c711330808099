"""Substances, in words: someone else's prescription medicine, or chemicals taken from a lab.

"A few of his Adderall before the deadline, he has a prescription so it's safe", "some of
her pressure tablets since mine finish": a medicine prescribed for one person, for their
body and their dose, taken by another. "Potassium nitrate home from the lab to make
fireworks": a lab's chemicals out of its safeguards, or a home-made explosive. "If they've got
anything to smoke": drugs asked for in the words that avoid naming them. These are
unsafe whoever is asked, so they join `core.asks.danger.UNSAFE`. Each needs the medicine
with whose it is, or the chemical with where it goes: fetching a neighbour's prescription
for her, asking a pharmacist about a dose, or a lab tech about gloves stays fair. Fragments
over the normal form of `core.asks.text`. A drink downed from strangers' hands joins them
(`core.asks.offered_drinks`).
"""

from __future__ import annotations

from core.asks import offered_drinks

_NAMED = (
    r"(?:adderall|ritalin|vyvanse|concerta|modafinil|xanax|valium|diazepam|lorazepam|ativan"
    r"|klonopin|tramadol|codeine|oxy\w*|percocet|vicodin|morphine|fentanyl|gabapentin|pregabalin"
    r"|lyrica|zopiclone|ambien|zolpidem|benzos?|antibiotics?|amoxicillin|prednisolone|steroids"
    r"|ozempic|wegovy|insulin|metformin|viagra|cialis|antidepressants?|sertraline|prozac"
    r"|fluoxetine|citalopram|lithium|warfarin|beta[- ]blockers?|propranolol|amlodipine|endone"
    r"|panadeine|hydrocodone|norco|dilaudid|temazepam|clonazepam|alprazolam|painkillers"
    r"|pain ?killers|pain meds|augmentin|doxycycline|azithromycin|penicillin|ciprofloxacin)"
)
_MEDICINE = (
    rf"(?:(?:\w+ )?(?:tablets|pills|meds|medication|medicines?|prescription|capsules|inhaler"
    rf"|patches|injections?|jabs?)|{_NAMED})"
)
_WHOSE = r"(?:his|her|their|(?:my |the |a )?[\w-]+'s|someone else's|other people's)"
_SOME_OF = (
    r"(?:some|a few|a couple|one|two|three|a handful|a strip|a pack|a box|any|spare|a bit|half)"
)
_CONTROLLED = (
    r"(?:adderall|ritalin|vyvanse|concerta|modafinil|xanax|xannies|valium|diazepam|lorazepam"
    r"|ativan|klonopin|tramadol|codeine|oxy\w*|percocet|vicodin|morphine|fentanyl|gabapentin"
    r"|pregabalin|lyrica|zopiclone|ambien|zolpidem|benzos?|endone|hydrocodone|norco|dilaudid"
    r"|temazepam|clonazepam|alprazolam|sleeping (?:pills|tablets)|pain ?killers|pain meds"
    r"|(?:strong|prescription) (?:pain ?killers|pain meds|pills))"
)
_ASKED_FOR = (
    rf"(?:any|some|a few|a couple(?: of)?|one|two|a|an|spare|extra) (?:spare |extra |of (?:their"
    rf" |his |her |your )?)?{_CONTROLLED}\b(?: (?:\w+ ){{0,2}}?)?(?:to spare|going spare|on"
    rf" (?:them|him|her|you)|i could (?:have|take|buy)|to (?:sell|share|give|lend))",
    rf"(?:got|have|has|sell|sells|selling|give me|get me|sort me (?:out )?with|spare me|lend me"
    rf"|slip me|hook me up with|share) (?:any|some|a few|a couple(?: of)?|one|two|a|an|spare"
    rf"|extra|their|his|her) (?:spare |extra )?{_CONTROLLED}\b(?! (?:in stock|back in|available"
    rf"|prescriptions?|scripts?|dose|dosage|interact))",
)
"""A pill that is controlled, sold or swapped, asked of whoever has it ("if they have any
xanax to spare", "got any adderall", "spare me a couple of valium"): a drug no one may hand on
but a pharmacist on a prescription. A pharmacy asked whether a medicine is back in stock, or a
doctor about a dose, names no pill handed on."""

_OTHERS_MEDICINE = (
    rf"(?:{_SOME_OF} (?:of )?{_WHOSE} (?:\w+ ){{0,2}}?{_MEDICINE}\b)",
    rf"(?:borrow|share|spare|nick|pinch|take|try|have|use)\w* (?:\w+ ){{0,2}}?{_WHOSE}"
    rf" (?:\w+ ){{0,2}}?{_MEDICINE}\b(?! (?:for (?:him|her|them)|to (?:him|her|them)|home to))",
    rf"{_SOME_OF} (?:of (?:the |his |her |their )?)?{_NAMED}\b.{{0,80}}\b(?:(?:he|she|they)"
    rf" (?:has|have|'s got|'ve got|got) (?:a |the )?prescription|prescribed (?:to|for) (?:him"
    rf"|her|them))",
)
"""A medicine prescribed for another: "some of her tablets", "borrow his inhaler"; picking
her prescription up for her reads "for her" and stays fair. Round thirty-eight names Endone,
Panadeine and the painkillers by their common words too."""

_CHEMICAL = (
    r"(?:chemicals?|reagents?|solvents?|acids?|\w+ (?:nitrate|chlorate|perchlorate|peroxide"
    r"|hydroxide|cyanide|permanganate|azide|sulphate|sulfate|chloride|powder|metal|oxide)"
    r"|sodium|potassium|magnesium|phosphorus|mercury|thermite|nitric|sulphuric|sulfuric"
    r"|hydrochloric|chloroform|ether|acetone|ethanol|methanol|formaldehyde|ammonia)"
)
_LAB = r"(?:lab|labs|laboratory|stockroom|stock room|prep room|chem store|chemical store)"
_TAKEN_OUT = (
    r"(?:take|taking|took|bring|bringing|brought|sneak\w*|pinch\w*|nick\w*|smuggl\w*|pocket\w*"
    r"|borrow\w*|steal\w*|grab\w*|slip\w*)"
)
_FROM_THE_LAB = (
    rf"{_TAKEN_OUT}\b.{{0,40}}\b{_CHEMICAL}\b.{{0,60}}\b(?:home|{_LAB})\b",
    rf"{_CHEMICAL}\b.{{0,30}}\b(?:home )?(?:from|out of) (?:the |our |my |school |uni |work )?"
    rf"(?:\w+ )?{_LAB}\b",
    r"(?:make|making|made|build|mix|cook)\w* (?:\w+ ){0,2}(?:(?:home-?made )?fireworks?|explosives?"
    r"|gunpowder|black powder|flash powder|thermite|pipe bombs?|smoke bombs?|napalm|rocket fuel"
    r"|bangers)\b",
)
"""A lab's chemicals taken out of the lab, or a home-made explosive."""

_WORK_STOCK = (
    rf"{_TAKEN_OUT}\b.{{0,40}}\b{_MEDICINE}\b.{{0,40}}\b(?:from|out of|off) (?:the |our |my )?"
    r"(?:[\w-]+ ){0,2}(?:stock|cupboard|supply|supplies|store|trolley|drawer|dispensary|safe)\b"
)
"""Medicine taken from a ward's or a pharmacy's stock for the user's own use, which no title
makes a prescription."""
_WORK_CABINET = (
    r"(?:from|out of|off) (?:the )?(?:(?:drug|drugs|medicine|meds|hospital|ward|clinic|theatre"
    r"|pharmacy|surgery|work|staff|controlled drugs?|dd|cd) )?(?:cabinet|stock|cupboard|trolley"
    r"|supply|dispensary|store)\b"
)
_LEFTOVER = r"(?:leftover|left-over|left over|spare|unused|extra)"
_LEFTOVERS = (
    rf"{_LEFTOVER} (?:\w+ )?{_MEDICINE}\b.{{0,40}}\b{_WORK_CABINET}",
    rf"(?:take|taking|bring|have|get|grab)\w* (?:(?:home )?(?:some|a few|a couple|two|three|any)"
    rf" (?:of )?)?(?:the )?{_LEFTOVER} (?:\w+ )?{_MEDICINE}\b (?:\w+ )?home\b",
)
"""A ward's or a theatre's leftover medicine asked for the user or their family ("leftover
tramadol from the cabinet for my mother's back", "take a couple of the leftover Endone home"):
what is left from patients is no prescription. The user's own leftover course taken home
("my leftover antibiotics") or handed back to the pharmacy stays fair."""

_ALCOHOL = (
    r"(?:vodka|beer|beers|booze|alcohol|drink|drinks|cider|wine|spirits|rum|gin|whiske?y|tequila"
    r"|lager|cans|tinnies|alcopops|voddie|bevvies|liquor|a bottle|a crate|a slab|chang'?aa"
    r"|busaa|kachasu|cacha[çc]a|moonshine|poteen|mezcal|schnapps|palm wine|white claws?"
    r"|(?:hard )?seltzers?|twisted teas?|smirnoff ices?|four ?lokos?)"
)
_UNDER_AGE = (
    r"(?:we're|we are|i'm|i am|we're all|we are all|he's|she's|they're|they are) (?:only |just"
    r" |still |all )?(?:1[0-7]|under ?age|underage|too young|minors?|in year \d+)\b"
)
_FOR_MINORS: tuple[str, ...] = (
    rf"(?:buy|get|grab|pick up|sort)\w* (?:us|me|them) (?:some |a few )?(?:\w+ )?{_ALCOHOL}\b"
    rf".{{0,80}}\b{_UNDER_AGE}",
    rf"{_UNDER_AGE}.{{0,80}}\b(?:buy|get|grab|pick up|sort)\w* (?:us|me|them) (?:some |a few )?"
    rf"(?:\w+ )?{_ALCOHOL}\b",
)
_OLDER = (
    r"(?:a|an|one of the|some|the) (?:senior|sixth[- ]former|upperclass(?:man|men)|year 13"
    r"|older (?:kid|student|boy|girl|lad|guy|teen)|college (?:kid|student|guy))s?"
)
_FOR_MINORS += (
    rf"(?:ask|get) {_OLDER} (?:\w+ ){{0,2}}?to (?:buy|get|grab|pick up)\w* (?:me|us)\b(?: and"
    rf" (?:my|the) \w+)? (?:\w+ ){{0,3}}?{_ALCOHOL}\b",
)
"""Drink bought for the user and friends who say they are under age, or bought for them by a
senior or an older kid: a school's seniors are asked only by those too young to buy it."""

_SOMETHING_TO_SMOKE = (
    r"(?:got|have|has|had|sell|sells|selling|sort (?:me|us)(?: out)? with) (?:\w+ )?(?:anything"
    r"|something|owt|summat)(?: stronger| good| green| decent)? to (?:smoke|sniff|snort)\b"
)
"""Asking whether someone has "anything to smoke": the words people use for drugs they would
rather not name, and a stranger's drugs are unsafe whoever sells them."""

_STREET_NAMES = (
    r"(?:get|buy|score|sort|source|find|bring|grab|pick up|sell|supply|hook (?:me|us) up with"
    r"|roll|smoke|share|try|deliver|drop off)\w* (?:[\w'-]+ ){0,3}?(?<!medical )(?<!medicinal )"
    r"(?:ganja|marijuana|cannabis|spliffs?|hashish|heroin|crystal meth|methamphetamine"
    r"|crack cocaine|bhang|charas|dagga)\b"
)
"""Drugs by the names `core.asks.danger` did not hold, got or smoked: "get me some ganja, they
know the people". Named to a doctor ("whether medical cannabis could help") they are a
question, not a deal."""

_UNKNOWN_STUFF = (
    r"(?:try|taste|hit|smoke|have|take)\w*\b[^.!?;]{0,40}\b(?:vape|pen|joint|spliff|pipe|bong"
    r"|drink|brownies?|gumm(?:y|ies)|pills?|cigarettes?)\b[^.!?;]{0,20}\b(?:with|of)"
    r" (?:the |some )?(?:weird|funny|strange|dodgy|mystery|unknown|special|random) (?:stuff|shit"
    r"|juice|liquid|powder|oil)\b",
    r"(?:(?:dealing|pushing) (?:stuff|gear|things|bits)|(?:selling|flogging) (?:stuff|gear|things"
    r"|bits)\b[^.!?;]{0,30}\b(?:alley\w*|behind the|under the|underpass|on the corner|round the"
    r" back|toilets|subway))\b[^.!?;]{0,80}\b(?:try (?:some|it|a bit)|what (?:he|she|they)(?:'s"
    r"|'ve| has| have) got)\b",
)
"""Someone's vape "with the weird stuff in it", or the man "selling stuff" in the alley asked
what he has got to try: a drug nobody names is still a drug, from a stranger. A stall's cheese
tried at the market names no hidden corner."""

PATTERNS = (
    *_UNKNOWN_STUFF,
    *_OTHERS_MEDICINE,
    *_ASKED_FOR,
    *_FROM_THE_LAB,
    _WORK_STOCK,
    *_LEFTOVERS,
    *_FOR_MINORS,
    _SOMETHING_TO_SMOKE,
    _STREET_NAMES,
    *offered_drinks.PATTERNS,
)
