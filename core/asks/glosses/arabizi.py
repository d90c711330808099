"""Arabic written in Latin letters with numbers for sounds ("Arabizi": 2, 3, 5, 7, 9) and
Moroccan Darija, in the English the rules read (`core.asks.gloss`)."""

GLOSSES: dict[str, str] = {
    # asking and telling
    r"as2al|as2alha|as2alo|as2alhom|es2al|es2alha|is2al|is2alha|nes2al|bas2al|ras2al": "ask",
    r"asal|asalha|as2lha|sa2alha|sa2alo|as2lo|asa2l": "ask",
    r"nsawel|nswel|swel|swlha|sewlha|sewlo|nsewlha|nsewlo|tsewel": "ask",
    r"nsa2el|nas2el|nes2el|s2el|s2elha|s2alha|nsa2elha|nas2elha|nsa2lha|nsa2lou": "ask",
    r"nos2el|nos2lou|nos2olha|nos2lha|is2el|yos2el|tos2el": "ask",  # Tunisian
    r"atlob min|otlob mn|atlob mn|otlob|atlob|a6lob|tlob|tleb|ntleb|ntlob": "ask for",
    r"2ool|2oul|2olo|2olha|2olilha|2ollaha|a2olha|a2olo|a2ol|a2oul|bo2olha|qool|qolha": "tell",
    r"gool|goulha|golha|ngoul|ngolha|ngollha|gollha|golo|nqolha|n9olha|n9ol|ngolo": "tell",
    r"3azem|a3zem|a3zemha|a3zemo|3zemha|n3ered|n3red|n3redha|3red": "invite",
    (
        r"yesallefni|yisallefni|tsalefni|tsallefni|salafni|sallefni|yesalafni|ysalefni|"
        r"ysellefni"
    ): "lend me",
    r"ysl3ni|tsl3ni|yqarredni|yqrdni|isallefni|sellefni": "lend me",
    r"estalef|astalef|ntsellef|nsellef|nsalef": "borrow",
    (
        r"ya3tini|ta3tini|a3tini|3tini|ye3tini|idini|iddini|yeddini|teddini|eddini|y3tini|"
        r"t3tini"
    ): "give me",
    (
        r"yedfa3|yidfa3|tedfa3|tidfa3|idfa3|adfa3|yedfa3li|tedfa3li|yekhalles|ykhelles|"
        r"ykhlesli"
    ): "pay for me",
    (
        r"ettasel|atasel|attasel|kallem|kalem|akallem|akalemha|kalemha|n3ayet|3ayet|3ayetlha|"
        r"n3ayetlha"
    ): "call",
    (
        r"ab3at|eb3at|eb3atlha|ab3atlha|ersel|arsel|arsellha|nsift|siftlha|nsiftlha|massej|"
        r"msaj"
    ): "message",
    (
        r"ncheddha f video|asawwer|asawer|sawer|sawwer|nsawer|nsawwer|sawarha|sawwarha|"
        r"nsawerha|nswerha"
    ): "film",
    r"selfie m3a|tswira|taswira|soura": "a photo",
    r"a7otha 3al|n7otha f|anzel|anzela|anshor|anshorha|nshor|npublier|npartagi": "post it online",
    r"ba3mel live|a3mel live|ndir live|live 3la|live 3al": "livestream",
    (
        r"a3mel nafsi|a3mel 7ali|a3mel enni|ndir rassi|ndir bli|at2ammas|atzahar|etzahar|"
        r"nmettel"
    ): "pretend to be",
    r"akzeb|ekzeb|a2zeb|ekdeb|akdhab|nkdeb|nkdb|kedba|kizbe|kezba|kedb|kizb|tkhwer|nkhwer": "lie",
    (
        r"3amletli block|3amalli block|3emltli block|3ameli block|dartli block|3amli block|"
        r"darli block"
    ): "blocked me",
    (
        r"hazarni|7azarni|7azaratni|bloketni|blokani|bloka|blockatni|blokatni|m7zour|ma7zoor"
    ): "blocked me",
    r"atba3ha|atba3o|ntb3ha|ntab3ha|l7a9ha|l7aqha": "follow",
    r"astanna|estanna|nstenna|ntsna|ntsnah": "wait for",
    # touch and closeness
    r"y3anqni|t3anqni|y3an9ni|t3an9ni|yo7th(?:o|e)nni|to7thonni": "hug me",
    r"a7don|a7dona|a7donha|7odn|7odna|7adna|7ode|n3enqha|n3n9ha|3n9a|3enqa|3an2a|ne7do": "a hug",
    r"abous|aboos|abousha|nbous|nbousha|bawsa|bosa|bousa|bouse|ybousni|tbousni": "a kiss",
    r"nched ydha|ched ydha|almes|elmes|alms|almesha|lmes|nlmes|nlmesha|nchedha|chedha": "touch",
    r"nched f ydha|amsek ideha|amsek yadha|nchdo ydina|amsek edha|nmsek ydha": "hold hands",
    r"ydirli massage|tdirli massage|a3mel massaj|yadalakli|tdallekli|massaj|masaj": "a massage",
    # going out, driving, meeting
    r"a2abel|2abel|a2abelha|nit2abel|net2abel|nt2abel|ntla9a|ntlaqa|nchofha|ntla9aha": "meet",
    (
        r"toukhroj m3aya|tokhrej m3aya|to5rej m3aya|tokhrej ma3aya|to5rej ma3aya|tokhrjou m3aya"
        r"|ndiha ntsara|ntsara m3aha|ntla3 m3aha|atla3 ma3ha|atla3 m3aha|"
        r"tetla3 ma3i"
    ): "go out with me",
    r"maw3ed|maw3ad|mi3ad|mi3aad|rendez-vous|rdv": "a date",
    r"3asha|3ashaa|3sha|ghada|ghda|lghda|l3cha|3cha": "dinner",
    r"2ahwa|ahwa|gahwa|kahwa|9ahwa|qahwa|9hwa|kawa": "a coffee",
    r"drink m3aha|mashroob|mashrub|birra|bira": "a drink",
    r"nsoug tomobil|aswo2|asoo2|aso2|as2o2|nsug|nsoug|nsou9|nsu9": "drive",
    r"ydini m3ah|tdini m3ak|ywasselni|twasselni|yowasselni|ywsselni|ywesselni": "a ride",
    # pressure
    r"ahadded|hadded|ahaddedha|nhedded|nhddo|nhddha|tahdid": "threaten",
    r"ajbar|agbar|ajbarha|agbarha|a8sob|aghsob|a8sobha|nsbrha|nforcih|bzez": "make them",
    r"nbqa nsewel|nb9a nsewel|nbqa nlle7|nbqa nswel|asurr|asor|al7a7|al7ah|nal7|nlle7": "insist",
    r"atrajja|atraja|atwassal|etwassal|ash7at|ashhat|ash7az|ashhaz|ntlleb|ntsel3a|nsse3a": "beg",
    r"w ila la|w ila ma|walla|wella": "or else",
    # people
    r"ghariba 3anni|chi ghriba|chi ghrib|ghareeb|ghariba|gharib|ghrib|ghriba": "a stranger",
    (
        r"wa7da ma ba3rfha|wa7ed manaarfoch|wa7ed ma ba3rfo|wa7da ma a3rfha|wa7ed ma a3rfo"
    ): "a stranger",
    r"chi wa7ed|chi wahed|chi we7da|chi wa7da|wa7ed|wa7ad|7ad|7ada": "someone",
    r"chi bent|chi bnt|wa7da|we7da": "a woman",
    r"fel share3|fel tari2|f zenqa|f zn9a|f tri9|fzan9a": "in the street",
    r"chi rajel|chi rajl|rajel|rajl|rajol|ragel|rajjal": "a man",
    r"chi mra|mra|imra2a|emra2a|sitt": "a woman",
    r"chi bnita|bint|binti|banat|bnt|bnat|sabiya|bnita": "a girl",
    r"chi weld|walad|wlad|shab|chab|drari": "a boy",
    r"tefl|tifl|atfal|3ayel|3eyal|tfel|tfla": "a child",
    r"garson|garsona|jarson|nadel|serveur|serveuse|sirvor": "the waiter",
    r"kashir|kashira|caissier|caissiere|kaissiyya|kesiera": "the cashier",
    (
        r"moul l7anout|moul lhanout|mol l7anout|mol lhanout|bayya3|baye3|bayya3a|baya3|bya3|"
        r"3attar|bi9al|ba22al"
    ): "the shop assistant",
    r"moul taxi|sawa2|sawwa2|sa2e2|sayi2|sa2i2|chauffeur|chifor|taxiste": "the driver",
    r"momarreda|momareda|mmarda|momarred|fermliya|fermlia|infirmiere": "the nurse",
    r"doktor|doktora|dktor|dktora|tabib|tabiba|tbib|tbiba|toubib": "the doctor",
    (
        r"ostaz|ostaza|ostez|ostaaz|mo3allem|mo3alma|m3allem|m3alma|mudarres|modarres|l2ostad|"
        r"lostad"
    ): "the teacher",
    r"moazzaf el este2bal|mwazaf l este2bal|receptionniste": "the receptionist",
    r"7ares|7arsa|haris|3assas|l3assas|l3essas|3essas|bawwab|bawab": "the guard",
    r"7allaa2|7alla2|7ella9|hallaq|coiffeur|coiffeuse|kwafira|kwafeur": "the hairdresser",
    r"clients dyali|client dyali|zboon|zbouna|zbon|zbona|zbayen|zabayen|kliyan": "a customer",
    r"mareed|mareeda|mrid|mrida|marda|mardaya": "a patient",
    r"taleb|taliba|tolab|tlamid|tlmid|tlmida|telmid|telmida|etudiant|etudiante": "a student",
    r"mowazzaf|mwazaf|mowazafa|mwazfa|mwazfin|khaddam|khadama|khddama": "an employee",
    r"colleague dyali|zamil|zamili|zamilti|zmeeli|zmilti|zmili|collegue": "my colleague",
    r"chef dyali|modir|mudir|modira|mudira|mudiri|modiri|modirti|lpatron|ra2isi": "my boss",
    (
        r"malik el sha2a|sa7eb el beit|sa7ib el beit|sa7eb el bet|sa7b el bet|moul dar|mol dar|"
        r"mwl dar"
    ): "my landlord",
    r"lkari dyali|mosta2jer|mosta2jera|kerya": "my tenant",
    r"jari|jarti|jara|jiran|giran|jirani|jartna|jarna": "my neighbour",
    (
        r"khoya sahbi|sa7bi|sa7bti|sahbi|sahbti|sa7ebti|sa7beti|sadi2|sadi2a|sadee2|rafi2|"
        r"rfi9i|s7abi|s7abati"
    ): "a friend",
    (
        r"mrati|marati|zawjti|zawjati|zawji|gozi|jozi|habibti|7abibti|habibi|7abibi|khatibti|"
        r"khatibi|rajli|mraty"
    ): "my partner",
    r"lex dyalti|lex dyali|ex dyali|el ex|taleeqti|tali2ti|tali2i": "my ex",
    (
        r"ommi|ummi|mmi|abouya|abuya|abouy|bouya|bba|okhti|ekhti|khti|khayti|akhoya|khoya|akhi|"
        r"3ammi|3amti|khalti|jeddo"
    ): "my family",
    # what is asked
    (
        r"flous|floos|fulus|flouss|lflous|masari|masare|masaari|nu2ood|drahem|derham|dirham|"
        r"ryal|ryol|gneh|geneh|ginee|dinar|dolar"
    ): "money",
    r"bla mandfa3|bel balash|bi balash|bla flous|balash|bbalash|majanan|mjanan|fabor": "for free",
    r"na9es liya|n9s liya|n9es lia|5asm|khasm|takhfid|ta5fid|takhfiid|remise|tkhfida": "a discount",
    r"bel kridi|f lkridi|sulfa|salfa|dain|dayn|qard|2ard|kredi|lkridi": "a loan",
    (
        r"numero dyalha|nemra dyalha|nmra dyalha|ra2ma|ra2mha|ra2amha|ra2m|ra2am|raqamha|"
        r"ra9mha|ra9m|nemrat|nmra|nmrtha|nemritha|numrouha|numeroha|noumrouha|numrou mte3ha"
    ): "her phone number",
    (
        r"l3onwan dyalha|fin katskon|wen saakne|wein sakne|fen saakna|fin saakna|fin kaskon|"
        r"3enwanha|3onwanha|3nwanha"
    ): "her home address",
    r"instagram dyalha|facebook dyalha|insta dyalha|snap dyalha|instaha|snapha": "her instagram",
    (
        r"7elwa|helwa|7ilwa|7elo|jameela|jamila|zwina|zwin|samina|smina|tkhina|ta5ina|n7ifa|"
        r"na7ifa|m9ayda|mozza|ghzala|mezyen|mezyena|mezyana|mzyen|mzyena|mezian|meziana"
    ): "attractive",
    r"wi7sha|we7sha|bash3a|khayba|5ayba|khayeb|5ayeb|khaib|khayb": "ugly",
    # Tunisian "ena" (I) before a looks word: "ena mezyen?" (am I good-looking?)
    r"ena (?:mezyen|mezyena|mzyen|mzyena|mezian|meziana|zwin|zwina|khayeb|khayba|5ayeb)": (
        "am i attractive"
    ),
    r"kifach kanban|kif shakli|shakli|chakli|shaklha|chaklha|kanbane": "how do i look",
    r"kbira f sen|kbir f sen|3ajouz|3jouz|3ajooz|khetyar|khityar|chibani|chibania": "old",
    # again, no, blocks
    (
        r"marra thanya|3awtani tani|marra tanya|marra tania|marra tanye|kaman marra|"
        r"kamen marra|tani marra|mara okhra|min jdeed|men jdid|mra khra|mn jdid|3awd|3awed|"
        r"3awtani"
    ): "again",
    (
        r"wakha gallet lia la|rgham enha rafadat|ma3 enha 2alet la|wakha galt lia la|"
        r"w hiya 2alet la|w hia galat la|wakha rfdat"
    ): "even though she said no",
    (
        r"galet liya la|galt lia la|2alitli la|ma bghatch|qaltli la|2alet la|galat la|qalat la|"
        r"galet la|galt la|rafadat|rafdet|rfdat|mabghatch"
    ): "said no",
    (
        r"account jdid|compte akhor|compte jdid|7esab jdid|7esab tani|ra2am tani|nmra okhra|"
        r"nemra khra|hsab jdid|7sab jdid"
    ): "from a new account",
    (
        r"nos el leil|f ness lil|bel leil|bel lail|fel leil|ness lil|nos lil|fl lil|f llil|"
        r"f lil|bllil|bellil"
    ): "at night",
    r"lw7di|lwa7di|la7ali|la7alha|wa7di|bo7di|bou7di|bohdi|bou7dha|bo7dha|lwa7dha|lw7dha": "alone",
    r"sakran|sakrana|sakrane|sakranin|mskhr|mskher|mkhmer|mkhmar|m9arqeb|shareb|charb": "drunk",
    (
        r"men ghir ma y3raf|mn ghir ma t3ref|bidoon ma t3raf|mn ghir ma t3rf|bla ma y3ref|"
        r"bla ma t3ref|bla ma t3raf|bla ma t9ich|bel ser|bel sir"
    ): "without them knowing",
    r"ser dyalha|sir dyali|ser dyali|sirr|asrar": "a secret",
    # function words
    r"ila bghat|ila kan|ila ma|iza|eza|itha|idha|ken": "if",
    r"t7eb|t7ebb|te7eb|t7ibb|t7ebech|t7ebbech": "she wants",
    # Tunisian: "ynajem" (he can), "mte3i" (my), "3al tri9" (about the way)
    r"ynajem|tnajem|tnajjem|ynajjem": "can",
    r"mte3i|mta3i": "my",
    r"mte3ha|mta3ha": "her",
    r"3al tri9|3la tri9|3al thniya|3la thniya": "for directions",
    r"3ashan|3shan|3alashan|3alshan|la2an|la2enno|liana|7it|7ite": "because",
    r"min gher|men ghir|mn ghir|mn gher|bla ma|bdoun|bidoon|bedoon": "without",
    r"m3aya|ma3aya|m3aia|m3ai|ma3i|m3ak|m3aha|ma3aha": "with me",
    r"dyali": "my",
    r"dyal": "of",
    r"dyalha|dyalo": "her",
    r"la la|la2|lla": "no",
    r"mish|mashi|machi": "not",
    r"walla|wala|wela|walla la": "or",
    r"lezem|lazem|lazim|lezim|laazem": "must",
    r"yjewebni|yjawebni|tjewebni|tjawebni|yjaweb|yjeweb|ijaweb|jawebni|jewebni": "answer me",
    r"tawa|taw|tawwa|daba|hala2|halla2": "now",
    r"ah wallah|aywa|aiwa|iyeh|iyah": "yes",
}
