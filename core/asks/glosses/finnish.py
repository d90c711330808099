"""Finnish words an ask turns on, in the English the rules read (`core.asks.gloss`)."""

GLOSSES: dict[str, str] = {
    # asking and telling
    r"kysy|kysya|kysyn|kysyisin|kysyt|kysyy|kysymaan|kysymassa|kysele|kysella": "ask",
    r"pyyda|pyytaa|pyydan|pyytaisin|pyytamaan|pyydetaan": "ask",
    r"sano|sanoa|sanon|sanoisin|sanomaan|kerro|kertoa|kerron|kertomaan": "tell",
    r"kutsu|kutsua|kutsun|kutsumaan": "invite",
    r"pyytaa ulos|pyyda ulos|kysya ulos|kysy ulos": "ask out",
    r"pyytaa treffeille|pyyda treffeille|kysya treffeille|kysy treffeille": "ask out on a date",
    r"lainaa minulle|lainaisi|lainaamaan": "lend me",
    r"saisinko lainata|lainata|lainaan": "borrow",
    r"antaa|antaisi|antamaan|annan": "give",
    r"antaisi minulle|antaa minulle|anna minulle|antaa mulle|anna mulle": "give me",
    r"lahjoita|lahjoittaa": "give",
    r"maksa|maksaa|maksaisi|maksamaan|maksan": "pay",
    r"maksaa minulle|maksa minulle|maksaisi mun|maksaa minun|maksaa mun": "pay for my",
    r"tarjoa|tarjoaa|tarjoaisi|tarjoamaan": "buy me",
    r"ostaa|osta|ostaisi|ostamaan|ostan": "buy",
    r"(?:ostaa|osta|ostaisi|ostamaan) (?:minulle|mulle)": "buy me",
    r"voisiko (?:han|se)|voisitko|voisiko": "whether they could",
    r"soita|soittaa|soitan|soittamaan|soittele": "call",
    r"laittaa viestia|laita viesti|tekstaa|tekstata|tekstaan|viestita|viestittele": "message",
    r"lahettaa viestin|lahetan viestin|laheta viesti": "send a message",
    r"kuvaa|kuvata|kuvaan|kuvaamaan|kuvaisin|videoi|videoida|videoin": "film",
    r"nauhoita|nauhoittaa|nauhoitan|aanita|aanittaa": "record",
    r"salaa nauhoittaa|salaa nauhoita|salaa kuvata|salaa kuvaa": "secretly film",
    r"ottaa kuvan|ottaa kuvia|ota kuva|valokuvaa|valokuvata": "take a photo",
    (
        r"laittaa nettiin|laita nettiin|julkaise|julkaista|julkaisen|postaa|postata|postaan"
    ): "post it online",
    r"jakaa somessa|jaan somessa|jaa somessa": "post it online",
    r"suorana lahetyksena|striimaa|striimata|striimaan|livena": "livestream",
    r"teeskentele|teeskennella|teeskentelen|esita|esittaa|esitan": "pretend to be",
    r"valehtele|valehdella|valehtelen|valehdellen": "lie",
    r"keksitty syy|feikki syy|valhe|valheen|valheella": "a lie",
    r"feikkaa|feikata|feikkaan|feikki": "fake",
    r"blokannut minut|blokkasi minut|estanyt minut|blokkas mut|esti minut": "blocked me",
    r"estetty|blokattu|blokkas": "blocked",
    r"seuraa|seurata|seuraan|seuraamaan": "follow",
    r"odota|odottaa|odotan|odottamaan": "wait for",
    r"kysyin|kysyi|kysyisit|kyselen|kyselis|kysellyt|kysyn silta": "ask",
    r"pyysin|pyysi|pyytelen|pyydella|pyytais|pyydan silta": "ask",
    (
        r"jankuttaa|jankkaa|jankata|jankutan|ahdistella|ahdistele|ahdistelen|hairita|hiillostaa|"
        r"nalkuttaa|painostaa|painosta"
    ): "keep asking",
    (
        r"kunnes (?:han |se )?(?:suostuu|sanoo kylla|myontyy|taipuu|antaa periksi)"
    ): "until she says yes",
    r"vaikka (?:han |se )?ei (?:halua|haluais|haluaisi|tykkaa)": "even though she said no",
    r"laap+i\w*|kahmi\w*|kourai\w*|kopeloi\w*|lapsy\w*|hipelo\w*|nipisty\w*|kahmaise\w*": "touch",
    r"tuntematon\w*|vieras(?:ta|ta naista|ta tyttoa)|random tyyp\w*|joku random\w*": "a stranger",
    r"pummaa|pummata|pummaan|pummaamaan|pummi\w*|kerjaamaan": "beg",
    r"vipata|vippaa|vippaan|vippi\w*|lainaamaan rahaa": "a loan",
    r"kuvaan salaa|kuvaisin salaa|nauhoitan salaa|kuvaamaan salaa": "secretly film",
    (
        r"laitan nettiin|laittaa somee|laita somee|laitan somee|tiktokiin|instaan|"
        r"laitan tiktokiin"
    ): "post it online",
    r"valehtelin|valehtelisin|huijata|huijaa|huijaan|jallittaa|jallita|narrata": "lie",
    (
        r"laitan viestia|laittaa dm|laitan dm|dm:aa|dmaa|viestittelen|tekstailen|snappaa|snapata"
    ): "message",
    r"selvittaa|selvita|selvitan|urkkia|urkin|urkkimaan|ottaa selvaa": "find out",
    # touch and closeness
    r"halaa|halata|halaan|halaamaan|halaus|halauksen|halauksia": "a hug",
    r"suutele|suudella|suutelen|suudelma|suukko|suukon|pusu|pusun|pussaa|pussata": "a kiss",
    r"koske|koskea|kosken|koskettaa|kosketa|kosketan|koskemaan|koskettamaan": "touch",
    r"pitamaan kadesta|pitaa kadesta|pida kadesta|kasi kadessa": "hold hands",
    r"hiero|hieroa|hieron|hieromaan|hieronta|hieronnan": "massage",
    r"hartioita|hartiat|hiuksia|hiukset": "shoulders",
    # going out, driving, meeting
    r"treffit kanssani|treffit|treffeille|treffeilla": "a date",
    r"tapaa|tavata|tapaan|tapaamaan|tapaisi": "meet",
    r"lahtea ulos|lahde ulos|menna ulos": "go out",
    r"illalliselle|illallinen|illallisen|syomaan": "dinner",
    r"drinkille|drinkki|drinkin|oluelle|kaljalle": "a drink",
    r"kahville|kahvi|kahvin|kahviin": "a coffee",
    r"ajaa autoa|aja autoa|ajaa|ajamaan|ajaisin": "drive",
    r"kyyti|kyydin|kyydilla|liftaa|liftata": "a ride",
    # pressure
    r"uhkaa|uhata|uhkaan|uhkaisin": "threaten",
    r"pakota|pakottaa|pakotan|pakottamaan": "make them",
    r"vaadi|vaatia|vaadin|inttaa|intan": "insist",
    r"anele|anella|anelen|kerjaa|kerjata|kerjaan|ruinaa|ruinata": "beg",
    r"en puhu hanelle enaa|en puhu sille enaa|en puhu enaa": "i will never talk to her again",
    r"muuten": "or else",
    # people
    r"vierasta miesta|vieras mies|tuntematon|tuntemattom\w*|vieraalta|vieraalle": "a stranger",
    r"ventovieras\w*|tuntematta": "a stranger",
    r"ohikulkija\w*|ohikulkijo\w*": "a passer-by",
    r"joku|joltain|joltakin|jollekin|jollekulle|jotakuta|jonkun": "someone",
    r"mies|miehelta|miehelle|miesta|miehen": "a man",
    r"nainen|naiselta|naiselle|naista|naisen": "a woman",
    r"tytto|tytolta|tytolle|tyttoa|tyton": "a girl",
    r"poika|pojalta|pojalle|poikaa|pojan": "a boy",
    r"lapsi|lapselta|lapselle|lasta|lapsen|lapsia|lapset": "a child",
    r"tarjoilija\w*": "the waiter",
    r"kassa(?:lla|lta|lle|myyja\w*|tyontekija\w*)|kassaneiti\w*|kassatati\w*": "the cashier",
    r"kaupan myyja\w*|myyja\w*|myyjalta": "the shop assistant",
    r"kuljettaja\w*|kuski\w*|bussikuski\w*|taksikuski\w*": "the driver",
    r"sairaanhoitaja\w*|hoitaja\w*": "the nurse",
    r"laakari\w*": "the doctor",
    r"opettaja\w*|opelta|opelle|opettajalta": "the teacher",
    r"vastaanottovirkailija\w*": "the receptionist",
    r"vartija\w*|jarjestyksenvalvoja\w*|portsari\w*": "the guard",
    r"kampaaja\w*|parturi\w*": "the hairdresser",
    r"asiakas|asiakkaa\w*|asiakkaalta|asiakkaille": "a customer",
    r"potilas|potilaa\w*": "a patient",
    r"opiskelija\w*|oppilaa\w*|oppilas": "a student",
    r"alainen|alaise\w*|tyontekijani|tyontekija\w*": "my employee",
    r"tyokaveri\w*|kollega\w*|tyotoveri\w*": "my colleague",
    r"pomo\w*|esimie\w*|esihenkilo\w*": "my boss",
    r"vuokranantaja\w*|vuokraisanta\w*": "my landlord",
    r"vuokralainen|vuokralaise\w*": "my tenant",
    r"naapuri\w*": "my neighbour",
    r"kaveri\w*|ystava\w*|frendi\w*": "a friend",
    r"vaimo\w*|aviomie\w*|puoliso\w*|tyttoystava\w*|poikaystava\w*|kumppani\w*": "my partner",
    r"entinen|entiselta|entiselle|eksa\w*|eksalta": "my ex",
    r"aiti\w*|isa|isalta|isalle|sisko\w*|veli|veljelta|veljelle|mummo\w*|vaari\w*": "my family",
    r"poliisi\w*|kytta\w*|jarjestyspoliisi\w*": "a police officer",
    r"lipuntarkastaja\w*|tarkastaja\w*|konnari\w*|rahastaja\w*": "the ticket inspector",
    r"siivooja\w*": "the cleaner",
    r"kokki\w*|kokilta|kokille|kokin": "the cook",
    r"lentoemanta\w*|stuertti\w*": "the attendant",
    (
        r"kassatyt\w*|kassapoja\w*|kassapoika\w*|kassahenkilo\w*|kassaneidi\w*|kassaneiti\w*"
    ): "the cashier",
    r"baarimiko\w*|baarimikko\w*|baaritiski\w*|baarityontekija\w*": "the barista",
    r"(?:sen|hanen) (?:poikaystava\w*|miehe\w*|mies|tyttoystava\w*|puoliso\w*)": "her boyfriend",
    (
        r"mun lapsi|minun lapseni|lapseltani|lapselleni|tyttareni|tyttarelta\w*|poikani|pojaltani"
    ): "my child",
    r"mimmi\w*|misu\w*|muija\w*|gimma\w*|tipu\w*|beibi\w*": "a girl",
    r"tyyppi\w*|kundi\w*|aija\w*|ukko\w*|sedalta|sedalle": "a man",
    r"eksalta|eksalle|eksaa|ex-tyttoystava\w*|ex-poikaystava\w*|entiselle\w*|entiselta\w*": "my ex",
    r"mutsi\w*|faija\w*|isille|isilta|iska\w*|broidi\w*|mummi\w*|pappa\w*": "my family",
    r"jengi\w*|jengille|jengilta": "a friend",
    # what is asked
    r"rahaa|rahat|rahoja|rahan|rahoista": "money",
    r"euro|euroa|euron|eurot|vitonen|vitosen|kymppi|kympin|satanen|satasen": "money",
    r"ilmaiseksi|ilmaista|ilmainen|ilmaisen|maksamatta": "for free",
    r"alennus|alennusta|alennuksen|aleen": "a discount",
    r"laina|lainan|lainaa": "a loan",
    r"puhelinnumero\w*|numero|numeronsa|numeron|numeroa": "phone number",
    r"hanen puhelinnumeronsa|hanen numeronsa|sen numeron": "her phone number",
    r"missa han asuu|missa asuu|osoite|osoitteen|osoitteensa|kotiosoite\w*": "her home address",
    r"instansa|instagraminsa|somensa|snapinsa|snappinsa": "her instagram",
    (
        r"kaunis|kauniin|kaunii\w*|ruma|ruman|lihava|lihavan|laiha|laihan|viehattava\w*|"
        r"seksikas"
    ): "attractive",
    r"milta naytan|nayttaako|naytanko|ulkonako\w*": "how do i look",
    r"vanha|vanhan|vanhalta": "old",
    r"sen numero\w*|sen puhelinnumero\w*|hanen numero\w*|numeron silta": "her phone number",
    r"sen instan|sen insta\w*|sen somet|sen snapin|sen snapchat\w*": "her instagram",
    r"missa se asuu|sen osoite\w*|sen kotiosoite\w*": "her home address",
    (
        r"peppu\w*|takapuol\w*|perse(?:tta|eseen|ella|elle|een)?|pyllyy\w*|pylly\w*"
        r"|tissi\w*|rintoja"
    ): "her bottom",
    r"korjaa|korjata|korjaamaan|korjaisi|korjaisitko|korjauttaa|korjaus\w*": "repair",
    r"palkankorotu\w*|palkkaa lisaa|korotus\w*|lisaa palkkaa|isompaa palkkaa": "a raise",
    r"vapaapaiva\w*|vapaata|lomaa|lomapaiva\w*": "a day off",
    r"tieta|reittia|miten paasee|miten paasen|neuvomaan tie\w*|ajo-ohje\w*|missa on": "directions",
    r"suositel\w*|suosittele\w*|suositus\w*|vinkkaa|vinkata|vinkkaamaan": "recommend",
    r"rahat takaisin|rahojen palautus\w*|hyvitys\w*|palautus\w*|palauttaa rahat": "a refund",
    r"sakko\w*|sakot|sakon": "a fine",
    # again, no, blocks
    r"toisen kerran|viela kerran|uudestaan|uudelleen|taas|jalleen": "again",
    r"vaikka han sanoi (?:jo )?ei|vaikka han kieltaytyi|vaikka sanoi ei": "even though she said no",
    r"sanoi ei|kieltaytyi|kielsi": "said no",
    r"ettei halua|ei halua": "that she does not want",
    r"toiselta tililta|uudelta tililta|uudella tililla|uuden tilin|uusi tili": "from a new account",
    r"illalla myohaan|yolla|keskiyolla": "at night",
    # a worker's hours: "mihin aikaan hanen vuoronsa loppuu" (what time her shift ends)
    r"mihin aikaan|moneltako|monelta|mihin aikaan|mihin kellonaikaan": "what time",
    r"milloin": "when",
    (
        r"(?:hanen |sen )?(?:vuoronsa|tyovuoronsa|vuoro|tyovuoro|tyopaivansa)"
        r" (?:loppuu|paattyy)|(?:han |se )?(?:paasee|lahtee) toista"
        r"|(?:han |se )?lopettaa (?:tyot|toissa)"
    ): "her shift ends",
    r"tanaan": "today",
    r"tana iltana|tanaan illalla": "tonight",
    r"huomenna": "tomorrow",
    r"kahden kesken|yksin": "alone",
    r"humalassa|kannissa|juovuksissa|humala\w*": "drunk",
    r"kysymatta lupaa|salaa|huomaamatta|tietamatta": "secretly",
    r"salaisuus|salaisuuden": "a secret",
    (
        r"kaikkien edessa|kaikkien nahden|julkisesti|ihmisten edessa|muiden edessa"
    ): "in front of everyone",
    (
        r"(?:hanen|sen) (?:kaverin|ystavan|kamun) kautta|kaverin kautta|ystavan kautta"
    ): "through her friend",
    r"olet mulle velkaa|olet minulle velkaa|oot mulle velkaa|se on mulle velkaa": "you owe me",
    r"joka paiva|paivittain|jatkuvasti|koko ajan|kerta toisensa jalkeen|aina uudestaan": "again",
    r"olenko (?:lihava|ruma|vanha|laiha)|naytanko (?:lihavalta|rumalta|vanhalta)": "if i look fat",
    r"sille|silta": "her",
    r"sen kanssa": "with her",
    # function words
    r"jos|jollei": "if",
    r"etta": "that",
    r"kun": "when",
    r"siksi etta|koska": "because",
    r"vaikka": "even though",
    r"ilman": "without",
    r"kanssa|kanssani": "with me",
    r"minun|mun|mulle|minulle|minua|mua|mut|minut": "me",
    r"sinun|sulle|sinulle": "you",
    r"hanen|hanelta|hanelle|hanta": "her",
    r"heidan|heilta|heille": "them",
    r"kylla": "yes",
    r"ei enaa|enaa": "no longer",
}
