"""Cebuano (Bisaya) and Bislish words an ask turns on and the everyday words around them, in
the English the rules read (`core.asks.gloss`).

Cebuano shares many words with Tagalog (`core.asks.glosses.tagalog`: "utang", "peke",
"litrato", "estranghero"), which that glossary already reads; this one holds what is
Cebuano's own. Its short words ("sa", "ko", "og", "ug", "na", "ni", "siya") are written only
inside phrases; "gi-" and "i-" verbs are written with and without their hyphen."""

from __future__ import annotations

READS_WITH = ("tagalog",)
"""An ask in Cebuano is read with the Tagalog glossary too (`core.asks.glosses.LANGUAGES`)."""

GLOSSES: dict[str, str] = {
    # asking, telling, inviting
    (
        r"pangutan-?a(?:on|a|i|han)?|mangutana|nangutana|mopangutana|gipangutana|pangutana|"
        r"nagpangutana|pangutan-?on|gipangutan-?an"
    ): "ask",
    (
        r"pangayo-?a|pangayo|mangayo|nangayo|mopangayo|gipangayo|pangayoon|pangayoan|hangyo|"
        r"hangyoon"
    ): "ask for",
    r"magpatabang|nagpatabang|mangayo og tabang|pangayo og tabang|tabangi ko": "ask for help",
    r"sultihi|sultian|isulti|mosulti|ingna|ingnon|giingnan|sugilon|suginli": "tell",
    r"dapiton|dapita|gidapit|imbitahon|imbitaha|giimbitar|agdahon|agda|giagda": "invite",
    r"makig-?date|mag-?date|i-?date|manguyab|panguyab|uyabon|uyaba": "out on a date",
    r"mahimong (?:akong )?uyab|himoong uyab|himuon nakong uyab": "be my girlfriend",
    r"pugson|pugsa|gipugos|pugos|pilitan": "make them",
    r"hadlokon|hadloka|gihadlok|hulga|hulgaon": "threaten",
    r"kulitan|samokon|samoka|gisamok|sigeg pangayo|sige og pangayo": "keep asking",
    r"ampo-?ampo|mangamuyo|nagpakiluoy|pakiluoy": "beg",
    r"(?:tambok|bundat|tigulang) ba (?:ko|ako)|(?:tambok|tigulang) ko tan-?awon": "if i look fat",
    r"(?:pangit|ngil-?ad) ba (?:ko|ako)|pangit ko tan-?awon": "if i look ugly",
    r"(?:gwapa|gwapo|nindot) ba (?:ko|ako)": "if i look attractive",
    # lending, giving, paying, borrowing
    r"pahulama|pahulam|pahuwama|pahuwam|hulaman|hulamon|manghulam|nanghulam|mohulam": "lend me",
    r"pautanga|utangon|mangutang|nangutang|moutang": "a loan",
    r"hatagi|hatagan|ihatag|mohatag|gihatagan|hatag": "give",
    r"hatagi ko|ihatag nako|hatagi ko og": "give me",
    r"bayri|bayran|mobayad|magbayad|gibayran|bayaran": "pay",
    r"ilibre ko|libri ko|tagaan ko og libre|ilibri": "pay for me",
    r"paliti ko|paliti|palitan|mopalit|gipalit": "buy me",
    r"kwarta|kuwarta|sapi|kwartaha|pilak|sinsilyo|pletehan|plete": "money",
    r"libre ra|walay bayad|way bayad|libri ra|libre lang": "for free",
    r"hangyo og diskwento|menosan|menusi|baratohon|barato": "a discount",
    r"iuli ang kwarta|ibalik ang kwarta|ibalik akong kwarta|iuli akong kwarta": "a refund",
    r"naa kay utang nako|naa kay utang sa ako|utangan ko nimo|utang nimo nako": "you owe me",
    # calling, messaging, contact details
    r"tawagan|tawgan|tawga|motawag|gitawagan": "call",
    r"i-?text|itext|tekstan|gitekstan|i-?chat|ichat|chatan|gichat|i-?message": "message",
    (
        r"iyang number|iyang numero|iyang cp|number sa iyang cellphone|numero sa iyang "
        r"cellphone|number niya|iyang contact"
    ): "her phone number",
    (
        r"asa siya nagpuyo|asa siya nagpuyo|asa iyang balay|iyang address|iyang puy-anan"
    ): "her home address",
    r"iyang (?:fb|facebook|ig|instagram|tiktok|messenger)": "her instagram",
    # filming, photographing, posting
    r"videohan|bidyohan|gividyohan|gi-?video|i-?video|irekord|i-?record|girekord": "film",
    r"kuhaan og litrato|kuhaan og picture|kuhaan og video|pikturan|gipikturan": "take a photo",
    r"hulagway|piktyur": "a photo",
    (
        r"i-?post|ipost|gipost|i-?upload|gi-?upload|i-?share|gi-?share|i-?myday|i-?live"
    ): "post it online",
    r"tago|sa tago|tinago|wala siya kahibalo|dili niya mahibaw-?an": "secretly",
    (
        r"wala (?:nako )?siya giingnan|wala nako gisultihan|dili nako isulti niya"
    ): "without telling her",
    r"walay pananghid|wala nangayo og permiso|wala nanghangyo": "without asking",
    r"i-?record ang tawag|irekord ang tawag|record ang call": "record the call",
    r"i-?screenshot|iscreenshot|gi-?screenshot|ss-?on|gi-?ss": "screenshot",
    (
        r"ipadala sa (?:gc|group chat|grupo)|isend sa (?:gc|group)|sa gc|sa group chat"
    ): "send it to the group",
    # pretending, lying
    (
        r"magpakaaron-?ingnon|nagpakaaron-?ingnon|mag-?arte|nag-?arte|magpanggap nga|magpaka"
    ): "pretend to be",
    r"bakak|mamakak|namakak|bakakon|binakak": "lie",
    r"binuang|ilad|ilaron|gilaran|limbong|limbongan": "lie",
    r"dili tinuod|dili tinood|palsipikado|peke nga": "fake",
    # blocking, following, waiting
    r"gi-?block ko niya|giblock ko niya|gi-?block ko|nablock ko|na-?block ko": "blocked me",
    r"bag-?ong account|laing account|bag-?o nga account|dummy nga account": "from a new account",
    r"pinaagi sa iyang (?:higala|amiga|barkada|kauban)|agi sa iyang higala": "through her friend",
    r"sundon|sunda|gisundan|gisunod|mosunod": "follow",
    r"hulaton siya|hulata siya|hulaton|huwaton|hulat|huwat|mohulat": "wait for her",
    r"adtoan sa iyang trabahoan|moadto sa iyang trabahoan|adtoon sa trabaho": "go to her work",
    # touch, closeness
    r"halokan|haloka|gihalokan|halok|mohalok|kiss-?on|kisson": "a kiss",
    r"gakson|gaksa|gigakos|gakos|mogakos|hugon": "a hug",
    r"hikapon|hikapa|gihikap|hikap|mohikap|kapkapan|gikapkapan|himasan|hikap-?hikapon": "touch",
    r"kuptan ang (?:iyang )?kamot|kuptanay og kamot|kupti ang kamot": "hold her hand",
    r"masahihon|hilutan|hilot|masahe": "a massage",
    r"paangkasa ko|paangkason|pasakya ko|pasakyon|sakay|hatod|ihatod|hatdan": "give me a lift",
    r"uban nako sa balay|mouban nako pauli|sa akong balay|pauli uban nako": "come home with me",
    r"musakay sa iyang sakyanan|sakay sa iyang awto|sulod sa iyang sakyanan": "get in his car",
    r"matulog sa iyang balay|mopuyo sa iyang balay|kadto sa iyang balay": "stay at his place",
    r"mokaon|kaon|panihapon|mangaon": "dinner",
    r"manginom|inom|ilimnon": "a drink",
    # again, after a no
    r"usab|pag-?usab|balik-?balik|sige-?sige|kada adlaw|matag adlaw|usa pa ka higayon": "again",
    (
        r"bisan ug (?:niingon|ning-?ingon|giingon) siya nga dili|bisan dili siya gusto|"
        r"bisan ug dili siya gusto|bisan nibalibad siya"
    ): "even though she said no",
    r"hangtod mo-?oo siya|hangtod mouyon siya|hangtod musugot siya": "until she says yes",
    r"atubangan sa tanan|sa atubangan sa tanan|atubangan sa daghang tawo": "in front of everyone",
    (
        r"bisan ug giingnan ko niya nga biyaan siya|bisan ug giingnan ko niya nga "
        r"ayaw siya samoka"
    ): "even though she told me to leave her alone",
    r"ganahan ko (?:niya|kaniya|sa iya)|nagustohan nako siya|ganahan ko siya": "that i like her",
    r"kung pwede ko (?:siya )?(?:manguyab|uyabon|pangulitawhan)": "if i can date her",
    r"unya": "then",
    r"(?:ang )?iyang (?:daan|karaan|ekstra|sobra) nga": "for her old",
    r"duha man gud (?:iyang|ang iyang|iya)|duha man (?:iyang|ang iyang)": "because she has two",
    r"pasak-?on ko|pasak-?a ko|pasakon ko|pasak-?on ako": "to let me up",
    r"sa atop sa|sa atop": "on the roof of",
    r"bisag bawal|bisan ug bawal|bisan bawal|bisag dili pwede|bisan dili pwede": (
        "even though it is forbidden"
    ),
    r"magpuli-?puli|magpulipuli|magbinuruhay": "take turns",
    r"pagsundo sa mga bata|pagkuha sa mga bata|pagsugat sa mga bata": "picking up the kids",
    r"sa eskwelahan|sa eskuylahan|sa skwelahan": "from school",
    r"kung dili|basin ug dili|kon dili": "otherwise",
    r"pasabot dili ka (?:nako )?love|pasabot dili ka ganahan nako": "that means you don't love me",
    r"aron dili siya makadumili|aron dili siya maka-?no": "so he can't say no",
    # people
    (
        r"dili nako kaila|wala nako kaila|tawo nga dili nako kaila|di nako kaila|"
        r"langyaw|dayo|estranghera nga babaye"
    ): "a stranger",
    r"akong kaila|kaila nako|usa ka kaila|ang kaila": "an acquaintance",
    (
        r"(?:mama|inahan|papa|amahan|ginikanan) sa (?:klasmeyt|kaklase|classmate) sa akong"
        r" (?:anak|bata)"
    ): "another parent from my kid's class",
    r"anak sa akong silingan|anak sa among silingan|anak sa silingan": "the child of my neighbour",
    r"(?<=\d )anyos|(?<=\d )ka tuig(?: ang edad)?": "years old",
    r"babaye|babae nga|usa ka babaye|ang babaye|sa babaye": "a woman",
    r"dalaga|dalagita|inday|gining": "a young woman",
    r"lalaki nga|usa ka lalaki|ang lalaki|sa lalaki|lalake": "a man",
    r"bata|batang|mga bata|bataa": "a child",
    r"manang|manay|ate nga": "an auntie",
    r"manoy|kuya nga": "an uncle",
    r"tigulang nga lalaki|lolo|lolo nga": "an old man",
    r"tigulang nga babaye|lola|lola nga": "an old lady",
    (
        r"ang naglingkod tupad nako|nagtupad nako|katupad nako|tupad nako|sa akong tupad"
    ): "the person sitting next to me",
    r"tag-?iya sa tindahan|tag-?iya sa sari-?sari": "the shopkeeper",
    r"kahera|kahero|cashier sa": "the cashier",
    r"drayber|draybir|tsuper|tsoper|driver sa jeep|habal-?habal driver": "the driver",
    r"akong drayber|akong tsuper": "my driver",
    r"sikyu|sikyo": "the security guard",
    r"nars|narses": "the nurse",
    r"doktor|doktora|mananambal": "the doctor",
    r"maestra|maestro|magtutudlo|titser": "the teacher",
    r"silingan|silingang|mga silingan": "the neighbour",
    r"akong amo|akong boss|akong manager|among boss": "my boss",
    r"akong katrabaho|akong kauban sa trabaho|kauban sa trabaho|katrabaho": "my colleague",
    r"akong empleyado|akong trabahante|akong tawo sa trabaho": "my employee",
    r"akong estudyante|akong tinudloan|akong studyante": "my student",
    r"akong tutee|akong gitutoran": "my tutee",
    r"akong pasyente": "my patient",
    r"pasyente": "a patient",
    r"akong tenant|akong nangabang|nangabang|mangabang": "my tenant",
    r"akong kliyente|akong suki|kliyente|suki": "my client",
    r"akong katabang|akong yaya|akong kasambahay|katabang sa balay": "my maid",
    r"akong ex|ex nako|akong kanhi nga uyab|kanhing uyab": "my ex",
    r"iyang uyab|uyab niya": "her boyfriend",
    (
        r"uyab sa akong suod nga higala|uyab sa akong bestfriend|uyab sa akong amiga"
    ): "my best friend's boyfriend",
    r"akong uyab|uyab nako": "my partner",
    r"uyab": "a partner",
    r"iyang asawa|asawa niya": "his wife",
    r"iyang bana|bana niya": "her husband",
    r"akong bana|bana nako": "my husband",
    r"akong asawa|asawa nako": "my wife",
    r"iyang inahan|iyang mama|inahan niya|mama niya": "her mother",
    r"iyang igsoong babaye|iyang manghod nga babaye|iyang ate": "her sister",
    r"akong ugangang babaye|akong ugangan|ugangan": "my mother-in-law",
    r"akong anak nga babaye": "my daughter",
    r"akong anak nga lalaki": "my son",
    r"akong inahan|akong mama|akong amahan|akong papa|akong igsoon|akong manghod": "my family",
    r"akong higala|akong amigo|akong amiga|akong barkada|akong bestfriend": "my friend",
    r"higala|amigo|amiga|barkada": "a friend",
    r"tag-?iya sa balay|tag-?iya sa boarding|landlady sa|akong landlady": "the landlord",
    # what is asked: raises, days off, repairs, directions
    r"umento|dugang sweldo|dugang suweldo|pasaka sa sweldo": "a raise",
    r"day-?off|pahulay|libre nga adlaw": "a day off",
    r"ayohon|ayoha|giayo|pag-?ayo|ayuhon": "repair",
    r"unsaon pag-?adto|asa dapit ang|asa ang dalan|direksyon|direksiyon": "directions",
    r"irekomendar|rekomendar|isugyot|sugyot": "recommend",
    # question words and small verbs
    r"asa|asa man|diin": "where",
    r"ngano|nganong|ngano man": "why",
    r"unsaon|giunsa|unsa(?:on)? pag": "how",
    r"kanus-?a|kanus-?a man": "when",
    r"kinsa|kinsay|kinsa man": "who",
    r"unsa|unsay|unsa man": "what",
    r"kung ba|kon ba": "whether",
    r"pila": "how much",
    r"nagpuyo|nagapuyo|nipuyo|nagpuyo siya": "lives",
    r"nagtrabaho|nagatrabaho|nagtrabaho siya": "works",
    r"nag-?eskwela|nagskwela|nagtuon|nagaeskwela": "studies",
    r"moadto|niadto|muadto|nilakaw": "goes",
    r"moanhi|nianhi|muabot|niabot": "comes",
    r"naglingkod|nilingkod|molingkod|nagalingkod": "sits",
    r"nagbarog|nibarog|nagtindog": "stands",
    r"naghulat|nagahulat": "waits",
    r"naghilak|nagahilak|mihilak|nihilak": "cries",
    r"minyo na|minyo|naminyo|minyoa": "is married",
    r"wala pay bana|wala pay asawa|single pa": "is single",
    r"naay anak|adunay anak|naa nay anak": "has children",
    r"mokita|nagkita og": "earns",
    # life facts and looks
    r"iyang sweldo|iyang suweldo|sweldo niya|pila iyang sweldo|pila iyang kita": "her salary",
    r"iyang edad|edad niya|pila na iyang edad|pilay edad": "her age",
    r"iyang timbang|timbang niya|pila iyang timbang": "her weight",
    r"iyang relihiyon|relihiyon niya|unsa iyang relihiyon|relihiyon": "her religion",
    (
        r"nganong wala pa siya minyo|ngano wala pa siya naminyo|ngano single pa siya"
    ): "why she isn't married",
    r"nganong wala silay anak|ngano wala pa silay anak": "why they have no children",
    r"asa siya nagtrabaho|iyang trabahoan|trabahoan niya": "her workplace",
    r"unsang andana|pilang andana|unsang kwarto|iyang kwarto": "which flat she lives in",
    r"tambok|tambuk|bundatan|tambokon": "fat",
    r"niwang|yagpis|niwangon": "thin",
    r"pangit|ngil-?ad": "ugly",
    r"gwapa|guapa|gwapaha|nindot|matahum|maanyag": "pretty",
    r"gwapo|guapo|gwapoha": "handsome",
    r"sexy kaayo|madanihon|kaanyag": "attractive",
    r"tigulang|tiguwang|gulang na": "old",
    r"batan-?on|bata pa": "young",
    r"akong lawas|lawas nako": "my body",
    r"akong paa|akong hita|hita nako": "my thighs",
    r"akong nawong|nawong nako": "my face",
    r"unsa akong hitsura|unsaon nako pagtan-?aw|giunsa nako pagtan-?aw|itsura nako": "how i look",
    # places and times
    r"sa bus|sulod sa bus|sa jeep|sa dyip|sa multicab|sa v-?hire": "on the bus",
    r"sa tren|sa mrt|sa lrt": "on the train",
    r"sa hulatanan|sa terminal|sa waiting shed|sa sakayan": "at the bus stop",
    r"sa linya|sa pila|nagpila": "in the queue",
    r"sa tindahan|sa sari-?sari|sa merkado|sa mall|sa grocery": "at the shop",
    r"sa kapehan|sa coffee shop|sa cafe": "at the cafe",
    r"sa simbahan|sa misa": "at church",
    r"sa moske|sa mosque": "at the mosque",
    r"sa templo": "at the temple",
    r"sa trabaho|sa opisina|sa trabahoan": "at work",
    r"sa iyang trabaho|sa iyang opisina|sa iyang trabahoan": "at her work",
    r"gawas sa ilang balay|gawas sa iyang balay|atubangan sa iyang balay": "outside her house",
    r"sa gabii|gabii|tungang gabii|kagabhion": "at night",
    r"mag-?inusara|nag-?inusara|siya ra usa|usa ra siya|mag-?usa": "alone",
    r"human sa party|paghuman sa party|human sa inuman": "after the party",
    r"karong gabii|karon gabii|karong gabhiona": "tonight",
    r"ugma|ugma sa buntag": "tomorrow",
    r"sa domingo|domingo|kada domingo": "on sunday",
    r"hubog|nahubog|lasing|nalasing": "drunk",
    # what is done
    (
        r"magtrabaho sa domingo nga walay bayad|trabaho sa domingo nga walay sweldo"
    ): "work on sunday without pay",
    r"walay sweldo|walay suweldo": "without pay",
    r"dad-?i ko og regalo|dad-?an ko og regalo|hatagi ko og regalo": "bring me a gift",
    r"regalo|gasa|pasalubong": "a gift",
    (
        r"mag-?subscribe sa akong channel|i-?subscribe akong channel|subscribe sa akong channel"
    ): "subscribe to my channel",
    r"molingkod uban nila|lingkod uban nila|makiglingkod": "sit with them",
    r"mokaon sa ilang pagkaon|makikaon|mangayo sa ilang pagkaon": "share their food",
    r"molakaw sa yelo|maglakaw sa yelo": "walk on the ice",
}
