"""Swahili (and Sheng) words an ask turns on, in the English the rules read
(`core.asks.gloss`)."""

GLOSSES: dict[str, str] = {
    # asking and telling
    r"uliza|kuuliza|muulize|nimuulize|niulize|waulize|nitamuuliza|namuuliza|umuulize": "ask",
    r"omba|kuomba|muombe|nimuombe|niombe|waombe|nitamuomba|namuomba|kumuomba|umuombe"
    r"|nitamwomba|namwomba|kumwomba|mwombe|nimwombe": "ask",
    r"mbele ya (?:wote|watu wote|kila mtu|familia (?:yote|nzima)"
    r"|ukoo wote)": "in front of everyone",
    r"(?:ili )?(?:asiweze|wasiweze|asije|hataweza|hawataweza) (?:ku)?kataa": "so he can't refuse",
    r"mwambie|kumwambia|nimwambie|waambie|nitamwambia|namwambia|ambia|mwambia": "tell",
    r"sema|kusema|nitasema|nseme|niseme": "say",
    r"alika|kualika|mwalike|nimwalike|nitamwalika|karibisha|mkaribishe": "invite",
    r"nikopeshe|nikope|kopesha|kukopesha|anikopeshe|aniazime|niazime|azima|kuazima": "lend me",
    r"kukopa|nikope|kopa|nitakopa": "borrow",
    r"nipe|anipe|anipatie|nipatie|mpe|kumpa|nipewe|apewe|apatiwe": "give me",
    r"lipa|kulipa|alipe|alipie|lipia": "pay",
    r"nilipie|anilipie|unilipie|mnilipie|wanilipie|kunilipia|ninilipie|atanilipia": "pay for me",
    r"ninunulie|aninunulie|ninunuliwe|ninunulia": "buy me",
    r"kumpigia simu|mpigie simu|piga simu|pigia|nimpigie": "call",
    r"kumtumia ujumbe|mtumie ujumbe|tuma ujumbe|mtext|ku-text|kumtext": "message",
    r"rekodi video|rekodi|kurekodi|nirekodi|nimrekodi|kumrekodi": "film",
    r"nimrekodi kwa siri|kwa siri nirekodi|rekodi kwa siri|kwa siri": "secretly",
    r"kupiga picha|mpige picha|piga picha|video yake|picha yake|picha": "a photo",
    r"kuweka mtandaoni|weka mtandaoni|posti|kuposti|ku-post|pakia|kupakia": "post it online",
    r"shiriki|kushiriki|sambaza|kusambaza": "share it online",
    r"kwenda live|live kwa|mubashara": "livestream",
    r"jifanya|kujifanya|nijifanye|najifanya|nitajifanya|jidai|kujidai": "pretend to be",
    r"stori ya uongo|danganya|kudanganya|nimdanganye|kumdanganya|nitadanganya|uongo|urongo": "lie",
    r"sababu ya uongo|sababu feki|kisingizio|visingizio": "a fake reason",
    r"feki|bandia": "fake",
    r"amenizuia|ameniblock|ameniblocku|amenibloku|ameniblokia": "blocked me",
    # "she told me not to look for her": "nisimtafute", that I not seek her
    (
        r"(?:a|ali|ame|amesha)?(?:niambia|sema) (?:ni)?sim(?:tafute|pigie|tumie ujumbe|text"
        r"|fuate|rudie)"
    ): "told me not to contact her",
    r"fuata|kufuata|nimfuate|kumfuata|nifuate": "follow",
    r"subiri|kusubiri|ngoja|kungoja|nimsubiri": "wait for",
    (
        r"kumwomba|mwombe|nimwombe|namwomba|nitamwomba|alimwomba|kuwaomba|uwaombe|ameomba|"
        r"niliomba"
    ): "ask",
    r"kumuuliza|nilimuuliza|alimuuliza|kuwauliza|uulize|niliuliza|nitauliza|nikamuuliza": "ask",
    r"kumkopa|nimkope|nitamkopa|akopeshe|kuwakopa|kuomba mkopo": "borrow from",
    (
        r"kumsumbua|msumbue|nimsumbue|sumbua|kusumbua|kumsumbuasumbua|kumfuatafuata|kumganda"
    ): "keep asking",
    (
        r"(?:mpaka|hadi) (?:akubali|aseme ndio|aseme ndiyo|akubaliane nami|anikubalie)"
    ): "until she says yes",
    (r"(?:hata kama|ingawa|japo) (?:hataki|hapendi|hajataka|hakutaka)"): "even though she said no",
    r"kumpapasa|mpapase|nimpapase|kumtomasa|tomasa|nimtomase|kumfinya|finya|kumbana": "touch",
    r"makalio|matako|kiuno chake|kifua chake": "her bottom",
    r"nimpige picha|kumpiga picha|nimchukue video|kumchukua video|kurekodi video": "film",
    r"kuweka tiktok|kuweka instagram|weka status|kuweka status|kumposti|nimposti": "post it online",
    r"kumdanganya|nimdanganye|kumhadaa|hadaa|kuchezea akili|kumtapeli|tapeli": "lie",
    r"kumtext|nimtext|kumchat|nimchat|kumdm|nimdm|kumwandikia|nimwandikie|andikia": "message",
    r"kugundua|nigundue|kumchunguza|chunguza|kufuatilia|nifuatilie": "find out",
    # touch and closeness
    r"kumbatia|kukumbatia|nimkumbatie|kumkumbatia|kumbato": "a hug",
    r"busu|kubusu|nimbusu|kumbusu|mabusu": "a kiss",
    r"gusa|kugusa|nimguse|kumgusa|shika|kushika|nimshike|kumshika|papasa|kupapasa": "touch",
    r"kumshika mkono|kushika mkono|shika mkono|mkono wake": "hold hands",
    # done to the user: "anishike mkono" (that she hold my hand), "anikumbatie" (that he hug me)
    (
        r"(?:a|u|wa|m|ku)?nishik(?:e|a|ilie|ilia) mkono|(?:a|u|wa|m|ku)?nishik(?:e|a|ilie|ilia)"
        r" kwa mkono|tushikane mikono|kushikana mikono"
    ): "hold my hand",
    r"(?:a|u|wa|m|ku)?nikumbati(?:e|a)": "hug me",
    r"(?:a|u|wa|m|ku)?niguse|(?:a|u|wa|m|ku)?nishike": "touch me",
    r"kanda|kukanda|nikande|mkande|masaji|masaa?ji": "massage",
    r"nywele zake|nywele": "her hair",
    # going out, driving, meeting
    r"tarehe ya mapenzi|kutoka naye|kwenda out|twende out|toka naye|deti": "a date",
    r"kutana|kukutana|nikutane|tukutane|kumkutana": "meet",
    r"chakula cha mchana|chakula cha jioni|chajio": "dinner",
    r"kinywaji|bia|kunywa|tunywe": "a drink",
    r"pombe": "alcohol",
    r"kahawa": "a coffee",
    r"kuendesha gari|endesha|kuendesha|nitaendesha|naendesha": "drive",
    r"lifti|nipeleke|anipeleke|kunipeleka|kunibeba|anibebe": "a ride",
    # pressure
    r"tishia|kutishia|nimtishie|kumtishia|vitisho": "threaten",
    r"lazimisha|kulazimisha|nimlazimishe|kumlazimisha": "make them",
    r"lazima": "must",
    r"sisitiza|kusisitiza|shinikiza|kushinikiza": "insist",
    r"omba omba|bembeleza|kubembeleza|sihi|kusihi|kuombaomba": "beg",
    r"kama hapana|ama sivyo|la sivyo": "or else",
    # people
    (
        r"mtu asiyejulikana|watu nisiowajua|mtu nisiyemjua|mtu yeyote|mtu random|mgeni|wageni"
    ): "a stranger",
    r"wapita njia|mpita njia|wapitanjia|mpitanjia": "a passer-by",
    r"mtu fulani|mtu": "someone",
    r"watu": "people",
    r"mwanaume|wanaume|jamaa|msee": "a man",
    r"mama mmoja|dada mmoja|mwanamke|wanawake": "a woman",
    r"msichana|wasichana|manzi|demu|mrembo|kipusa|binti": "a girl",
    r"mvulana|wavulana": "a boy",
    r"kijana|vijana": "a young man",
    r"mtoto|watoto|mtoi|watoi": "a child",
    r"mhudumu|wahudumu|weita": "the waiter",
    r"mpokea pesa|keshia|kashia": "the cashier",
    r"mwenye duka|mama mboga|muuzaji|wauzaji|mchuuzi": "the seller",
    r"dereva|madereva|drava": "the driver",
    r"konda|makanga|kondakta": "the conductor",
    r"abiria": "a passenger",
    r"nesi|muuguzi|wauguzi": "the nurse",
    r"daktari|madaktari|dakta": "the doctor",
    r"mwalimu wangu|mwalimu|walimu|ticha": "the teacher",
    r"mpokezi|mapokezi": "the receptionist",
    r"mlinzi|walinzi|askari|watchie": "the guard",
    r"kinyozi|msusi|mususi": "the hairdresser",
    r"mteja|wateja": "a customer",
    r"mgonjwa|wagonjwa": "a patient",
    r"mwanafunzi|wanafunzi": "a student",
    r"wafanyakazi wangu|mfanyakazi wangu|msaidizi wangu": "my employee",
    r"mfanyakazi mwenzangu|mwenzangu kazini|wenzangu kazini|mwenzangu": "my colleague",
    r"mkubwa wangu|bosi wangu|bosi|msimamizi|meneja": "my boss",
    r"mwenye nyumba|landilodi|landlodi|caretaker": "my landlord",
    r"mpangaji|wapangaji": "my tenant",
    r"jirani yangu|jirani|majirani": "my neighbour",
    r"msee wangu|rafiki|marafiki|beshte": "a friend",
    (
        r"mpenzi wangu|msupa wangu|mume wangu|bibi yangu|dame yangu|mke wangu|mpenzi|mchumba|"
        r"mresh"
    ): "my partner",
    r"aliyekuwa mpenzi wangu|mpenzi wa zamani|ex wangu|ex yangu": "my ex",
    r"(?:anataka|unataka|angependa|ungependa|atakubali) kuwa": "wants to be",
    r"mama yangu|baba yangu|dada yangu|kaka yangu|shangazi|mjomba|babu|bibi": "my family",
    r"polisi|askari polisi|karao|sanse": "a police officer",
    r"kondakta wa basi|mkaguzi wa tiketi|mkaguzi": "the ticket inspector",
    r"msafishaji|wasafishaji|mfagizi": "the cleaner",
    r"mpishi|wapishi": "the cook",
    r"mhudumu wa ndege": "the attendant",
    r"dada wa|madada|mrembo wa|msichana wa|manzi wa|demu wa": "a girl",
    (
        r"jamaa mmoja|jamaa wa|kaka mmoja|mzee mmoja|mtu wa mtaani|mtu barabarani|watu barabarani"
    ): "a stranger",
    r"mpenzi wake|boyfriend wake|girlfriend wake": "her boyfriend",
    r"mwanangu|wanangu|mtoto wangu|watoto wangu|binti yangu|kijana wangu": "my child",
    r"hausigeli|hausi gelo|mfanyakazi wa ndani|yaya wangu|dereva wangu": "my employee",
    r"mpenzi wangu wa zamani|ex wake|aliyekuwa mume wangu|aliyekuwa mke wangu": "my ex",
    r"shosti|shoga yangu|msee wangu|mbogi|chali yangu|dem yangu": "a friend",
    # what is asked
    r"pesa|hela|fedha|doh|ganji|munde|chapaa|mbao|thao|ngiri|shilingi|ksh": "money",
    r"bila kulipa|bila malipo|bure": "for free",
    r"punguzo|kupunguziwa|apunguze|anipunguzie": "a discount",
    r"kwa mkopo|mkopo|deni|madeni": "a loan",
    (
        r"nambari ya simu|namba ya simu|nambari yake|contact yake|namba yake|simu yake|namba|"
        r"nambari"
    ): "her phone number",
    r"nyumbani kwake|wapi anaishi|makazi yake|anapoishi|anakoishi": "her home address",
    r"instagram yake|facebook yake|tiktok yake|handle yake|insta yake|snap yake": "her instagram",
    r"mrembo sana|mzuri|mtamu": "attractive",
    r"sura mbaya": "ugly",
    r"mnene": "fat",
    r"mwembamba": "thin",
    r"jinsi ninavyoonekana|mwili wangu|sura yangu|naonekana|ninavyoonekana": "how do i look",
    r"mzee|wazee|mkongwe": "old",
    (
        r"elfu (?:moja|mbili|tatu|tano|kumi|ishirini|hamsini)|elfu|mia (?:moja|mbili|tano)|finje"
    ): "money",
    r"nauli|pesa ya nauli|vocha|bando|credit ya simu": "money",
    (
        r"arekebishe|kurekebisha|rekebisha|anirekebishie|atengeneze|kutengeneza|tengeneza|fundi"
    ): "repair",
    r"nyongeza ya mshahara|ongezeko la mshahara|kuongezewa mshahara|aniongeze mshahara": "a raise",
    r"siku ya kupumzika|siku ya mapumziko|likizo|siku ya off": "a day off",
    (
        r"njia ya kwenda|njia ya kufika|jinsi ya kufika|nielekeze|anielekeze|kunielekeza|"
        r"maelekezo"
    ): "directions",
    r"anipendekezee|nipendekezee|kupendekeza|pendekeza|anishauri|nishauri|ushauri": "recommend",
    r"kurudishiwa pesa|nirudishiwe pesa|arudishe pesa|anirudishie pesa|refund yangu": "a refund",
    r"faini|adhabu": "a fine",
    # again, no, blocks
    r"kwa mara ya pili|kwa mara ya tatu|mara nyingine|tena na tena|tena|upya": "again",
    (
        r"(?:hata )?ingawa (?:alisema|amesema|ameshasema) hapana|hata baada ya kukataa"
    ): "even though she said no",
    r"ameshasema hapana|alisema hapana|amesema hapana|amekataa|alikataa|alinikataa": "said no",
    (
        r"akaunti nyingine|namba nyingine|line nyingine|akaunti mpya|account mpya"
    ): "from a new account",
    r"usiku wa manane|saa sita usiku|usiku sana|usiku": "at night",
    r"peke yangu|peke yake|peke yetu|pekee": "alone",
    r"mlevi|amelewa|nimelewa|walevi|kulewa|tungi": "drunk",
    r"bila yeye kujua|bila kumwambia|bila ruhusa|bila kujua": "without them knowing",
    r"siri yangu|siri yake|siri zake": "a secret",
    (
        r"mbele ya watu wote|mbele ya kila mtu|mbele ya watu|hadharani|mbele ya wenzake"
    ): "in front of everyone",
    r"kupitia (?:kwa )?(?:rafiki|shoga|shosti|dada) (?:yake|wake)": "through her friend",
    r"unanidai|unadaiwa na mimi|una deni langu|ananidai|anadaiwa na mimi|deni langu": "you owe me",
    r"kila siku|kila mara|mara kwa mara|kila wakati|kila saa|mara nyingi": "again",
    r"kama mimi ni|kama naonekana|kama ninaonekana": "if i look",
    # function words
    r"kama|ikiwa": "if",
    r"kwamba": "that",
    r"wakati|nikiwa|akiwa": "when",
    r"kwa sababu|kwasababu": "because",
    r"hata kama|ingawa|japo": "even though",
    r"bila": "without",
    r"pamoja nami|pamoja na|nami": "with me",
    r"wangu|yangu|langu|changu|zangu|vyangu": "my",
    r"wako|yako|lako|chako": "your",
    r"yake|chake|zake|vyake": "her",
    r"wao|wenyewe|yao": "them",
    r"mimi ni": "i am",
    r"kwangu|kwa ajili yangu": "me",
    r"mimi": "me",
    r"yeye|kwake": "her",
    r"ndio|ndiyo": "yes",
    r"la hasha|hapana": "no",
}
