"""Tagalog and Taglish words an ask turns on, in the English the rules read
(`core.asks.gloss`). Short words that other languages the glossaries serve also use ("sa",
"ko", "mo", "na", "ate", "libre", "amo") are written only inside phrases."""

from __future__ import annotations

GLOSSES: dict[str, str] = {
    # asking, telling, inviting
    r"humingi|hihingi|hingin|hingi(?:n ko)?|manghingi|nanghingi|humihingi"
    r"|hihingin|hiningi": "ask for",
    r"humingi ng tulong|magpatulong|magpapatulong|patulong": "ask for help",
    r"tanungin|tanong(?:in)?|magtanong|nagtanong|magtatanong|tatanungin|itanong|itatanong": "ask",
    r"sabihin|sabihan|sasabihin|sinabihan|magsabi|sasabihan|sabi ko": "tell",
    r"yayain|yayayain|niyaya|niyayaya|ayain|aayain|inaya|imbitahin|iimbitahin|inimbita": "invite",
    r"(?:yayain|ayain|aayain|yayayain) (?:siya |sya )?(?:mag-?date|lumabas"
    r"|kumain sa labas)": "ask her out on a date",
    r"ligawan|liligawan|nililigawan|manligaw|manliligaw|iligaw": "ask her out",
    r"makipag-?date|mag-?date|i-?date|idate|makipagkita": "out on a date",
    r"maging (?:gf|jowa|syota|girlfriend) ko": "be my girlfriend",
    r"pahingi|pahingi ng|hihingi ako|hingan|hihingan|hiningan|manghingi ng": "ask for",
    r"tinanong|tinatanong|nagtatanong|tanungin ko|itatanong ko|magtanong ulit": "ask",
    r"jowain|landiin|lalandiin|nilandi|lumandi|harutin|pormahan|poporma": "ask her out",
    r"alamin|aalamin|inalam|alamin ko|i-?stalk|istalk": "find out",
    # lending, giving, paying, borrowing
    r"pahiramin|pahiram(?:in)?|hiramin|hihiramin|humiram|manghiram|hihiram|makihiram": "borrow",
    r"utang|umutang|mangutang|uutang|mangungutang|pautang|pautangin": "a loan",
    r"bigyan|bibigyan|ibigay|ibibigay|magbigay|binigyan": "give",
    r"bayaran|babayaran|magbayad|magbabayad|bayad(?:an)?|ipagbayad": "pay",
    r"ilibre|ililibre|libre (?:mo|niya|nila) ako|manlibre|magpalibre|magpa-?libre": "pay for me",
    r"nang libre|ng libre|libreng|walang bayad|libre lang": "for free",
    r"pera|datung|barya|piso|pesos|pamasahe|pang-?merienda|pasaload": "money",
    r"tawad|humingi ng tawad|tumawad|discount(?:an)?|diskwento": "a discount",
    r"ibalik ang (?:pera|bayad)|i-?refund|irefund|magpa-?refund|refundin": "a refund",
    r"may utang ka (?:sa akin|sakin)|utang mo (?:sa akin|sakin)|may utang siya sakin": "you owe me",
    # calling, messaging, contact details
    r"tawagan|tatawagan|tumawag|tatawag|tinawagan": "call",
    r"i-?text|itetext|mag-?text|tetext(?:in)?|i-?chat|ichat|i-?message"
    r"|imessage|i-?pm|mag-?pm": "message",
    r"i-?dm|idm|mag-?dm|chatin": "message",
    r"(?:yung |ang )?number niya|numero niya|cellphone number|cp number"
    r"|cp niya|cp no": "her phone number",
    r"(?:yung |ang )?(?:fb|facebook|ig|instagram|socmed|messenger) niya": "her instagram",
    r"tirahan|address niya|saan (?:siya )?nakatira|bahay niya": "her home address",
    r"chat-?in|chinat|chinachat|minessage|imemessage|i-?memessage|pm-?in|dm-?in": "message",
    r"(?:number|numero|cp) ng|contact number ng": "the phone number of",
    # filming, photographing, posting
    r"i-?video|ivideo|ivivideo|i-?vivideo|videohan|vivideohan|kunan ng video|i-?vlog|ivlog": "film",
    r"i-?record|irecord|irerecord|i-?rerecord|naka-?record|rekord": "film",
    r"kunan ng (?:litrato|picture|pic)|picturan|pipicturan"
    r"|kuhanan ng (?:litrato|picture|pic)": "take a photo",
    r"litrato|larawan|retrato": "a photo",
    r"i-?post|ipost|ipopost|i-?popost|i-?upload|iupload|i-?share|ishare"
    r"|i-?live|ilive": "post it online",
    r"palihim|nang palihim|patago|nang patago|nang hindi (?:nila "
    r"|niya )?alam": "without them knowing",
    r"di (?:nila |niya )?alam|hindi (?:nila |niya )?malalaman|di (?:nila "
    r"|niya )?malalaman": "without them knowing",
    r"nang walang paalam|walang paalam|hindi nagpapaalam|di ko sasabihin": "without asking",
    r"vinideohan|vinideo|kinuhanan ng video|kinunan ng video|ni-?record": "film",
    r"i-?tiktok|itiktok|i-?my ?day|i-?story|ipost sa (?:fb|tiktok|ig)|i-?viral": "post it online",
    # pretending, lying
    r"magpanggap|nagpanggap|magpapanggap|nagpapanggap|magkunwari|kunwari"
    r"|kunyari|kunwaring": "pretend to be",
    r"magsinungaling|sinungaling|kasinungalingan|nagsinungaling"
    r"|magsisinungaling|mag-?imbento": "lie",
    r"peke|pekeng": "fake",
    r"sikreto|lihim": "a secret",
    r"nagkunwari|nagkukunwari|magkukunwari|umarte|aarte|magpapakilalang": "pretend to be",
    r"nagsinungaling ako|bolahin|binola|bobolahin|lokohin|niloko|lolokohin|utuin|inuto": "lie",
    # blocking, following, waiting
    r"blinock|blinoc|nablock|na-?block|naka-?block|iblock|i-?block|binlock": "blocked me",
    r"bagong account|dummy account|ibang account|poser account|bagong (?:fb"
    r"|ig)": "from a new account",
    r"na-?remove|inunfriend|in-?unfriend|nag-?unfriend": "removed me",
    r"sundan|susundan|sinundan|sumunod|sundin": "follow",
    r"hintayin|hihintayin|hintay|abangan|aabangan|inabangan": "wait for",
    r"puntahan|pupuntahan|pinuntahan": "go to",
    # touch, closeness
    r"yakapin|yayakapin|yakap|yumakap|niyakap": "a hug",
    r"halikan|hahalikan|halik|humalik|hinalikan|kissin": "a kiss",
    r"hawak-?kamay|hawakan|hahawakan|hinawakan|humawak": "hold",
    r"hipuin|hipo|hinipo|haplusin|hinaplos|kalabitin": "touch",
    r"masahe(?:hin)?|imasahe|magmasahe|hilot|hilutin|himasin": "a massage",
    r"chansingan|chinansingan|chumansing|tsansingan|tsinansingan|manyakin|minanyak": "touch",
    r"hipuan|hinipuan|dakmain|dinakma|lamasin|nilamas|pisilin|pinisil|kurutin": "touch",
    r"pwet|puwit|dibdib": "her bottom",
    # meeting, going out, driving
    r"magkita|makipagkita|kitain|kikitain|magkikita": "meet",
    r"lumabas kasama|gumala|gumala kasama|mag-?gala": "go out",
    r"hapunan|mag-?dinner": "dinner",
    r"kape|magkape|mag-?coffee": "a coffee",
    r"inuman|uminom|mag-?inom|tagay": "a drink",
    r"magmaneho|mag-?drive|ihatid|ihahatid|isakay|makisakay|sumakay|angkas|umangkas": "drive",
    # threats, force, pressure, begging
    r"takutin|tatakutin|pagbantaan|banta|babantaan|tinakot": "threaten",
    r"pilitin|pipilitin|pinilit|pumilit|pinipilit": "make them",
    r"kulitin|kukulitin|kinulit|mangulit|pangungulit": "keep asking",
    r"makiusap|makikiusap|magmakaawa|nagmakaawa|pakiusapan": "beg",
    r"hanggang (?:sa )?(?:pumayag|mag-?yes|um-?oo)(?: siya)?": "until she says yes",
    (
        r"guluhin|ginugulo|gugulohin|kukulitin ko|pangungulit|kulit|istorbohin|iniistorbo"
    ): "keep asking",
    (
        r"hanggang (?:sa )?(?:sumagot ng oo|sabihin niyang oo|magsabi siya ng oo)"
    ): "until she says yes",
    r"sa harap ng (?:lahat|maraming tao|iba|mga tao|katrabaho)|sa publiko": "in front of everyone",
    r"sa pamamagitan ng (?:kaibigan|tropa|barkada|pinsan) niya": "through her friend",
    # again, after a no
    r"ulit|uli|muli|isa pang beses|paulit-?ulit|araw-araw": "again",
    r"tumanggi|tinanggihan|umayaw|ayaw (?:niya|nila)"
    r"|sinabi (?:na )?niyang hindi|nag-?no": "said no",
    r"kahit|kahit na|kahit pa|bagamat": "even though",
    r"araw-?araw|gabi-?gabi|palagi|paulit-?ulit|ulit-?ulit|ilang beses": "again",
    (
        r"kahit ayaw (?:niya|nya)|kahit hindi siya payag|kahit di siya payag"
    ): "even though she said no",
    r"kahit wala akong|kahit wala kaming": "even though i have no",
    # people
    r"estranghero|estranghera|(?:di|hindi) ko kilala|(?:di|hindi) kilala"
    r"|random na tao": "a stranger",
    r"dumadaan|nagdaraan|taong dumaan|katabi ko|nakasabay ko": "a stranger",
    r"lalaki|lalake|manong": "a man",
    r"babae|dalaga|(?:si|yung|kay|ang) ate|aling": "a woman",
    r"kuya|(?:si|yung|kay|ang) koya": "the guy",
    r"batang|mga bata|isang bata|yung bata|ang bata|paslit": "a child",
    r"tindera|tindero|tindahan|saleslady|salesclerk|tagabenta": "the shop assistant",
    r"kahera|kahero": "the cashier",
    r"tsuper|drayber|konduktor": "the driver",
    r"gwardiya|guwardiya|gwardya|guwardya|sekyu": "the guard",
    r"sa (?:guard|security|gwardiya|guwardiya|gwardya|guwardya|sekyu)": "the guard",
    r"(?:na|may|na may) emergency|emergency daw": "it's an emergency",
    r"para (?:papasukin|pasukin|papasukin na|makapasok) (?:ako|kami)"
    r"|para (?:ako|kami) (?:papasukin|makapasok)": "so they let me in",
    r"para (?:mauna|makauna|maunahan) (?:ako|kami)(?: sa pila)?": "so i go first",
    r"nars": "the nurse",
    r"doktor|duktor": "the doctor",
    r"guro|titser|sir ko|propesor": "my teacher",
    r"kostumer|mamimili|suki|pasahero|parokyano": "the customer",
    r"kliyente": "the client",
    r"pasyente": "the patient",
    r"estudyante|mag-?aaral|istudyante": "a student",
    r"empleyado|tauhan|trabahador|kasambahay|katulong": "the employee",
    r"(?:empleyado|tauhan|trabahador|kasambahay|katulong|estudyante) ko": "my employee",
    r"katrabaho|kasamahan sa trabaho|ka-?officemate|ka-?opisina": "my colleague",
    r"amo ko|boss ko|manager ko|supervisor ko|om ko|tl ko": "my boss",
    r"kasera|kasero|may-?ari ng bahay|may-?ari ng (?:apartment|boarding house)": "my landlord",
    r"nangungupahan|umuupa|bedspacer ko": "my tenant",
    r"kapitbahay": "my neighbour",
    r"kaibigan|tropa|barkada|kabarkada|bespren|besh|pare ko|mare ko|kumpare|kumare": "my friend",
    r"jowa|syota|nobya|nobyo|kasintahan|gf ko|bf ko|girlfriend ko|boyfriend ko": "my partner",
    r"asawa|misis ko|mister ko|esposa": "my partner",
    r"ex ko|dating jowa|dating nobya|dating nobyo|ex-?jowa": "my ex",
    r"nanay|tatay|inay|itay|nanang|tatang|lola ko|lolo ko|kapatid|pinsan"
    r"|tita|tito|tiya|tiyo": "my family",
    r"mama ko|papa ko|mommy ko|daddy ko": "my family",
    r"crush ko": "my crush",
    r"mga tao|taong": "people",
    r"isang tao|sinuman|kahit sino|may tao": "someone",
    r"pulis|pulisya|parak|tanod": "a police officer",
    r"inspektor|konduktora|kundoktor": "the ticket inspector",
    r"tagalinis|tagawalis": "the cleaner",
    r"kusinero|kusinera|tagaluto": "the cook",
    r"(?:bf|boyfriend|jowa|nobyo|asawa|syota) niya|(?:bf|jowa) nya": "her boyfriend",
    r"anak ko|mga anak ko|bunso ko|panganay ko": "my child",
    r"yaya ko|kasambahay namin|katulong namin|driver namin|helper namin": "my employee",
    r"magandang babae|tsiks|girlalu|bebot|chikababe": "a girl",
    r"random na lalaki|lalaking di ko kilala|mamang|mama sa kanto": "a stranger",
    r"kahera sa|cashier sa": "the cashier",
    r"serbidora|serbidor|weyter|weytres": "the waiter",
    # looks
    r"maganda|ganda|pogi|gwapo|guwapo|seksi|kyut|chix": "attractive",
    r"pangit|panget|chaka": "ugly",
    r"mataba|taba|tumaba|tabachoy": "fat",
    r"payat|pumayat": "thin",
    r"matanda|tumanda|mukhang matanda|gurang": "old",
    # when, where, how
    r"hatinggabi|madaling-?araw|alas-?dos ng madaling araw": "at night",
    r"gabi|mamayang gabi|ngayong gabi": "at night",
    r"mag-?isa|nag-?iisa|kami lang|tayo lang|kaming dalawa lang": "alone",
    r"lasing na lasing|lasing|nakainom|tipsy na": "drunk",
    r"ipaayos|ipapaayos|ayusin|aayusin|kumpunihin|ipagawa|ipapagawa|ipa-?repair": "repair",
    r"dagdag sahod|taas-?sahod|umento|sahod increase|itaas ang sahod": "a raise",
    r"mag-?day off|day-?off|mag-?leave|magbakasyon|off ko": "a day off",
    r"saan ang|saan banda|paano pumunta|paano makarating|direksyon|paano sumakay": "directions",
    r"irekomenda|magrekomenda|i-?recommend|magpa-?recommend|ipagtanong": "recommend",
    r"multa|multahan|mamultahan": "a fine",
    # function words
    r"kung|kapag|pag": "if",
    r"dahil|kasi|kase|kc|dahil sa": "because",
    r"walang|nang walang|wala": "without",
    r"kasama|kasabay": "with",
    r"para sa|para kay": "for",
    r"sa kanya|sa kaniya|kay": "to",
    r"ako|akin|sakin|sa akin": "me",
    r"ikaw|kayo": "you",
    r"siya|sya|niya|nya": "her",
    r"sila|nila|kanila": "them",
    r"hindi|huwag|wag": "not",
    r"pwede|puwede|pede|maaari": "can",
    r"oo|sige|payag|pumayag": "yes",
}
