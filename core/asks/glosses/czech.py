"""Czech words an ask turns on, in the English the rules read (`core.asks.gloss`)."""

GLOSSES: dict[str, str] = {
    # asking and telling
    r"(?:ze|po)ptat(?: se)?|zeptej(?:te)? se|zeptam se|zeptal\w* se|ptat se|ptej se": "ask",
    r"pozadat|pozadej|pozadam|pozadal\w*|poprosit|poprosim|popros|prosit": "ask",
    r"rict|rekni(?:te)?|reknu|povedet|povim": "tell",
    r"rekl\w*": "tell",
    r"pozvat|pozvi|pozvu|pozval\w*": "invite",
    r"pujcit|pujc|pujci(?:te|s|l\w*)?|pujcil\w*|nepujci(?:te|s|l\w*)?|pujcku|pujcka": "lend me",
    r"dat mi|dej mi|dejte mi|dal\w* mi|dala by mi|dal by mi|darovat|venovat": "give me",
    r"vratit|vrat|vratil\w*": "give back",
    r"koupit|kup|koupil\w*|koupi|zaplatit za|zaplat za": "buy",
    r"zaplatit|zaplat|zaplatil\w*|platit|plati": "pay",
    r"zavolat|zavolej|volat|zavolam": "call",
    r"napsat|napis|napisu|psat|zpravu|esemesk\w*|sms": "text",
    r"natocit|natoc|natacet|natacel\w*|nahrat|nahravat|nahraj|filmovat|zfilmovat": "film",
    r"vyfotit|vyfot|fotit|vyfotil\w*|fotk\w*|fotografi\w*": "a photo",
    (
        r"dat (?:to )?na (?:net|internet|insta\w*|facebook|fb|tiktok|youtube)|zverejnit|"
        r"zverejni|sdilet|postnout|hodit na"
    ): "post it online",
    (
        r"predstirat|predstiral\w*|delat (?:ze|se)|vydavat se za|vydat se za|hrat si na"
    ): "pretend to be",
    r"lhat|lzu|lzi|lhal\w*|zalhat|obelhat|lez|lzi": "lie",
    r"falesn\w*|vymysl\w*|zfalsovan\w*": "a fake",
    r"zablokoval\w*(?: me| si me)?|ma me zablokovan\w*|blokl\w* me": "blocked me",
    (
        r"(?:z|ze) (?:noveho|jineho|falesneho|druheho) (?:uctu|cisla|profilu)|novy ucet|"
        r"druhy ucet"
    ): "from a new account",
    r"sledovat|sleduj|jit za (?:ni|nim)|pronasledovat": "follow",
    r"pockat|pockej|cekat|cekej|pockam": "wait",
    r"obejmout|obejmi|objeti|objet|objimat|obejmul\w*|pomazlit": "a hug",
    r"polibit|polib|pusu|pusa|pusinku|libat|polibek": "a kiss",
    r"dotknout se|dotkni se|dotykat|sahnout|sahat|osahavat|pohladit|hladit": "touch",
    r"(?:chytit|drzet|vzit) (?:ji |ho )?za ruku": "hold her hand",
    r"masaz\w*|namasirovat|masirovat": "a massage",
    r"svezt|odvezt|hodit me|svez me|odvez me|zavezt": "give me a lift",
    r"ridit|rid|za volantem": "drive",
    r"potkat|setkat se|sejit se|sejdeme se|schuzk\w*": "meet",
    r"na rande|rande|randit": "on a date",
    r"jit se mnou ven|jit ven|vyrazit ven": "go out with me",
    r"vyhrozovat|vyhroz|zastrasit|strasit|vydirat": "threaten",
    r"donutit|nutit|prinutit|prikazat": "make them",
    r"naleh(?:at|nout|al\w*)|tlacit na": "insist",
    r"zebrat|vyzebrat|skemrat|vyskemrat": "beg",
    r"pomoct|pomoci|pomuze|pomoz|pomoh\w*": "help",
    r"jit|jet|zajit|zajet": "go",
    r"pujde|pojede|pujdes|pojedes": "go",
    (
        r"chtit (?:po|od)|chci (?:po|od)|chtel\w* (?:po|od)|vyzadat(?: si)?|rict si o|reknu si o"
    ): "ask for",
    r"poprosil\w*|prosim te|prosil\w*|zeptas se|zeptame se|ptal\w* se|ptam se": "ask",
    r"otravovat|otravuj|otravoval\w*|prudit|obtezovat|dotirat|vnucovat se": "keep asking",
    (
        r"dokud (?:mi )?(?:nerekne|nekyvne|nesvoli|nepovoli)(?: ano| jo)?|dokud neustoupi"
    ): "until she says yes",
    r"osahat|osahal\w*|plesknout|placnout|stipnout|chytit za (?:zadek|prsa|koleno|stehno)": "touch",
    r"hodit to na|nahodit na|postnout na|sdilet na": "post it online",
    r"natacim|natocim|nahraju|natocil\w*": "film",
    r"vyfotim|fotim|fotil\w*": "a photo",
    r"oklamat|oklamu|nakecat|nakecam": "lie",
    r"napisu|pisu|napisal\w*|pisal\w*|esemeskovat|chatovat|dmnout|dmkovat": "text",
    r"zvat|zvu|zve|zvala|zval|zvali|zvat ji|zvat ho": "invite",
    r"zjistit|zjistim|zjistil\w*|vyzvedet|vyzvidat|vypatrat": "find out",
    # people
    (
        r"ciz(?:i|iho|imu|im|ich|ince|inec|inci|incem)|neznam(?:y|a|eho|ou|emu|e|ych)|neznameho"
    ): "a stranger",
    r"kolemjdouci(?:ho|mu|ch)?|nahodn\w* (?:lidi|cloveka|holku|zenu|chlapa)": "a passer-by",
    r"chlap\w*|muz(?:e|i|em|ovi)?|typk\w*|typek|pan(?:a|ovi|em)": "a man",
    r"zen(?:a|u|e|ou|y|sk\w*)|pani|slecn\w*|damu|dama": "a woman",
    (
        r"moj(?:e|i|i) holk\w*|moji pritelkyni|moje pritelkyne|moje zena|moji zenu|"
        r"muj manzel\w*|moje manzelk\w*|moji manzelku|muj pritel|meho pritele|manzel\w*"
    ): "my partner",
    r"holk\w*|divk\w*|devce|devcat\w*": "a girl",
    r"kluk\w*|chlapec|chlapc\w*|hoch\w*": "a boy",
    r"dit(?:ete|eti|etem)|deti|detem|detmi|nezletil\w*|puber\w*": "a child",
    r"nekdo|nekoho|nekomu|nekym|lidi|lidem|clovek|cloveka|cloveku": "someone",
    r"cisnik\w*|obsluh\w*": "the waiter",
    r"cisnic\w*|servirk\w*": "the waitress",
    r"pokladn\w*|u kasy": "the cashier",
    r"prodavac\w*|prodavack\w*|prodejc\w*|prodavajic\w*": "the shop assistant",
    r"barist\w*|barman\w*|barmank\w*": "the barista",
    r"ridic\w*|taxikar\w*": "the driver",
    r"zdravotn\w*(?: sestr\w*)?|sestrick[au]": "the nurse",
    r"doktor\w*|lekar\w*|lekark\w*|zubar\w*|lekarnic\w*": "the doctor",
    r"ucitel\w*|profesor\w*|trener\w*|lektor\w*|vyucujic\w*": "the teacher",
    r"recepcn\w*|vratn\w*": "the receptionist",
    r"hlidac\w*|ochrank\w*|ochranka|security": "the guard",
    r"kadern\w*|holic\w*|kosmeticka": "the hairdresser",
    r"kuryr\w*|doruc\w*|rozvozc\w*|postak\w*|postacka": "the delivery driver",
    r"zakazni\w*|klient\w*": "a customer",
    r"pacient\w*": "a patient",
    r"zak(?:a|ovi|em|yne|yni|ym|um|y)?|zaci|student\w*|ucn\w*|svereneck\w*": "a student",
    r"(?:muj|meho|moje|moji|mym) (?:zamestnan\w*|podrizen\w*|brigadnik\w*)": "my employee",
    r"podrizen\w*": "my subordinate",
    r"zamestnan\w*|brigadnik\w*|praktikant\w*": "an employee",
    r"koleg(?:a|u|ovi|y|yne|yni|ou|ove|ynim|um)|spolupracovni\w*": "a colleague",
    (
        r"sef(?:a|ovi|em|ova|ovou|ove|ku)?|nadrizen\w*|vedouc\w*|manazer\w*|reditel\w*|mistr\w*"
    ): "the boss",
    r"pronajimatel\w*|majitel\w* bytu|majitel\w*|domac(?:i|iho|imu)": "the landlord",
    r"najemni\w*|podnajemni\w*|spolubydlic\w*": "the tenant",
    r"soused\w*|sousedk\w*": "the neighbour",
    (
        r"kamarad\w*|kamos\w*|kamoska|kamosk\w*|pritel(?:e|i|em)?|pritelkyn\w*|"
        r"znam(?:y|eho|emu|ou|a)"
    ): "a friend",
    (
        r"(?:muj|moje|meho|moji|me) (?:ex|bysval\w*|byval\w*|expritel\w*|expritelkyn\w*)|"
        r"expritel\w*|expritelkyn\w*|bysval\w*"
    ): "my ex",
    (
        r"mam(?:u|e|y|ou|inku|ka|i)|mamk\w*|matk\w*|tat(?:a|u|ovi|y|ou|ka|kovi)|tatk\w*|otc\w*|"
        r"otec|rodic\w*|sestr\w*|bratr\w*|brach\w*|babick\w*|babi|deda|dedou|dedecek|dedeck\w*|"
        r"vnuk\w*|vnuck\w*|vnoucat\w*|syn(?:a|ovi|em)|dcer\w*|bratran\w*|sestrenic\w*|"
        r"tet(?:a|u|y|e|ou|ince|ka)|stryc\w*|stryck\w*|svagr\w*|tchyn\w*"
    ): "my family",
    r"policajt\w*|polda|poldu|poldy|policist\w*|mestak\w*": "a police officer",
    r"revizor\w*|revizak\w*|pruvodci|kontrolor\w*": "the ticket inspector",
    r"spolucestujic\w*|spolujezdkyn\w*|spolujezdec|nekoho na ulici|lidi na ulici": "a stranger",
    r"uklizec\w*|uklizeck\w*|pani na uklid": "the cleaner",
    r"kuchar\w*|kucharka|kucharku": "the cook",
    r"letusk\w*|stevard\w*": "the attendant",
    r"byval(?:a|ou|e|ka|ku|ce|kou|eho|emu|ym|y)|bejval(?:ka|ku|ce|kou|a|ou|ej|yho|ymu)": "my ex",
    r"(?:jeji|jejiho) (?:pritel\w*|kluk\w*|chlap\w*|muz\w*|manzel\w*)": "her boyfriend",
    r"segr\w*|fotr\w*|mamc\w*|mamin\w*|tatin\w*|bracha|brachov\w*|dedu|dedovi": "my family",
    r"muj syn|moje dcera|moje dite|me dite|mou dceru|meho syna": "my child",
    r"holcin\w*|slecinku|zenskou|zenske|zenskym": "a girl",
    r"chlapik\w*|borec|cizak\w*|pan(?:a|ovi) na ulici": "a man",
    # what is asked
    (
        r"penez\w*|penize|prachy|prachu|hotovost\w*|drobn\w*|korun\w*|kc|kacek|stovk\w*|"
        r"petistovk\w*|litr\w*|tisic\w*|eur\w*|dolar\w*"
    ): "money",
    r"zadarmo|zdarma|gratis|bez placeni|na ucet podniku": "for free",
    r"slev\w*|levnej\w*|zlevn\w*": "a discount",
    r"na dluh|na sekeru|na splatky|na cernou": "on credit",
    r"(?:jeji|jeho|jejich) (?:cisl\w*|telefon\w*|mobil\w*)": "her phone number",
    r"telefonn\w* cisl\w*|cislo na (?:ni|nej|tebe)|cislo|cisla|telefon|mobil": "phone number",
    r"kde bydli|(?:jeji|jeho) adres\w*": "her home address",
    r"adres\w*": "an address",
    r"(?:jeji|jeho) (?:insta\w*|ig|facebook|fb|snap\w*|ucet|profil)": "her instagram",
    r"na veceri|veceri": "for dinner",
    r"na kafe|na kavu": "for a coffee",
    r"na pivo|na drink|na vino|na skleni\w*": "for a drink",
    r"kafe|kav(?:a|u|y)|kaficko": "a coffee",
    r"piv(?:o|a|ko|em)|drink\w*|vino|panak\w*|panaka": "a drink",
    r"hezk\w*|krasn\w*|pekn\w*|sexy|atraktivn\w*|kocka": "attractive",
    r"oskliv\w*|hnusn\w*": "ugly",
    r"tlust\w*|tlouste|tlusty|tlusta|obezn\w*|kolik vazi|kolik vazis": "fat",
    r"hubenej?\w*|vyhubl\w*": "thin",
    r"star(?:y|a|ej|si)|kolik (?:mi|je mu|je ji) let": "old",
    r"znovu|zase|opet|jeste jednou|jeste jednou|podruhe|potreti|zas": "again",
    (
        r"(?:i kdyz|prestoze|ackoli|ackoliv) (?:uz )?(?:(?:mi )?rekl\w* (?:ze )?ne|odmitl\w*)"
    ): "even though she said no",
    r"(?:mi )?rekl\w* (?:ze )?ne|odmitl\w*": "said no",
    r"v noci|o pulnoci|pozde v noci|nad ranem": "at night",
    r"sam(?:a|otn\w*|i)|o samote|mezi ctyrma ocima|jen my dva": "alone",
    r"opil\w*|ozral\w*|namol|v lihu|nalit\w*|po par pivech|vozral\w*": "drunk",
    r"tajemstv\w*|tajn\w*": "a secret",
    r"vymluv\w*|zaminkou|zamink\w*": "an excuse",
    (
        r"bez (?:jejiho |jeho )?(?:svoleni|vedomi|ptani)|potaj\w*|tajne|skryt\w*|"
        r"aby (?:to )?nevedel\w*|aby si nevsiml\w*"
    ): "without them knowing",
    r"jinak|nebo jinak": "or else",
    r"(?:za|na|po) (?:zadek|zadku|prdel|prdelce|prsa|koleno|stehno)": "touch her bottom",
    r"zadek|zadku|zadkem|prdel|prdelk\w*|prsa|prsou": "her bottom",
    r"instac\w*|igcko|ig ucet": "instagram",
    r"(?:pred|u) vsema|pred vsemi|pred lidma|verejne|pred kolegama": "in front of everyone",
    r"pres (?:jeji|jejiho|jeho) (?:kamarad\w*|kamos\w*|pritel\w*|kolegyn\w*)": "through her friend",
    r"dluzis mi|jsi mi dluzn\w*|mas u me|to mi dluzis": "you owe me",
    r"porad dokola|znovu a znovu|furt dokola|kazdy den|denne|porad": "again",
    (
        r"(?:i kdyz|prestoze|ackoli) (?:nechce|nechtela|nechtel|nema zajem)"
    ): "even though she said no",
    r"jestli (?:jsem|nejsem)|zda (?:jsem|nejsem)|jestli vypadam|jestli nevypadam": "if i look",
    r"opravit|oprav(?:i|il|ila|ili|te)?|spravit|sprav(?:i|il|ila)?": "repair",
    r"pridani|pridat (?:na )?plat\w*|zvyseni platu|pridat mi|vyssi plat": "a raise",
    r"volno|den volna|volny den|dovolen\w*|nahradni volno": "a day off",
    r"kudy|cestu (?:na|do|k|ke)|jak se dostanu|jak se dostat|navigovat": "directions",
    r"doporucit|doporuc(?:i|il|ila|ili|te|enou)?|doporuceni|poradit|poradi|poradil\w*": "recommend",
    r"vratit penize|vraceni penez|reklamac\w*|reklamovat": "a refund",
    # function words
    r"jestli|zda|jestlipak": "if",
    r"kdyby|pokud|kdyz": "if",
    r"aby": "so that",
    r"protoze|jelikoz|nebot": "because",
    r"i kdyz|prestoze|ackoli|ackoliv|prestoze": "even though",
    r"bez": "without",
    r"se mnou": "with me",
    r"s ni": "with her",
    r"s nim": "with him",
    r"muj|moje|meho|mou|mym|moji|memu": "my",
    r"tvuj|tvoje|tveho|tvou|tvym|tvoji": "your",
    r"jeji": "her",
    r"jeho": "his",
    r"jejich": "their",
    r"mne": "me",
    r"ne": "no",
    r"ano": "yes",
}
