"""Everyday Swahili (and Sheng) words a short ask is made of (people, question words, life
facts, places, times and what is done), beside the words an ask turns on in `swahili`, in the
English the rules read (`core.asks.gloss`)."""

GLOSSES: dict[str, str] = {
    # people
    r"mama mmoja mzee|bibi mmoja|bibi kizee|ajuza": "an old woman",
    r"mzee mmoja|babu mmoja|mzee wa makamo|mzee fulani": "an old man",
    r"shangazi mmoja|mama fulani|auntie": "an auntie",
    r"mjomba mmoja|anko|ankoo": "an uncle",
    r"mwanadada|msichana mdogo|binti mdogo|mwanamke kijana|mrembo mdogo": "a young woman",
    r"kijana mmoja|mvulana mdogo|jamaa kijana": "a young man",
    r"bi mkubwa|mheshimiwa mama": "a lady",
    r"msupa": "a girl",
    r"boi|chali|mjamaa": "a guy",
    (
        r"aliyekaa karibu nami|aliyekaa kando yangu|aliyeketi karibu nami|aliyeketi kando yangu"
        r"|aliye karibu nami|aliye kando yangu|wa pembeni yangu|wa kando yangu"
    ): "the person sitting next to me",
    r"karibu nami|kando yangu|pembeni yangu": "next to me",
    r"mwenzangu wa kiti|ninayekaa naye darasani|mwenzangu wa dawati": "my seatmate",
    r"mtu nisiyemfahamu|mtu ambaye simjui|mtu nisiye mjua|mtu nisiyejua": "someone i don't know",
    r"mwenye kibanda|mwenye kioski|muuza magazeti|wa kibanda": "the kiosk man",
    r"mwenye duka|mwenye kiduka|dukawallah|muuzaji wa duka": "the shopkeeper",
    r"mlinzi wa geti|askari wa geti|mlinzi wa usalama|sekyuriti": "the security guard",
    r"mwanafunzi wangu|wanafunzi wangu": "my student",
    r"mwanafunzi wangu wa tuisheni|ninayemfundisha tuisheni|wa tuisheni": "my tutee",
    r"mfanyakazi wangu wa ndani|msichana wa kazi|hausgeli|dada wa kazi"
    r"|mama wa kazi": "my maid",
    r"mpangaji wangu|wapangaji wangu": "my tenant",
    r"mgonjwa wangu|wagonjwa wangu": "my patient",
    r"mteja wangu|wateja wangu": "my client",
    r"mkewe|mke wake|bibi yake": "his wife",
    r"mumewe|mume wake|bwana yake": "her husband",
    r"mpenzi wa rafiki yangu|boyfriend wa rafiki yangu|bwana wa rafiki yangu"
    r"|mpenzi wa shosti yangu|bwana wa shosti": "my best friend's boyfriend",
    r"mama yake|mamake": "her mother",
    r"dada yake": "her sister",
    r"mama mkwe|mama mkwe wangu|mkwe wangu": "my mother-in-law",
    r"mzee wangu|bwana yangu": "my husband",
    r"mama watoto|mama watoto wangu": "my wife",
    r"binti wangu|mtoto wangu wa kike": "my daughter",
    r"mwanangu wa kiume|mtoto wangu wa kiume": "my son",
    # question words and small verbs
    r"wapi|kwapi|kuwapi": "where",
    r"kwa nini|kwanini|mbona": "why",
    r"vipi|namna gani|jinsi gani|aje": "how",
    r"lini|saa ngapi": "when",
    r"ni nani|nani huyo": "who",
    r"nini|gani": "what",
    r"kama au la|au la|ikiwa au la": "whether",
    (
        r"anaishi wapi|anakaa wapi|nyumbani kwake ni wapi|kwake ni wapi|yeye hukaa wapi"
    ): "where she lives",
    r"anafanya kazi wapi|anafanyia kazi wapi|anakofanya kazi": "where she works",
    r"anaishi|anakaa|wanaishi|wanakaa": "she lives",
    r"anafanya kazi|anafanyia kazi|hufanya kazi": "she works",
    r"anasoma|husoma|anasomea": "she studies",
    r"anaenda|anakwenda|huenda": "she goes",
    r"anakuja|huja": "she comes",
    r"ameketi|anakaa kwenye kiti": "she sits",
    r"amesimama|anasimama": "she stands",
    r"anasubiri|anangoja": "she waits",
    r"analia|alilia|akilia": "she cries",
    r"ameolewa|ameoa|wameoana": "she is married",
    r"hajaolewa|hajaoa|yuko single|yuko peke yake": "she is single",
    r"ana watoto|wana watoto": "she has children",
    r"anapata pesa ngapi|anapata kiasi gani|analipwa ngapi|analipwa": "she earns",
    # life facts and looks
    (
        r"kwa nini hajaolewa|mbona hajaolewa|kwanini hajaolewa|kwa nini hajaoa|mbona hajaoa"
    ): "why she isn't married",
    r"kwa nini hawana watoto|mbona hawana watoto|kwanini hawana watoto|mbona hana mtoto"
    r"|kwa nini hana watoto": "why they have no children",
    r"mshahara wake|mshahara|analipwa kiasi gani|mshahara wa ngapi": "her salary",
    r"umri wake|umri|ana miaka mingapi|miaka yake": "her age",
    r"uzito wake|uzito|ana kilo ngapi|kilo zake": "her weight",
    r"dini yake|dini|dhehebu lake|kanisa gani": "her religion",
    r"kabila lake|kabila|anatoka kabila gani": "her tribe",
    r"ghorofa ya ngapi|ghorofa gani|floor ya ngapi|orofa ya ngapi": "which floor",
    r"nyumba namba ngapi|nyumba gani|apartment gani|mlango namba ngapi": "which flat",
    r"mahali pake pa kazi|anakofanyia kazi|ofisi yake": "her workplace",
    r"mwili wangu": "my body",
    r"mapaja yangu|mapaja": "my thighs",
    r"uso wangu|sura yangu": "my face",
    r"mkonde": "thin",
    r"kibonge|bonge": "fat",
    r"mbaya wa sura": "ugly",
    r"mtanashati|mrembo sana|mzuri sana": "attractive",
    r"mdogo kiumri|kijana mdogo": "young",
    # places and times
    r"ndani ya basi|kwenye basi|kwa basi|ndani ya daladala|kwenye daladala"
    r"|ndani ya matatu|kwenye matatu|kwa matatu": "on the bus",
    r"kwenye treni|ndani ya treni|kwa treni|kwenye gari la moshi": "on the train",
    r"kituoni|kituo cha basi|kwenye kituo|stejini|kwa stage": "at the bus stop",
    r"kwenye foleni|kwenye mstari|mstarini|foleni": "in the queue",
    r"dukani|kwenye duka|kwa duka|kiduka": "at the shop",
    r"mgahawani|kwenye mgahawa|hotelini|kwa hoteli|kwa cafe|kwenye cafe": "at the cafe",
    r"msikitini": "at the mosque",
    r"kanisani": "at the church",
    r"hekaluni": "at the temple",
    r"kazini|ofisini": "at work",
    r"kazini kwake|ofisini kwake|kwa kazi yake": "at her work",
    r"nje ya nyumba yake|nje ya kwake|nje ya geti lake|getini kwake": "outside her house",
    r"baada ya sherehe|baada ya party|baada ya pati": "after the party",
    r"usiku wa leo|leo usiku|leo jioni": "tonight",
    r"kesho|kesho asubuhi|kesho jioni": "tomorrow",
    r"jumapili|siku ya jumapili": "on sunday",
    # what is done
    r"bila kumwambia|bila kumweleza|bila yeye kujua": "without telling her",
    r"bila kuuliza|bila kuomba ruhusa|bila kumuuliza": "without asking",
    (
        r"kurekodi simu|nirekodi simu|rekodi simu|kurekodi mazungumzo|nirekodi mazungumzo"
    ): "record the call",
    r"skrinshot|kuscreenshot|nitascreenshot|kumscreenshot": "screenshot",
    r"kutuma kwa group|nitume kwa group|tuma kwa group|kwenye group|kwa group|kwenye grupu"
    r"|kwa grupu": "send it to the group",
    r"kumfuata|nimfuate|kumfuatilia|nimfuatilie": "follow her",
    r"kumsubiri|nimsubiri|kumngoja|nimngoje": "wait for her",
    (
        r"kwenda kazini kwake|niende kazini kwake|kumfuata kazini|kwenda ofisini kwake"
    ): "go to her work",
    r"kukaa nao|nikae nao|tukae pamoja nao|kuketi nao": "sit with them",
    r"tutembee pamoja|tembea pamoja|kutembea pamoja|tutembee|tembea nami": "walk together",
    r"sokoni|kwenye soko|katika soko": "at the market",
    r"kula chakula chao|nile chakula chao|kushiriki chakula chao": "share their food",
    r"kutembea juu ya barafu|juu ya barafu|kwenye barafu": "walk on the ice",
    (
        r"kuingia kwenye gari|aingie kwenye gari|aingie garini|kupanda gari langu|apande gari"
    ): "get in the car",
    r"kulala kwake|nilale kwake|kulala kwangu|alale kwangu|kukaa kwake usiku": "stay at his place",
    (
        r"bila malipo afanye kazi|afanye kazi bila malipo|kufanya kazi bila malipo|bila mshahara"
    ): "work without pay",
    r"zawadi": "a gift",
    r"aniletee zawadi|kuniletea zawadi|aninunulie zawadi|niletee zawadi": "bring me a gift",
    (
        r"asubscribe|kusubscribe|subscribe channel yangu|ajiunge na channel yangu"
    ): "subscribe to my channel",
    r"vinginevyo|la sivyo": "otherwise",
    r"maana yake hunipendi|basi hunipendi|hunipendi|humpendi": "that means you don't love me",
    r"usipofanya|usipokuja|usipokubali|usiponipa|kama hutaki": "if you don't",
    (
        r"(?:ingawa |hata kama )?aliniambia (?:nimwache|nimuache|nimwachie)(?: kwa amani)?"
    ): "even though she told me to leave her alone",
    # asked again after a no, a friendship made to hang on a loan, a standing claimed
    r"mwulize|nimwulize|kumwuliza|umwulize|mwuliza": "ask",
    r"yule dada|yule msichana|yule mwanamke|yule binti|yule manzi": "that woman",
    r"yule kaka|yule jamaa|yule mwanaume|yule kijana": "that man",
    r"aliyekataa|aliyenikataa|aliyekwisha kukataa|walionikataa|waliokataa": "who said no",
    r"jana": "yesterday",
    r"labda|pengine|huenda": "maybe",
    r"leo": "today",
    r"atakubali|akakubali|atakubaliana": "she will say yes",
    r"rafiki yangu|rafiki zangu|rafiki wangu": "my friend",
    (
        r"hataniazima|hatanikopesha|asiponiazima|asiponikopesha|hatanipa|asiponipa"
    ): "he won't lend me",
    r"basi": "then",
    r"urafiki wetu (?:umekwisha|umeisha|utaisha|utakwisha|umekufa)": "our friendship is over",
    r"urafiki wetu": "our friendship",
    r"mgeni rasmi|mgeni maalum|mgeni wa heshima": "an official guest",
    r"wa hoteli|wa hotelini|katika hoteli": "at the hotel",
    r"ili nipate|nipate": "so that i get",
    r"chakula|msosi": "food",
    r"kwamba ni|kuwa ni": "that she is",
    r"na (?:kumwomba|kumuomba|kuomba|umwombe|umuombe)": "and ask",
    r"tutoke pamoja|tutoke|kutoka pamoja|twende pamoja|tutoke out": "to go out together",
    r"chakula (?:changu|yangu) cha (?:jioni|usiku)|chajio changu": "my dinner",
    r"chakula (?:changu|yangu) cha mchana": "my lunch",
    r"rafiki yangu wa zamani|rafiki wangu wa zamani": "my old friend",
    r"pale": "at",
    r"jioni": "in the evening",
    # a friendship with the doctor claimed to be seen first
    r"(?:mimi )?ni rafiki wa": "i am a friend of",
    r"ili (?:a|wa)nione kwanza|(?:a|wa)nione kwanza": "so she sees me first",
}
