"""A person's private contact and whereabouts, in more words than the older lexicon knew.

"Her own mobile, not the clinic line", "his personal mobile", "what time she knocks off",
"jam berapa she pulang" (Indonesian: when she goes home): a private line to someone met
at work, or when they leave it, which lets the user find them alone; whether they live
alone, the name of their hostel. The work line, the shop's hours or the clinic's number stay
fair to ask. `THIRD_PERSON` reads where someone else lives ("which suburb the new reliever
lives in"), asked of whoever knows it. Fragments for
`core.asks.requests.CONTACT_PERSONAL`, over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_LINE = r"(?:mobile|cell|cellphone|line|phone|number|digits|contact|email|whatsapp|landline)"
_QUARTERS = (
    r"(?:donga|room|cabin|tent|dorm|hut|bunk|unit|flat|block|hall|halls|quarters|barracks|caravan"
    r"|chalet|wing|cottage|apartment|house|home|place|bungalow|berth|bed|digs|hostel|compound"
    r"|village|pg|paying guest|boarding house)"
)
"""Where someone sleeps: a room, a camp's donga, a caravan, a house, a PG (an Indian city's
paying-guest lodging)."""
_APPS = (
    r"(?:kakao(?:talk)?|wechat|telegram|viber|zalo|discord|skype|snapchat|snap|instagram|insta"
    r"|twitter|tiktok|bereal|fb|ig)"
)
"""Messaging apps and networks, whose id or handle is a personal line."""
_OFF_WORK = (
    r"gets? off (?:work|shift|at (?:work|the (?:[\w-]+ ){0,2}?(?:store|shop|office|bar|pub|cafe"
    r"|café|restaurant|salon|hospital|clinic|factory|bank|gym|hotel|bakery|supermarket|warehouse"
    r"|garage|pharmacy|library|site)))\b"
)
"""Leaving work at a named place ("gets off at the hardware store"), not a train at a stop."""
_LEAVES = (
    rf"(?:{_OFF_WORK}|knocks? off|clocks? off|clocks? out|packs? up|closes? up|heads? (?:home"
    r"|off)|gets? out|is done|wraps? up|finish(?:es)?|is free|gets? free|pulang|balik|selesai"
    r"|sale|termina)"
)

CONTACT_PERSONAL = (
    rf"(?:their|his|her|your) (?:own|personal|private|direct|home) (?:\w+ )?{_LINE}",
    rf"not (?:the|their|his|her) (?:\w+ )?(?:company|work|office|clinic|shop|business|surgery"
    rf"|practice|salon|hospital|studio|restaurant|store|desk) {_LINE}",
    rf"(?:instead of|rather than) (?:the|their|his|her) (?:\w+ )?(?:company|work|office|clinic"
    rf"|shop|business|surgery|practice|salon|hospital|studio|restaurant|store|desk) {_LINE}",
    rf"(?:when|what time|jam berapa|a qué hora|a que hora) (?:she|he|they|dia|ella|él|el)"
    rf" (?:usually |normally |always )?{_LEAVES}",
    r"(?:her|his|their) (?:daily |usual |exact |weekly |work |working )?(?:timings|schedule"
    r"|whereabouts|movements)",
    r"(?:when|what time) (?:she|he|they)(?:'s| is|'re| are) (?:usually |normally )?off"
    r"(?! (?:to|sick|on)\b)",
    rf"(?:which|what) (?:street|road|block|area|village|town|estate|building|floor|part of town"
    rf"|neighbourhood|neighborhood|suburb) (?:her|his|their) (?:\w+ )?{_QUARTERS} (?:is|are|'s)",
    r"(?:which|what) (?:block|village|town|barangay|kampung|colony|sector|area|estate|street"
    r"|bit|part|side|end"
    r"|road|floor|unit|flat|house|staircase|stairwell|stair|landing|corridor|entrance|wing|quad"
    r"|court|tower|building|apartment|complex|condo|compound|dorm) (?:\w+ ){0,4}?(?:she|he|they)"
    r" (?:dey )?(?:stays?|lives?"
    r"|live|lodges?)\b",
    r"(?:number|digits|contact|whatsapp|no\.?) of (?:that|this|the|one|a) (?:[\w'-]+ ){0,2}?"
    r"(?:babe|girl|lady|woman|chick|guy|man|boy|fella|stranger|passenger|aunty|auntie|beauty"
    r"|cutie|damsel|shawty|hottie|sweetie)\b",
    r"where (?:she|he|they) (?:is|are|goes|go|hangs? out|stays?) (?:on|at|in|every)"
    r" (?:weekends?|nights?|sundays?|saturdays?)",
    r"(?:which|what) (?:days?|times?|nights?|mornings?|evenings?|shifts?|hours) (?:\w+ ){0,2}"
    r"(?:she|he)(?:'s| is|'ll be| will be) (?:usually |normally )?"
    r"(?:rostered|scheduled|rota'd|in|on|working|on shift"
    r"|around|on duty|at work|there|here)\b",
    rf"(?:which|what) (?:\w+ )?{_QUARTERS} (?:number )?(?:\w+ ){{0,2}}?(?:she|he|they)(?:'s| is"
    r"|'re| are) (?:staying |sleeping |living )?(?:in|at)\b",
    rf"where (?:her|his|their) (?:\w+ )?{_QUARTERS} (?:is|are|dey|be)\b",
    r"where (?:him|her|them|dem|im) (?:dey )?(?:live|lives|stay|stays|sleep|sleeps)",
    rf"(?:their|his|her|your) (?:{_APPS})(?: (?:id|handle|username|account|contact|qr))?",
    r"(?:their|his|her|your) (?:line|signal|threads|x) (?:id|handle|username|account)",
    rf"(?:their|his|her|your|\w+'s) (?:own|personal|private|direct) (?:no|num|nr|{_LINE}"
    rf"|{_APPS})\b",
    rf"\b(?:girl|guy|lady|woman|man|boy|bloke|dude|chick|lass|lad)(?:s|'s) (?:own |personal )?"
    rf"(?:{_LINE}|{_APPS})\b",
    r"(?:the|her|his|their) @ (?:of|from)",
    r"(?:which|what) (?:street|road|flat|house|building|block|neighbou?rhood|area|estate|suburb)"
    r" (?:[\w']+ ){1,6}?(?:lives?|sleeps?|stays?) (?:on|in|at)\b",
    r"(?:when|what time) (?:the|that|this) (?:[\w']+ ){1,7}?(?:gets? off(?! (?:the|a|at|here))"
    rf"|{_OFF_WORK}|knocks? off|clocks? (?:off|out)|finish(?:es)? (?:her|his|their) (?:shift"
    r"|work))\b",
    r"(?:when|what time) (?:her|his|their) (?:shift|work|day) (?:ends|finishes|is over|is done"
    r"|closes|wraps up|stops|gets out)",
    r"(?:when|what time) (?:she|he|they) (?:usually |normally |always )?(?:arrives?|gets?|comes?"
    r"|goes|is|are) (?:back )?home|(?:if|whether) (?:she|he|they) (?:lives?|stays?|sleeps?)"
    r" (?:all )?(?:alone|on (?:her|his|their) own|by (?:herself|himself|themselves))",
    r"(?:if|whether|how) (?:she|he|they) (?:usually |normally |always |often )?(?:walks?|goes"
    r"|gets?|heads?|travels?|cycles?|drives?|takes? the bus|makes? (?:her|his|their) way)"
    r" (?:back )?home (?:alone|on (?:her|his|their) own|by (?:herself|himself|themselves)"
    r"|after dark|at night)\b",
    r"(?:which|what) (?:street|road|way|route|path|bus|train|tram) (?:\w+ ){0,2}?(?:she|he|they)"
    r" (?:usually |normally |always )?(?:walks?|takes?|drives?|cycles?|rides?|goes|go) home",
    r"(?:when|what time|which days?) (?:she|he|they)(?:'s| is|'re| are|'ll be| will be) (?:usually "
    r"|normally )?(?:working|on shift|on duty|rostered|in)\b[^.!?]{0,20}? so (?:i|we) can"
    r" (?:\w+ ){0,2}?(?:chat|talk|see|catch|find|visit|run into|bump into|say hi)",
    r"(?:when|what time|which (?:days?|nights?|evenings?|mornings?|shifts?|times?)) (?:she|he"
    r"|they)(?:'s| is|'re| are) (?:usually |normally |always |often )?(?:working |left )?(?:out"
    r"|away|alone|home alone|on (?:her|his|their) own|by (?:herself|himself|themselves))\b",
    r"(?:when|what time|which (?:days?|nights?|evenings?)) (?:her|his|their) (?:parents|mum|mom"
    r"|dad|folks|family|husband|wife|flatmates?|roommates?|housemates?) (?:usually |normally )?"
    r"(?:go(?:es)? (?:out|away|to work)|(?:is|are) (?:out|away)|leaves?|leave|(?:isn't|aren't)"
    r" (?:home|in))\b",
    r"(?:which|what) (?:days?|nights?|times?|weekends?) (?:\w+ ){0,3}?(?:doesn't|does not|don't"
    r"|do not|won't|never) (?:come|visit|call|drop|stay)",
    r"(?:what time|when|which days?) (?:she|he|they) (?:usually |normally |always )?(?:walks?"
    r"|passes|comes? (?:by|past)|goes (?:by|past)|jogs?|runs?|cycles?) (?:[\w']+ ){0,3}?(?:every"
    r" (?:day|morning|evening|night)|daily|so (?:i|we) can)",
    r"what (?:her|his|their) (?:daily |weekly |usual )?routine is\b(?! (?:like )?for)",
    r"(?:which|what) days (?:the|that|this) (?:[\w']+ ){1,5}?works?\b",
    r"(?:which|what) (?:street|road) and (?:house |flat |door )?number|(?:her|his|their) (?:house"
    r"|flat|door|apartment) number",
    r"(?:[\w]+'s|her|his|their) digits\b",
    r"(?:when|what time) (?:the|that|this) (?:[\w']+ ){1,3}?leaves? (?:by|through|from|via)"
    r" (?:the )?(?:stage door|back door|staff entrance|side door|artists' entrance)",
    r"(?:her|his|their|[\w']+'s) (?:hostel|hotel|guesthouse|guest house|airbnb|motel|b&b)(?:'s)?"
    r" (?:name|address)|(?:name|address) of (?:her|his|their) (?:hostel|hotel|guesthouse"
    r"|guest house|airbnb|motel|b&b|chalet|villa|lodge)\b",
    rf"(?:when|what time) (?:she|he|they) (?:usually |normally )?(?:{_LEAVES}|closes?)\b"
    r"[^.!?;]{0,40}\b(?:which|what|where) (?:\w+ )?(?:she|he|they) (?:usually |normally )?"
    r"(?:alights?|gets? (?:off|down)|drops? (?:off|down)|stops?|lives?|stays?)\b",
    rf"(?:which|what) (?:\w+ )?(?:{_QUARTERS}|guesthouse|guest house|hotel|motel|airbnb|building"
    r"|tower|neighbou?rhood|suburb|area|street|estate)(?: (?:and|or) (?:\w+ )?\w+)?"
    r" (?:(?:\w+ )?[\w']+'s \w+|she|he|they)"
    r"(?:'s|'re| is| are)? (?:\w+ )?(?:at|in|staying|stays?|lives?|living|sleeps?|sleeping)\b",
)
"""A private line, when someone leaves work or is off (or alone: "which nights she's alone on
the desk", "when her parents go out", "whether she walks home alone", when her shift closes),
their daily or weekly timings or routine (what time they walk the dog "so I can be outside
then"), when a worker finishes and where they get down after ("what time he closes today and
which junction he alights at", of a minibus mate), where exactly they stay ("which street his
house is on", "which guesthouse she's at", "what neighbourhood last night's heckler lives in");
"her personal no.", "the checkout girls number" typed without the apostrophe."""

_PERSON = (
    r"(?:woman|man|girl|guy|lady|bloke|lad|lass|singer|actor|actress|star|celebrity|player"
    r"|footballer|dj|model|influencer|reliever|teacher|nurse|waitress|waiter|barista|cashier"
    r"|driver|doctor|folks?|couple|neighbours?|neighbors?|student|tenant|intern|receptionist"
    r"|girlfriend|boyfriend|widow|chick|dude|fella|trucker|courier|postman|postie|bartender"
    r"|busker|jogger|runner|commuter|regular|family|families|guests?|group|lads|ladies|kids"
    r"|boys|girls|backpacker|traveller|traveler|tourist|comedian|performer|musician|speaker"
    r"|author|athlete|patient|passenger|mother|mum|mom|father|dad|officer|pilot"
    r"|captain|crew|attendant|stewardess|steward|guard|clerk|cleaner|saleslady|salesgirl"
    r"|salesman|saleswoman|registrar|surgeon|gal|scout|barmaid|barman|barmaids|postdoc|lecturer"
    r"|professor|trainee|customer|client|member|resident|lodger|mbak|mas|nanny|au pair|carer"
    r"|promo girl|hostess|host|bride|groom|bridesmaid)s?"
)
"""A third person named by what they are or do ("the young mother who comes to the pantry",
"the first officer"), not by the user's own "my"."""
_WORKER = r"(?:ranger|guide|lifeguard|instructor|trainer|coach|bouncer|ferryman|boatman)s?"
"""People met at their work, whose home is read only with "lives" ("which street the cute
ranger lives on"): "which street the ranger station is on" names no one's home."""
_NOTICED = r"(?:woman|man|girl|guy|lady|bloke|lad|lass|fella|chick|dude|boy)"
"""Someone only noticed, named by no more than how they look ("the guy in the blue singlet"):
when they come in is theirs to keep, unlike the hours of a teacher whose class the user
would join."""
_PLACE = (
    rf"(?:{_QUARTERS}|condo|suite|staircase|stairwell|landing|corridor|entrance|quad|floor|street|road|suburb|neighbou?rhood|area|building|estate|town"
    r"|part of town|hotel|motel|guesthouse|guest house|b&b|airbnb|campsite|lodge|inn)"
)
THIRD_PERSON = (
    rf"(?:which|what) {_PLACE} (?:number )?(?:the|that|this) (?:[\w'-]+ ){{0,3}}?{_PERSON}\b"
    r"(?: [^.!?,]{0,40}?)? (?:is|are|'s) (?:in|at|on|staying|sleeping|living)\b",
    rf"(?:which|what) {_PLACE} (?:the|that|this) (?:[\w'-]+ ){{0,3}}?(?:{_PERSON}|{_WORKER})\b"
    r"(?: [^.!?,]{0,40}?)? (?:lives?|live|stays?|moved into|moved in|is moving into)\b",
    rf"(?:which|what) (?:room|cabin|suite|unit|flat|apartment|chalet|villa|bungalow|dorm|tent"
    rf"|berth|bunk)(?: number)? (?:is|'s) (?:the|that|this) (?:[\w'-]+ ){{0,3}}?{_PERSON}\b"
    r"(?! (?:lounge|toilets?|bathroom|changing room|office|meeting|class|area|desk)\b)",
    rf"(?:home|house|residential) (?:address|postcode|post code|eircode|zip code|zip) of (?:the"
    rf"|that|this|a|an|one of the) (?:[\w'-]+ ){{0,3}}?{_PERSON}\b",
    rf"where (?:the |that |this )?(?:[\w'-]+ ){{0,3}}?{_PERSON}\b"
    r"(?: (?:who|that|from|in|at) [^.!?,]{0,40}?)? (?:lives?|live|stays?|sleeps?)\b",
    rf"(?:which|what) (?:days?|times?|nights?|mornings?|evenings?|hours) (?:the|that|this)"
    rf" (?:[\w'-]+ ){{0,2}}?{_NOTICED}\b(?: [^.!?,]{{0,40}}?)? (?:comes? in|trains?|works? out"
    r"|is in|is on|gets? in|arrives?|swims?|runs?|shows? up|turns? up)\b",
)
"""Where a third person lives or sleeps ("which room the singer is in", "which room is the
australian girl from my tour", "which unit the pretty mbak is living", "where the woman who
drives their forklift lives", "the home address of the guy who left a bad review"), asked of
whoever knows, a friend too: never theirs to give the user. So are the B&B a traveller is at
and the mornings someone only noticed ("the guy in the blue singlet") comes in."""
