"""Invitations and declarations in more words: what makes an ask a date.

"If she fancies a pint once my knee's sorted", "whether he would like to accompany me to
the opera", "if she wants okonomiyaki with me on her day off" (a dish named, or her day off
spent with the user), "if she wants to jalan-jalan with me", "tell her I like her": a date asked of
someone serving the user, in words the older lexicons of `core.asks.requests` did not
know. A drink or an outing offered to a friend or a classmate stays fair; the rules decide
that from who is asked. Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_DRINK = (
    r"(?:drink|drinks|coffee|coffees|dinner|bite|pint|pints|beer|beers|meal|cocktail"
    r"|cocktails|glass of wine|curry|lunch|brunch|date|chai|kopi|tea|ice cream|ice-cream|gelato"
    r"|boba|bubble tea|milk tea|froyo|dessert|smoothie|ramen|pizza|tacos|dim sum|michelada"
    r"|micheladas|bica|caña|cañas|cerveza|cervezas|chela|chelas|galão|imperial|bevvy|bevvies"
    r"|okonomiyaki|sushi|noodles|udon|pho|burgers?|kebabs?|tapas|dumplings|momos|biryani|hotpot"
    r"|hot pot|korean bbq|pancakes|waffles|crepes|paella|shawarma|suya|jollof|street food"
    r"|noodle soup)"
)
_OUTING = (
    r"(?:opera|cinema|movies|pictures|fair|funfair|concert|gig|party|dance|ball|festival"
    r"|theatre|theater|show|play|prom|sauna|spa|ballet|musical|carnival|disco|club|karaoke"
    r"|beach|picnic|zoo|museum|exhibition|wedding|restaurant|dinner|movie|film)"
)
_ON_THE_WAY = (
    r"(?:take|drive|bring|get|show|direct|point|walk|give|run|for|directions?|way|how|where|if"
    r"|whether|about|what|which|route|bus|train|tram|taxi|lift|ride|me|us|go|come|return|back)"
)
"""Words between "ask" and "to the fair" that make it the way there, not an invitation."""
_SELLS_NO_DRINK = (
    r"(?:(?:bank )?teller|bank clerk|lifeguard|librarian|pharmacist|(?:security )?guard|bouncer"
    r"|police ?(?:man|woman|officer)|cop|mechanic|cleaner|dentist|optician|postman|postwoman"
    r"|postie|courier|delivery (?:guy|girl|driver))"
)
"""People whose counter or post sells no coffee: asked "for coffee", they are asked out (a
barista or a waiter asked for one is served it)."""
_WOULD_LIKE = (
    r"(?:like|likes|want|wants|wanna|fancy|fancies|care|cares|feel like|feels like|would be up"
    r"|is up|'s up|'d be up|'d like|would like|interested)"
)

INVITE = (
    rf"{_WOULD_LIKE} (?:to )?(?:(?:get|grab|go for|going for|have|come for|share) )?(?:a |some )?"
    rf"(?:\w+ )?{_DRINK} (?:\w+ ){{0,3}}?(?:with me|together|sometime|some time|once|after|one day"
    r"|later|this (?:week|weekend|evening)|next|on (?:friday|saturday|sunday)|when (?:my|her|his"
    r"|the|our|we|i)\b)",
    rf"(?:go|come|going|coming|head) (?:out )?for (?:a |some )?(?:\w+ )?{_DRINK} (?:\w+ ){{0,3}}?"
    r"(?:after|sometime|some time|one day|together|with me|once|when)",
    rf"{_WOULD_LIKE} (?:to )?(?!(?:to )?(?:swap|switch|trade|cover|work|help|study|revise|train"
    r"|do)\b)"
    r"(?:[\w-]+ ){1,3}?with me (?:on|during|over) (?:her|his|their) (?:\w+ )?(?:day|days|night"
    r"|evening|afternoon|morning|weekend)s? off\b",
    rf"for (?:a |some )?{_DRINK} (?:sometime|some time|one day|one evening|together|after (?:work"
    r"|class|her shift|his shift|their shift|my last))",
    rf"(?:accompany|join) me (?:\w+ ){{0,3}}?to (?:the |a |an |my )?(?:\w+ )?{_OUTING}",
    rf"(?:come|go|coming|going) (?:\w+ ){{0,3}}?(?:to|for) (?:the |a |an )?(?:\w+ ){{0,2}}{_OUTING}"
    r"(?: \w+){0,3} with me",
    rf"(?:come|go|coming|going) with me (?:\w+ ){{0,2}}?to (?:the |a |an )?(?:\w+ )?{_OUTING}",
    rf"(?:ask|invite|take) (?:(?!{_ON_THE_WAY}\b)\w+ )"
    rf"{{1,4}}?to the (?:{_OUTING}|prom|formal|gala|pictures|movies)\b",
    r"(?:dinner|lunch|coffee|drinks?|movie|cinema|date) invitation|invitation (?:to|for) (?:dinner"
    r"|lunch|coffee|drinks?|a (?:meal|drink|date|coffee)|the (?:movies|cinema))",
    r"be my plus[- ]one|(?:my|a) spare ticket|(?:two|2) tickets and",
    rf"{_WOULD_LIKE} to (?:go|come) (?:out |along )?(?:to|for) (?:the|a|an|my|our|this|that)"
    r" (?:[\w'-]+ ){1,4}?with me\b",
    rf"stay (?:behind|back|on|up|late) (?:\w+ ){{0,4}}?for (?:a |one |some )?(?:\w+ )?{_DRINK}",
    r"(?:after|once|when) (?:the others|everyone(?: else)?|the rest|the group)"
    r"(?:'s|'ve| has| have)? (?:go|goes|gone|leave|leaves|left|head off|go to bed|gone to bed)",
    rf"ask (?:a|that|this|one) (?:\w+ )?(?:girl|guy|woman|man|lady|lad|lass|lassie|bloke|stranger"
    rf"|person|boy|fella|oke) (?:(?!bar|pub|caf[eé]|coffee|counter|starbucks|kiosk|cart|truck"
    rf"|for|where|what|which|how|to|go|recommend\w*|suggest\w*|tips?|ideas?|places?|spots?"
    rf"|somewhere|good|best|nearby)[\w'-]+ ){{0,4}}?for (?:a |some )?{_DRINK}\b(?! (?:place|spot"
    rf"|recommendations?|nearby|around))",
    rf"ask (?:the|that|this) (?:\w+ )?(?:girl|guy|woman|man|lady|lad|lass|bloke|boy|fella) (?:at"
    rf"|on|behind) the (?:\w+ )?(?:till|checkout|register|tills|checkouts) for"
    rf" (?:a |some )?{_DRINK}\b",
    rf"ask (?:the|that|this|a|my|our) (?:[\w'-]+ ){{0,2}}?{_SELLS_NO_DRINK}s? (?:(?!for\b)[\w'-]+ )"
    r"{0,4}?for (?:a |some )?(?:coffees?|drinks|dinner|lunch|brunch|pints?|beers?|cocktails?"
    r"|glass of wine|date)\b(?! (?:machine|discount|voucher|recommendations?|places?|spots?"
    r"|money))",
    rf"invite (?:the|a|an|that|this) (?:[\w'.-]+ ){{1,8}}?(?:for|to) (?:a |an |some )?(?:\w+ )?"
    rf"{_DRINK}\b",
    r"(?:walk|stroll|dance|sit) with me (?:\w+ ){0,3}?(?:under the (?:moon|stars)|by moonlight"
    r"|in the moonlight)|(?:moonlit|moonlight) (?:walk|stroll)",
    r"jalan-?jalan|jalan2|nongkrong|ngopi|ngedate|salir conmigo|pasear conmigo|tomar (?:un )?"
    r"(?:café|cafe|algo)|date pe|kopi date|chai pe chalein|ir al cine",
    r"ajak(?:in)? (?:\w+ )?(?:jalan|kencan|ngedate|nonton|makan malam|dinner)\b(?! (?:anjing|sama"
    r" (?:anak|keluarga)))",
    r"ask (?:her|him) for (?:a |some )?(?:coffee|drinks?|dinner|supper|lunch|pint|cuppa|bite)\b"
    r"(?! (?:of|on the house|menu|order|recommendations?|voucher|money|refund|to go|to take"
    r"|takeaway|with (?:oat|soy|almond|skim|skimmed|whole|extra|no|milk|sugar|cream)))",
    r"ask my (?:[\w-]+ ){1,3}?for (?:a |some )?(?:dinner|supper)\b(?! (?:recipe|recipes"
    r"|recommendations?|ideas?|money|tips|plans?))",
)
"""An outing offered to one person: a drink or a meal, an evening at the opera or the fair
("if she'd like to go to the church fish fry with me"), a michelada or a bica ("invite the
cashier of the OXXO for a michelada"), a walk under the moon; a drink once the others have gone
to bed; a stranger, the girl on the till, or a bank teller or a lifeguard, whose post sells none,
asked "for coffee" (not the barista, who sells it);
"ask her for coffee" or "ask my physio for dinner" (not a coffee to go, nor dinner ideas);
"ajak jalan" in Indonesian."""

_I_FEEL = r"(?:i|i'm|i am|i've|i have) (?:really |always |secretly |long |been )?"
"""The user owning a feeling ("I've always", "I really"), before what they feel."""

ROMANCE = (
    r"ask(?:s|ed|ing)? (?:her|him|them) (?:out|oot)\b(?! of)|ask(?:s|ed|ing)? oot\b",
    rf"ask [^.!?]{{1,80}}? out for (?:a |an |some )?(?:\w+ )?(?:{_DRINK}|carvery|roast)",
    r"(?:tell|telling|let) (?:her|him|them) (?:know )?(?:that )?"
    rf"{_I_FEEL}(?:like|liked|love|loved|fancy|fancied|adore"
    r"|adored|have feelings for|had feelings for|into|crushing on|have a (?:crush|thing) (?:on|for)"
    r"|had a (?:crush|thing) (?:on|for)|attracted to|want to marry|wanna marry|would like to"
    r" marry) (?:her|him|them)\b(?!'| (?:work|cooking|style|idea|ideas|taste|music|art|food"
    r"|voice|writing|playing|singing|paintings?|shop|cakes?|posts?|videos?|songs?|designs?)\b)",
    r"tell (?:the|that|this|my|our) (?:[\w'-]+ ){0,2}?[\w'-]+ (?:that )?"
    rf"{_I_FEEL}(?:like|liked|love|loved|fancy|fancied|adore"
    r"|adored|have feelings for|had feelings for|have a crush on|had a crush on|am into|'m into)"
    r" (?:her|him|them)(?= *(?:$|[.!?,;:]|while|when|and|but|so|because|lol|haha|for (?:ages"
    r"|years|months)|since))",
    r"(?:i|that i) (?:want|wanna|would like|'d like) to marry (?:her|him|them|you)",
    r"(?:to be|be) my (?:\w+ )?(?:boyfriend|girlfriend|bf|gf|jowa|pacar|novio|novia|lover"
    r"|sweetheart|wife|husband)",
    r"(?:and|then|to|just|i'll|i will|gonna) propose(?= *(?:$|[.!,;:?]|like|for real|right"
    r" there|on the spot))|ask (?:[\w'-]+ ){1,6}?to marry me\b",
    r"(?:le |la )?(?:pido|pedir(?:le)?|pídele|pidele|proponer(?:le)?|propongo) (?:la mano"
    r"|matrimonio|casamiento)|pedi(?:r|ndo)? (?:\w+ )?em casamento|demander (?:\w+ )?en mariage"
    r"|gifta dig med mig|willst du mich heiraten|heirate mich|(?:casa|cásate|casate) comigo"
    r"|cásate conmigo|casate conmigo|épouse-moi|epouse-moi|veux-tu m'épouser",
    r"flert(?:ar|ando|ou|a|ei|e|ing|ed|s)?|coquete(?:ar|ando|a|o)\w*",
    r"(?:if|whether) (?:the|that|this|a|my) (?!(?:[\w'-]+ ){0,3}?(?:rooms?|beds?|tickets?|cabins?"
    r"|berths?|bunks?|fares?|kayaks?|mattress(?:es)?|duvets?|sheets?|studios?|flats?|apartments?"
    r"|units?|journey|trip|bookings?|reservations?|file|track|cream|malt|quotes?|seats?|prams?"
    r"|strollers?|garages?|lanes?|carriageway|road|bridge|track|ticket|entry|option|plot)\b)"
    r"(?:[\w'-]+ ){1,5}?(?:is|'s) (?:still |actually )?single\b(?! (?:room|bed|occupancy|use"
    r"|file|track|malt|player|handed|sided|storey|story|ticket|glazed|parent|mum|mom|dad|father"
    r"|mother|supplement|fare|cream|origin|entry|point)\b| or (?:double|return|twin)\b)",
    r"(?:she|he) (?:seemed|seems|looked|looks|was|might be|may be) (?:really |very |quite |a bit"
    r" |kinda |kind of |so )?interested\b(?! in (?!me\b))",
    r"(?:ask|take) (?:her|him|them) (?:out )?on date\b(?! of)",
)
"""Declaring feelings ("tell her I've always liked her", "tell the cashier I've always fancied
her"), asking someone to be the user's partner or to marry them (a bare "and propose", "le pido
matrimonio", "demander en mariage", "vill du gifta dig med mig"), flirting in Portuguese or
Spanish ("flertar", "coquetear"), finding out "if the nurse taking my blood is single" (not a
room or a ticket), noting "she seemed interested", or asking her "on date"."""
