"""Who is asked, in the words users write in across many countries and trades.

Users name the people serving them by local words ("the Indomaret mbak", "the taquero",
"the cajera at Plaza Vea", "kuya tricycle driver", "the boiler lad", "my chemistry
ma'am") and strangers by kin terms ("the uncle at the next table", "one apa who buys
guava from my cart"). Without these the check finds nobody asked, or a shop, and the
rules about strangers and staff never apply. The fragments are alternatives for the role
patterns of `core.asks.people`, over the normal form of `core.asks.text`.
"""

from __future__ import annotations

import re

from core.asks import in_my_charge, neighbours_by_kin, overstepping, stands, street_counters
from core.asks import other_tongues as tongues
from core.asks import placed_people as placed
from core.asks import taking_liberties as liberties
from core.asks.roles import Who
from core.asks.text import words

_THE = r"(?:the|a|an|that|this|one)"
_OURS = r"(?:the|a|an|that|this|one|our|my|your)"
_SERVES_THE_OFFICE = (
    r"(?:cleaners?|janitors?|caretakers?|security|guards?|receptionists?|couriers?|porters?"
    r"|tea (?:lady|boy)|canteen|vendors?)\b"
)
_KIN_TERMS = (
    r"(?:uncle|auntie|aunty|mbak|mas|abang|kak|apa|didi|bhaiya|bhaiyya|bhaisahab|akka|kuya|tita|tito|manong"
    r"|manang|pakcik|makcik|ajumma|ahjumma|ajusshi|ahjussi|señor|señora|senhor|senhora|doña"
    r"|mzee|ma'am|madam|madame|monsieur|mademoiselle|mister|fella|fellow|chap|lad|lass|lassie|laddie|geezer|oke|okes"
    r"|abi|abla|amca|teyze|nyabo|ssebo)"
)
"""Kin and courtesy words for a person the user does not know (an "auntie" at the next
table, "some old fella" at the pub, the Turkish "abi" or "teyze", the Luganda "nyabo" or
"ssebo"), when no trade is named with them."""

_SERVICE_WORDS = (
    r"(?:taquero|taquera|cajero|cajera|mesero|mesera|camarero|tindera|tindero"
    r"|camarera|tendero|tendera|vendedor|vendedora|casera|casero|dependiente|dependienta"
    r"|kasir|pelayan|tukang \w+|kaka|dukawala|chaiwala|chaiwallah|\w+wala|\w+wallah|\w+walla"
    r"|boda(?:-boda)? (?:guy|man|rider|driver)|okada (?:man|rider)|keke (?:man|rider)"
    r"|mototaxista|taxista|repartidor|repartidora|bodeguero|bodeguera|kiosquero|kiosquera"
    r"|verdulero|verdulera|frutero|frutera|panadero|panadera|carnicero|carnicera|barbero"
    r"|peluquero|peluquera|cobrador|cobradora|tuktuk driver|salumiere|salumiera|fornaio"
    r"|fornaia|panettiere|panettiera|macellaio|macellaia|fruttivendolo|fruttivendola"
    r"|pescivendolo|tabaccaio|tabaccaia|edicolante|boulanger|boulang[eè]re|boucher"
    r"|bouch[eè]re|épicier|epicier|fromager|fromag[eè]re|caissier|caissi[eè]re"
    rf"|(?:mama|mam|baba) {tongues.SWAHILI_TRADES})"
)
"""Local words for someone who serves the user: the shop's "mbak", the "taquero", the
Italian "salumiere" or the French "boulanger", or in East Africa "mama mboga", the woman who
sells vegetables at the corner, called by her trade."""

_TRADES = (
    r"(?:boiler|gas|heating|electric|electricity|broadband|cable|internet|wifi|fridge|washing"
    r"|machine|repair|alarm|window|aircon|ac|pest|pest control|delivery|bin|meter|water|tv"
    r"|satellite|parcel|pizza|takeaway|food|grocery|milk|post|removal|moving|courier|checkout"
    r"|till|counter|shop|store|kiosk|desk|reception|deli|market|ticket|petrol|gas station"
    r"|car wash|paper|dhobi|laundry|salon|nail|lash|hair|swiggy|zomato|deliveroo|uber eats"
    r"|glovo|rappi|grab|gojek|foodpanda|doordash|blinkit|zepto|instacart|warung|toko|indomaret"
    r"|alfamart|\w+mart|bodega|tienda|kiosco|dhaba|canteen|mamak|tapri|sari-sari|kedai|pasar"
    r"|mercado|carinderia|library|bank|post office|pharmacy|chemist|station|parts|spares|tyre"
    r"|tire)"
)
_TRADESPEOPLE = (
    r"(?:lad|lads|lass|lassie|man|men|guy|guys|bloke|fella|fellow|chap|woman|lady|girl|boy|engineer"
    r"|technician|repairman|fitter|installer|rider|driver|person|auntie|uncle|bhaiya|didi"
    r"|kuya|ate|mbak|mas|kak|abang|akka|anna)"
)
_VEHICLES = (
    r"(?:tricycle|trike|jeepney|rickshaw|auto|auto-rickshaw|tuk-?tuk|boda|boda-boda|okada"
    r"|keke|grab|gojek|ola|uber|lyft|bolt|taxi|cab|bus|combi|micro|matatu|tro-?tro|moto"
    r"|motorbike|bajaj|delivery|truck|van|lorry|cng|ojek|angkot|colectivo|mototaxi)"
)
_WORKS_FOR_ME = (
    r"(?:delivers?|delivered|brings|brought|drives|serves|sells|cuts (?:my|our)|cleans|fixes"
    r"|fixed|repairs|repaired|mends|mended|sews|cooks|runs (?:the|a|that|this)|mans|styles"
    r"|waxes|teaches (?:my|our|the)|(?:makes|made|does|did) (?:my|our))"
)
_CARERS = (
    r"(?:health visitor|district nurse|home nurse|carer|care worker|care assistant|social"
    r" worker|support worker|home help|key worker|health worker|community nurse|nurse"
    r"|hairdresser|hair stylist|stylist|barber|beautician|nail tech|nail technician"
    r"|physio|physiotherapist|masseuse|masseur|dentist|doctor|gp|optician|pharmacist|vet"
    r"|waiter|waitress|barista|bartender|cashier|receptionist|librarian|teacher|tutor"
    r"|instructor|coach|driver|guard|cleaner|porter|concierge|courier)"
)

STAFF = (
    rf"(?:{_OURS} )?(?:\w+ )?{_SERVICE_WORDS}",
    rf"{_OURS} (?:\w+ )?(?:conductor|conductora)",
    rf"(?:{_OURS} )?(?:\w+ )?{_TRADES} {_TRADESPEOPLE}",
    # a doctor on the ward the user is on: the one treating them ("our ward" is a colleague's)
    rf"{_OURS} (?:\w+ )?(?:registrar|consultant|house officer|junior doctor|doctor|surgeon"
    r"|anaesthetist|anesthetist|resident) (?:on|from|at) (?:the|my) ward\b",
    rf"(?:{_KIN_TERMS} |{_THE} )?(?:\w+ )?{_VEHICLES} (?:driver|rider|guy|man|uncle|bhaiya"
    r"|kuya|boy|wallah|wala)s?",
    rf"{_OURS} (?:(?!(?:i|we|you|he|she|they|on|in|at|by|of)\b)[\w']+ ){{0,3}}{_CARERS}",
    rf"{_OURS} (?:[\w-]+ ){{0,2}}techs?\b",
    rf"{_THE} (?:\w+ ){{0,2}}(?:{_TRADESPEOPLE}|one) (?:on|at|behind|in) the (?:\w+ ){{0,2}}"
    r"(?:till|checkout|register|counter|kiosk|deli counter)",
    rf"(?:the|that|this) (?:\w+ )?{_TRADESPEOPLE} (?:in|at) the (?:\w+ )?(?:hardware|chemist"
    r"|chemist's|butcher's|butchers|newsagent's|newsagents|bookies|offie|offy|chipper|chippy|takeaway|shop"
    r"|store|garage|bakery|pharmacy|post office|bank|deli|hardware store|hardware shop"
    r"|cash (?:&|and|n'?) carry|wholesalers?|wholesaler's)\b",
    # a "foreign madam" is a tourist, not the madam of a house or a school
    r"(?:my|our|the|your) (?!(?:foreign|white|tourist|mzungu|firangi|videshi) )(?:\w+ )?"
    r"(?:ma'am|sir|miss|madam)",
    rf"(?:(?:the|that|this) (?:\w+ ){{0,2}}{_TRADESPEOPLE} (?:at|on|behind)|{_THE} (?:\w+ ){{0,2}}"
    rf"{_TRADESPEOPLE} (?:on|behind)) the (?:\w+ ){{0,2}}(?:counter|till"
    r"|checkout|desk|reception|stall|register|kiosk|front desk|info desk|help desk|bake sale"
    r"|cake sale|craft fair|car boot sale|fete|fête)"
    rf"|{_THE} (?:\w+ ){{0,2}}{_TRADESPEOPLE} behind the (?:\w+ ){{0,2}}bar",
    rf"{_THE} (?:\w+ ){{0,2}}{_TRADESPEOPLE} on (?:the )?(?:front )?(?:reception|desk|till|tills"
    r"|checkout|door|counter)\b",
    rf"(?:the|that|this) (?:\w+ )?{_TRADESPEOPLE} (?:in|at|from) [\w-]+'s(?= (?:if|to|for|whether"
    r"|and|about|can)\b|[,.!?;:]|$)",
    rf"{_THE} (?:\w+ ){{0,2}}(?:{_KIN_TERMS}|{_TRADESPEOPLE}|person)(?: (?:who|that))?"
    rf" (?:\w+ )?{_WORKS_FOR_ME}",
    rf"{_THE} (?:\w+ ){{0,2}}{_TRADESPEOPLE} (?:who|that|wey) (?:fix|repair|mend|sell|cook|sew"
    r"|deliver|drive|cut|clean)\b",
    r"(?<=ask )(?:server|waitstaff|barkeep|barkeeper|sommelier|bellhop|valet|doorman|usher"
    r"|teller|housekeeping)\b",
    r"(?:mum|mom|mam|mother|dad|father|gran|granny|grandma|grandad|grandpa|nan|nana|nani|dadi)'s"
    r" (?:home |live-in |night |day )?(?:care ?workers?|carers?|caregivers?|aides?|home helps?"
    r"|support workers?|nurses?)\b",
)
"""Someone serving the user, named by a local word, a trade or what they do for the user
("the same young chap delivers our orders", "the man who fix phones"), on reception ("the
lassie on reception"), at a shop named by a possessive with no noun after ("the girl in
Supermac's"), or caring for a parent ("mom's home care worker"): paid to do that work, not
family, so a day off given up for the user is unpaid work asked of staff."""
_STALLS = (
    r"(?:market|stall|shop|store|kiosk|cart|stand|truck|van|späti|spati|spätkauf|bodega|deli"
    r"|bakery|canteen|mess|chippy|takeaway|servo|dairy|konbini|tabac|offy|offie|booth|counter)"
)
_SELLERS = (
    r"(?:sellers?|vendors?|hawkers?|stallholders?|traders?|\w+mongers?|part-?timers?|locums?"
    r"|vet techs?|lab techs?|vet nurses?|dinner lad(?:y|ies)|lollipop (?:lady|man)|tea lady"
    r"|lunch lady|kitchen hands?|deckhands?)"
)
_GOODS = r"(?:(?!who|that|which|friend|mate|sister|brother|cousin)[\w'-]+ ){0,3}?"
"""Up to three words for what is sold and where ("leather bracelet", "Red Deer market
honey"), not a relative clause or a friend ("a friend who ...")."""
SELLING = (
    rf"{_OURS} {_GOODS}{_SELLERS}(?: {_KIN_TERMS}\b)?",
    rf"{_OURS} {_GOODS}{_STALLS} (?:\w+ )?(?:guy|man|woman|lady|girl|bloke|dude|owner"
    r"|boy|uncle|auntie|aunty|fella|chap|lad|lass|kid)s?",
)
"""Someone serving the user named by what they sell and where ("the leather bracelet seller",
"the Red Deer market honey guy", "the PC bang part-timer", "the locum", "the hawker uncle")."""

STRANGER = (
    rf"(?:{_THE}|some) (?:(?!owner|landlord|pg)[\w-]+ )?{_KIN_TERMS}",
    r"(?:the|a|an|any|some) (?:first|next|passing|random) (?:cars?|bakkies?|utes?|trucks?"
    r"|lorr(?:y|ies)|vans?|pick-?ups?|motorists?|drivers?|truckers?|vehicles?|4x4s?)\b",
    r"whoever(?:'s| is)? (?:\w+ )?(?:behind|ahead of|in front of|next to|beside|sitting|standing"
    r"|sits|stands|in the queue|in line)",
    r"(?:one of |some of )?(?:my|our) (?:\w+ )?(?:walk-?ins|customers|clients|regulars|patrons)",
    r"(?:my|our|a|the|an|this|that) (?:\w+ )?(?:customer|cliente|clienta|patron|rider|passenger"
    r"|backpacker|caller)\b(?!'"
    r"| (?:from|at|in|i(?:d|ds|nfo|nsights?|ssues?)|who|that|service|care|support|number|list"
    r"|base|group|club))"
    r"|(?:the|my|our) (?:\w+ )?(?:riders|passengers|browsers|backpackers|pax)\b|(?<=ask )guests?\b"
    r"|(?:my|our|a|the) regular(?= (?:to|2|if|whether|out|for)\b|[,.!?;:]|$)",
    r"(?:(?:an?|the|one|some) (?:older |elderly |random )?)?(?:audience members?|(?:open mic"
    r"|gig|concert|show|festival|bar|pub|stadium|match) crowd)",
    r"(?:the|a|an|that|this) (?:\w+ )?(?:person|people|man|woman|guy|girl|lady|bloke|lad|fella"
    r"|gent|chap|couple|family) (?:right |just |standing |sitting )?(?:next to|beside|behind"
    r"|in front of|ahead of|opposite) (?:me|you|us)",
    r"(?<=a )alguien (?:en|del|de la) (?:el |la )?(?:metro|bus|calle|fila|cola|tren|parque|plaza)",
    r"(?:a|the|one|that|this) (?:\w+ )?guest\b(?! (?:list|room|house|speaker|book|post|lecture"
    r"|star|bedroom|bed|wifi|pass))",
    r"(?:one|some|a few|two|three) of the (?:other |fellow )?(?:\w+ ){0,2}(?:farmers|growers"
    r"|traders|buyers|breeders|ranchers|fishermen|punters|shoppers|passengers|pax|commuters|drivers|fans"
    r"|guests|diners|customers|spectators|backpackers|travellers|tourists|riders)",
    r"(?:a|an|the|some|that|this) (?:\w+ )?(?:gringos?|gringas?|foreigners?|mzungus?|farangs?"
    r"|gaijin|expats?)\b(?!'s)",
    r"(?:the|that|this) (?!(?:waiter|waitress|server|busboy|runner)\b)(?:[\w-]+ ){0,2}?[\w-]+"
    r" (?:at|on|from) table (?:\d+|one|two|three|four"
    r"|five|six|seven|eight|nine|ten|eleven|twelve)\b",
    r"(?:(?<=ask )|(?<=tell )|(?<=get ))the (?:[\w-]+ ){0,2}table(?= (?:to|if|whether|for"
    r"|about)\b)",
    rf"{_THE} (?:[\w-]+ ){{0,2}}?[\w-]+ (?:in|from|of) (?:the )?(?:next|neighbouring|nearby"
    r"|other) (?:village|town|valley|hamlet)\b",
)
"""Someone the user calls by a kin or courtesy word (an "oke", a "lassie"): a person met, not a
relative; whoever happens to stand behind the user, or "the woman behind me" (not behind a
counter); the customers, riders and guests the user serves, who are no friends, and an
audience; one of the other farmers at the mart or guests at a wedding; a foreigner met in
the street ("a gringo", "a mzungu"); the diners the user waits on ("the big american table",
"the americans at table 4") and the passengers ("one of the business class pax"); and someone
from the next village ("the new bahu in the next village"), whom the user does not know; and
"the first bakkie" or "a passing car" at the roadside, a driver the user has never met."""

ACQUAINTANCE = (
    r"(?:the|a|that) (?:\w+ )?(?:guy|girl|woman|man|lady|bloke|dude|person|lad|lass|chap"
    r"|fella) from (?:my |our )?(?:\w+ ){0,2}(?:boxing|bouldering|climbing|running|swimming"
    r"|dancing|cycling|rowing|training|skatepark|skate park|skating|skateboarding"
    r"|surfing|yoga|pilates|salsa|bachata|crossfit|karate|judo"
    r"|football|futsal|(?:5|five|7|seven)-a-side|sunday league|netball|rugby|hockey|cricket"
    r"|gaa|hurling|volleyball|basketball|tennis|badminton|choir|orchestra|band|french"
    r"|german|spanish|italian|english|japanese|chinese|mandarin|korean|arabic|portuguese"
    r"|dutch|language|improv|pottery|art|drawing|cooking|\w+ class|(?:a1|a2"
    r"|b1|b2|c1|c2) \w+)\b(?! (?:shop|store|counter|desk|stall|team|office))",
    r"(?:(?:the|a|that) (?:\w+ )?(?:guy|girl|woman|man|lady|bloke|dude|person|lad|lass|student)"
    r"|someone|somebody|some \w+) (?:from|in) (?:my|our) (?:[\w-]+ ){0,2}(?:lectures?|seminars?"
    r"|tutorials?|modules?|course|cohort)\b",
    r"the (?:bride|groom|newlyweds|happy couple)(?= (?:[\w']+ ){0,8}(?:at|during) (?:the|their"
    r"|her|his) (?:reception|wedding breakfast|speeches|wedding dinner)\b)",
)
"""Someone from the user's class or activity ("the girl from boxing", "the guy from B2
German", "someone from my econ lecture"): met again and again, not a stranger; and the couple
whose reception the user is a guest at ("ask the bride if I can say a few words at the
reception")."""

COLLEAGUE = (
    rf"{_THE} (?:\w+ )?(?:guy|girl|woman|man|lady|bloke|person|{_KIN_TERMS}) (?:on|from"
    r"|in) (?:the )?(?:next|other) (?:aisle|till|checkout|counter|station|shift|bay|ward"
    r"|register)",
    rf"{_THE} (?:\w+ )?(?!{_SERVES_THE_OFFICE})\w+ (?:(?:who|that) works )?(?:in|from) (?:our|my)"
    r" (?:office|team|department|branch|firm|company|workplace|lab)\b",
    r"(?:the|an?|another|my|that|this) (?:other|fellow) (?:[\w-]+ )?(?:guards?|makangas?"
    r"|conductors?|porters?|carers?|cadets?|recruits?|pickers?|paramedics?|stewards?|deckhands?"
    r"|lollipop (?:lady|ladies|man|men))\b",
    rf"{_THE} (?:\w+ )?\w+ (?:on|in) our (?:ward|unit|wing|shift|rota|staff|faculty)\b",
    rf"{_OURS} (?:seat ?mate|desk ?mate|desk neighbou?r|desk buddy|cubicle neighbou?r)s? (?:at work"
    r"|(?:on|at|in) (?:the|our|my) (?:floor|office|shift|team|pod|bay|call cent(?:er|re)))\b"
    rf"|{_OURS} (?:pod ?mate|cubicle neighbou?r)s?\b",
)
"""Someone on the next till or shift, or "an agent in our office": a colleague, whatever
their trade, unless the trade is serving the office (a cleaner, a guard: staff); "the other
crossing guard" or "a fellow cadet", who does the user's own job; "the new nurse on our
ward", whose ward the user works on too; the user's seatmate "on the floor" or deskmate "in
the office", who sits beside them at work, not on a train."""
LANDLORD = (
    r"(?:the|my|our) (?:pg|hostel|flat|house|building|room) (?:owner|uncle|aunty|auntie)",
    rf"{_THE} (?:\w+ ){{0,2}}?(?:{_KIN_TERMS}|{_TRADESPEOPLE}|family|couple|people) (?:who|that)"
    r" (?:rents?|rented|lets?|sublets?) (?:me|us) (?:the|a|my|our|her|his|their|this) (?:\w+ )?"
    r"(?:room|flat|house|place|apartment|bedsit|studio|annex|granny flat|cottage|caravan)",
    rf"{_THE} (?:\w+ ){{0,2}}?(?:{_KIN_TERMS}|{_TRADESPEOPLE}|family|couple|people) (?:(?:who|that)"
    r" )?(?:i|we) (?:rent|rented|sublet|lodge|board) (?:\w+ )?(?:from|with)\b",
    r"(?:the|la|a la|el|al) (?:señora|señor|dueña|dueño|casera|casero|propietaria|propietario)"
    r" del (?:depto|departamento|piso|cuarto|apartamento|apto)\b",
    rf"{_THE} (?:{_KIN_TERMS}|{_TRADESPEOPLE}) (?:who|that) owns (?:my|our) (?:flat|apartment"
    r"|house|room|place|building)\b",
)
"""The "PG owner uncle" the user pays rent to, "the señora who rents me the room", "la señora
del apartamento" (the lady whose flat it is), "the lady who owns our flat": a landlord, not an
uncle or a señora met once."""

NEIGHBOUR = (
    r"(?:mama|mma|baba|papa|mummy|daddy|iya|auntie|aunty|uncle|mr|mrs|ms|miss) [a-z]+ (?:from )?"
    r"(?:next door|upstairs|downstairs|across the (?:road|street|hall|landing|way)|in the next"
    r" (?:flat|house|room|compound|unit))\b",
    rf"{_THE} (?:[\w-]+ ){{0,2}}?(?:lady|guy|man|woman|bloke|fella|couple|family|people|uncle"
    r"|auntie|aunty|girl|boy) from (?:across|over) the (?:road|street|way|lane|hall|landing)\b",
)
""""Mama Bisi next door", "Mrs Okafor upstairs": a neighbour called by a kin or courtesy word
and a name, not the user's mother; and "the florist lady from across the street", someone
who belongs across the road, not a passer-by."""

FIRST: tuple[tuple[Who, re.Pattern[str]], ...] = (
    (Who.FAMILY, words(*liberties.FAMILY, *placed.FAMILY)),
    (Who.SUBORDINATE, words(*liberties.SUBORDINATE, *in_my_charge.ASKED)),
    (Who.CHILD, words(*liberties.CHILD)),
    (Who.COLLEAGUE, words(*COLLEAGUE, *stands.COLLEAGUE)),
    (Who.LANDLORD, words(*LANDLORD)),
    (Who.ACQUAINTANCE, words(*ACQUAINTANCE)),
    (Who.NEIGHBOUR, words(*NEIGHBOUR, *neighbours_by_kin.NEIGHBOUR, *placed.NEIGHBOUR)),
    (
        Who.STAFF,
        words(
            *STAFF,
            *SELLING,
            *overstepping.STAFF,
            *tongues.STAFF,
            *street_counters.STAFF,
            *placed.STAFF,
        ),
    ),
)
"""Read before the general roles, so "the checkout girl" is staff, not any girl."""
ORGANISATION = (
    r"(?:air|aer) (?:india|france|canada|new zealand|asia|arabia|china|malta|mauritius|astana"
    r"|serbia|europa|baltic|transat|tahiti|seychelles|niugini|namibia|lingus)|\w+ (?:airlines?"
    r"|airways)|ryanair|easyjet|qantas|lufthansa|klm|jetstar|airasia|cebu pacific|indigo"
    r"|vistara|spicejet|wizz ?air|vueling|iberia|latam|avianca|aeromexico|volaris|westjet",
    r"(?:the )?(?:ward|commune|district|village|town|municipal|people'?s?|residents'?) (?:[\w']+"
    r" )?committee",
)
"""An airline named by its brand ("ask Air India for an upgrade"), or a local office named by
its committee ("write to the ward people's committee for a permit", Vietnam's local
government): a body, not a person."""
LAST: tuple[tuple[Who, re.Pattern[str]], ...] = (
    (Who.STRANGER, words(*STRANGER, *liberties.STRANGER, *overstepping.STRANGER)),
    (Who.ORGANISATION, words(*ORGANISATION)),
)
"""Read after them, so "my auntie" stays family and "the auntie selling rice" staff."""
