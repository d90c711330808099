"""Everyday Czech words around an ask (people, questions, places, times, what is done), in
the English the rules read (`core.asks.gloss`); `core.asks.glosses.czech` holds the words an
ask turns on."""

_MY = r"(?:muj|moje|meho|moji|mou|mym|memu|mych)"
"""Czech "my" in its forms (plain: "můj", "mou" are "muj", "mou")."""

GLOSSES: dict[str, str] = {
    # people
    r"starsi pani|starou pani|stare pani|starsi zen\w*|starenk\w*|babk(?:a|u|y) na ulici": (
        "an old lady"
    ),
    r"starsi(?:ho|mu)? pan(?:a|ovi|em)?|starsim panem|staric\w*|starous\w*|dedek na ulici": (
        "an old man"
    ),
    r"mlad(?:a|ou|e) (?:zen\w*|holk\w*|slecn\w*|pani)": "a young woman",
    r"mlad(?:y|eho|emu|ej|ym) (?:muz\w*|kluk\w*|chlap\w*|pan\w*)": "a young man",
    r"mrn(?:e|ete)|prcek|prck\w*": "a child",
    (
        r"(?:co|kter(?:y|a|ou|eho|emu)) (?:sedi|sedel\w*) vedle (?:mne|me)|sedic\w* vedle "
        r"(?:mne|me)"
    ): "the person sitting next to me",
    r"vedle (?:mne|me)": "next to me",
    r"spolusedic\w*|soused\w* (?:v lavici|na sedadle|z vedlejsiho sedadla)": "my seatmate",
    r"(?:nekdo|nekoho|nekomu|clovek\w*),? (?:koho|ktereho|kterou) neznam": "someone i don't know",
    r"trafikant\w*|pan(?:i|a)? z trafiky|v trafice|na trafice": "the kiosk man",
    (
        r"majitel\w* obchodu|pan(?:i|a)? z obchodu|pan(?:i|a)? z (?:pekarny|lekarny|posty|"
        r"vecerky|zeleniny)|vecerkar\w*|obchodnik\w*"
    ): "the shopkeeper",
    rf"{_MY} (?:zak(?:a|ovi|em|yne|yni|yn\w*)?|zaci|student\w*|studentk\w*)": "my student",
    rf"{_MY} (?:doucovan\w*|sverenc\w*|sverenk\w*)|koho doucuju|komu davam doucovani": "my tutee",
    rf"{_MY} (?:hospodyn\w*|uklizeck\w*|pani na uklid|chuv\w*|pomocnic\w* v domacnosti)": (
        "my maid"
    ),
    rf"{_MY} (?:ridic\w*|sofer\w*)": "my driver",
    rf"{_MY} (?:najemnik\w*|najemnic\w*|podnajemnik\w*|podnajemnic\w*)": "my tenant",
    rf"{_MY} (?:pacient\w*|pacientk\w*)": "my patient",
    rf"{_MY} (?:klient\w*|klientk\w*|zakaznik\w*|zakaznic\w*)": "my client",
    r"jeho (?:zen(?:a|u|e|ou)|manzelk\w*)": "his wife",
    r"jeho (?:holk\w*|pritelkyn\w*)": "his girlfriend",
    (
        r"(?:pritel(?:e|i)?|kluk(?:a|ovi)?) (?:me )?(?:nejlepsi )?(?:kamaradky|kamosky|"
        r"sestry|segry)"
    ): "my best friend's boyfriend",
    r"jeji (?:mam(?:a|u|e|ou)|matk\w*|mamk\w*|mamin\w*)": "her mother",
    r"jeji (?:tat(?:a|u|ovi)|otc\w*|otec|tatk\w*)": "her father",
    r"jeji (?:sestr\w*|segr\w*)": "her sister",
    r"jeji(?:ho|mu)? (?:bratr\w*|brach\w*)": "her brother",
    r"jeji (?:deti|dcer\w*|syn\w*)": "her children",
    rf"{_MY} tchyn\w*": "my mother-in-law",
    rf"{_MY} (?:dcer\w*|dcerk\w*)": "my daughter",
    rf"{_MY} syn(?:a|ovi|em|ek|ka|kovi)?": "my son",
    # question words and small verbs
    r"kde": "where",
    r"proc|nac": "why",
    r"jak(?= (?:vypadam|se|mam|mi|ji|ho|dojit|dojet|dostat|to))": "how",
    r"kdo|koho|komu|s kym": "who",
    r"kolik": "how much",
    r"bydli|bydlis|bydlej|bydleli|zije": "lives",
    r"pracuje|pracujes": "works",
    r"pracovat|makat": "work",
    r"studuje|studujes": "studies",
    r"chodi|jezdi|jde": "goes",
    r"prichazi|prijde|prijede": "comes",
    r"sedi|sedici": "sits",
    r"stoji|stojici": "stands",
    r"ceka|cekas": "waits",
    r"breci|brecela|plakala": "cries",
    r"je (?:vdana|zenaty|vdany)|ma manzel\w*": "is married",
    r"je (?:sama|svobodn\w*|nezadan\w*|single)|nema (?:pritele|kluka|manzela)": "is single",
    r"ma deti": "has children",
    r"vydela|vydelava|vydelavaji": "earns",
    # life facts and looks
    r"kde (?:ona |on )?pracuje|v jaky firme pracuje|v jake firme pracuje": "where she works",
    r"kde (?:ona |on )?bydli": "where she lives",
    (
        r"(?:ve )?kterem patre|v jakem patre|ktere patro|cislo bytu|ve kterem byte|"
        r"v jakem byte"
    ): "which flat she lives in",
    r"(?:jeji|jeho|jejim|jejiho) byt(?:u|e|em)?": "her flat",
    r"(?:jeji|jeho) dum|(?:jejim|jeho) dome|(?:jejiho|jeho) domu|(?:jeji|jeho) barak\w*": (
        "her house"
    ),
    r"(?:jeji|jeho|jejim|jejiho) (?:prac(?:e|i)|firm\w*|kancelar\w*)": "her workplace",
    r"(?:jeji|jeho|jejim|jejiho) (?:plat(?:u|em)?|vyplat\w*)": "her salary",
    r"kolik (?:ona |on )?(?:vydela|bere|vydelava)|kolik ma (?:plat|vyplatu)": "how much she earns",
    r"(?:jeji|jeho) vek(?:u)?": "her age",
    r"kolik (?:je )?(?:ji|mu) (?:je )?let": "how old she is",
    r"(?:jeji|jeho) (?:vah(?:a|u|y)|vaha)": "her weight",
    (
        r"(?:jeji|jeho) (?:nabozenstv\w*|vir(?:a|u|y))|jestli (?:veri|je vercic\w*|je veric\w*)"
        r"|jakeho je vyznani|jestli veri v boha"
    ): "her religion",
    r"(?:jeji|jeho) kast\w*": "her caste",
    (
        r"proc (?:neni vdana|se nevdala|je (?:porad )?sama|nema manzela|nema pritele|se "
        r"jeste nevdala)|proc se (?:jeste )?neozenil"
    ): "why she isn't married",
    r"proc (?:nemaji|nema) deti": "why they have no children",
    r"mlad(?:y|a|e|ou|ej|ych|si|sim)": "young",
    r"moje telo|mem tele|mym telem": "my body",
    r"moje (?:stehn\w*|nohy|boky)|muj zadek|moje prdel": "my thighs",
    r"muj oblicej|moje tvar|moji tvar|mou tvar|moje tvaricka": "my face",
    r"jak (?:ja )?vypadam": "how i look",
    r"vypadam": "i look",
    r"vypadam tlust\w*|jestli (?:jsem|nejsem) tlust\w*|jestli jsem pribral\w*": "i look fat",
    # places and times
    r"v autobuse|v autobusu|v busu|v tramvaji|v trolejbuse": "on the bus",
    r"v metru": "on the metro",
    r"ve vlaku|v rychliku|v posilovem vlaku": "on the train",
    r"na zastavce|na zastavku": "at the bus stop",
    r"ve fronte|ve rade": "in the queue",
    (
        r"v obchode|v krame|v samoosce|v supermarketu|v lidlu|v albertu|na trhu|ve vecerce|"
        r"v marketu"
    ): "at the shop",
    r"v kavarne|v kafarne|v hospode|v restauraci|v bistru": "at the cafe",
    r"v kostele|na msi": "at church",
    r"v mesite": "at the mosque",
    r"v chramu": "at the temple",
    r"v praci|v kancelari|v robote|ve firme|v kancli": "at work",
    r"v jeji praci|do jeji prace|u ni v praci|pred jeji praci|k ni do prace": "at her work",
    r"pred jejim (?:domem|barakem|bytem|panelakem)|u jejiho domu|pod jejimi okny": (
        "outside her house"
    ),
    r"po parte|po party|po mejdanu|po vecirku|po oslave|po parbe": "after the party",
    r"dnes vecer|dneska vecer|dnes v noci|dneska v noci|dnesni noc": "tonight",
    r"zitra|pozitri": "tomorrow",
    r"rano|po ranu": "in the morning",
    r"v nedeli|kazdou nedeli": "on sunday",
    r"v sobotu|kazdou sobotu": "on saturday",
    # what is done
    (
        r"nic (?:ji|mu|jim) nerict|aniz bych (?:ji|mu) (?:to )?rekl\w*|bez toho,? abych "
        r"(?:ji|mu) (?:to )?rekl\w*|bez rikani"
    ): "without telling her",
    r"aniz bych se (?:ji |ho |jich )?zeptal\w*|bez dovoleni|bez zeptani": "without asking",
    r"po tichu|v tajnosti|pokradmu": "secretly",
    r"nahra(?:t|vat|ju) (?:si )?(?:ten |nas |jeji )?(?:hovor|telefonat)\w*": "record the call",
    r"screen(?:shot\w*|y|u|ovat|nout|shotnout)|snimek obrazovky|snimk\w* obrazovky": "screenshot",
    (
        r"(?:poslat|hodit|preposlat|sdilet) (?:to )?do (?:skupiny|skupinov\w*|chatu|"
        r"skupinovyho chatu)"
    ): "send it to the group",
    r"do skupiny|ve skupine|do skupinovyho chatu|do skupinoveho chatu": "to the group",
    r"(?:po)?cekat na (?:ni|nej|neho)|pockat na (?:ni|nej|neho)": "wait for her",
    r"(?:jit|prijit|zajit|dojit|zajet) (?:za ni |za nim )?do (?:jeji|jeho) prace": (
        "go to her work"
    ),
    r"prisednout si(?: k nim)?|sednout si (?:k nim|s nimi)|pridat se k nim ke stolu": (
        "sit with them"
    ),
    (
        r"(?:ochutnat|snist|dat si) (?:z )?(?:jejich|jeji|jeho) jidl\w*|ujidat (?:z )?"
        r"(?:jejich|jeji) jidla"
    ): "share their food",
    r"(?:jit|chodit|prejit|prochazet se) po lede|vlezt na led|jit na led": "walk on the ice",
    r"(?:nastoupit|sednout si|nasednout) do (?:meho )?auta": "get in my car",
    r"(?:nastoupit|sednout si|nasednout) do jeho auta": "get in his car",
    r"prespat u (?:nej|neho)|zustat u (?:nej|neho)(?: pres noc)?": "stay at his place",
    r"pracovat v nedeli (?:zadarmo|bez (?:naroku na )?(?:platu|zaplaceni|penez|mzdy))": (
        "work on sunday without pay"
    ),
    r"bez (?:platu|zaplaceni|naroku na mzdu|mzdy)": "without pay",
    r"(?:prinest|prines|koupit|kup) mi (?:nejaky )?darek": "bring me a gift",
    r"dar(?:ek|ku|ky|kem|ecek|ecky)": "a gift",
    (
        r"(?:od|za)?sledovat muj kanal|(?:od|za)?sleduj(?:te)? muj kanal|odebirat muj kanal|"
        r"odebirejte muj kanal|dat (?:mi )?odber|dejte (?:mi )?odber"
    ): "subscribe to my channel",
    r"aby nemohl\w* (?:odmitnout|rict ne)": "so he can't say no",
    r"(?:jestli|kdyz|pokud) ne(?= \w+(?:s|te)\b)": "if you don't",
    r"v opacnem pripade": "otherwise",
    r"(?:to )?znamena,? ze me nemilujes|takze me nemilujes|tak to me nemilujes": (
        "that means you don't love me"
    ),
    (
        r"(?:i kdyz|prestoze|ackoli) (?:mi )?rekla(?: mi)?,? (?:at|abych) (?:ji )?(?:dam pokoj|"
        r"dal pokoj|necham na pokoji|nechal na pokoji|se ji vyprdnu|se ji vyprdl|uz nepisu|"
        r"uz nepsal)"
    ): "even though she told me to leave her alone",
    r"nechat ji na pokoji|dat ji pokoj": "leave her alone",
}
