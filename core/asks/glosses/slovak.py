"""Slovak words an ask turns on, in the English the rules read (`core.asks.gloss`).
Words spelt as in Czech are in `czech`; these are the Slovak forms."""

GLOSSES: dict[str, str] = {
    # asking and telling
    r"opytat(?: sa)?|opytaj(?:te)? sa|spytat(?: sa)?|spytaj sa|pytat sa|pytaj sa|opytam sa": "ask",
    r"poziadat|poziadaj|poziadam|poziadal\w*|poprosit|poprosim|popros|prosit": "ask",
    r"povedat|povedz(?:te)?|poviem|povedal\w*": "tell",
    r"pozvat|pozvi|pozviem|pozval\w*": "invite",
    r"pozicat|pozicaj|pozicia\w*|pozicku|pozicka|pozicanie|pozical\w*": "lend me",
    r"dat mi|daj mi|dajte mi|dal\w* mi|darovat": "give me",
    r"vratit|vrat|vratil\w*": "give back",
    r"kupit|kup|kupil\w*|kupi": "buy",
    r"zaplatit|zaplat|zaplatil\w*|platit|plati": "pay",
    r"zavolat|zavolaj|volat|zavolam": "call",
    r"napisat|napis|napisem|pisat|spravu|esemesk\w*": "text",
    r"natocit|natoc|natacat|nahrat|nahravat|nahraj|filmovat|zfilmovat": "film",
    r"odfotit|odfot|fotit|vyfotit|odfotil\w*|fotk\w*": "a photo",
    r"zverejnit|zverejni|zdielat|postnut|hodit na": "post it online",
    r"predstierat|predstieral\w*|robit sa|vydavat sa za|vydat sa za|hrat sa na": "pretend to be",
    r"klamat|klam(?:e|em|al\w*)|oklamat|zaklamat|luhat|cigan\w*": "lie",
    r"klamstv\w*|falosn\w*|vymysl\w*": "a lie",
    r"zablokoval\w*(?: ma| si ma)?|ma ma zablokovan\w*": "blocked me",
    (
        r"(?:z|zo) (?:noveho|ineho|falosneho|druheho) (?:uctu|cisla|profilu)|novy ucet"
    ): "from a new account",
    r"sledovat|sleduj|ist za (?:nou|nim)|prenasledovat": "follow",
    r"pockat|pockaj|cakat|cakaj": "wait",
    r"objat|objim\w*|objatie|objal\w*|vyobjimat": "a hug",
    r"pobozkat|pobozkaj|bozkat|bozk\w*|pusu|pusa": "a kiss",
    r"dotknut sa|dotkni sa|dotykat|siahnut|siahat|ohmatat|pohladkat|hladkat|chytat": "touch",
    r"(?:chytit|drzat|zobrat) (?:ju |ho )?za ruku": "hold her hand",
    r"masaz\w*|namasirovat|masirovat": "a massage",
    r"odviezt|zviezt|odvez ma|zvez ma|hodit ma|odvoz": "give me a lift",
    r"soferovat|riadit|za volantom": "drive",
    r"stretnut sa|stretnut|stretneme sa|stretnutie": "meet",
    r"na rande|rande": "on a date",
    r"ist so mnou von|ist von": "go out with me",
    r"vyhrazat|vyhraz|zastrasit|strasit|vydierat": "threaten",
    r"donutit|nutit|prinutit|prikazat": "make them",
    r"naliehat|naliehal\w*|tlacit na": "insist",
    r"zobrat|zobrak\w*|vyprosit|zobronit": "beg",
    r"pomoct|pomoze|pomoz|pomohol|pomohla": "help",
    r"ist|zajst|pojst": "go",
    r"pojde|pojdes": "go",
    (
        r"vypytat si|vypytaj si|vypytam si|pytat si|pytam si|pytat od|pytaj od|vypytal\w* si"
    ): "ask for",
    r"opytal\w* sa|spytal\w* sa|pytal\w* sa|poprosil\w*|poziadala|opytas sa|pytas sa": "ask",
    r"tvarit sa (?:ako|ze)|tvari sa (?:ako|ze)|robit sa ako|hrat sa na|vydavat sa": "pretend to be",
    r"otravovat|otravuj|obtazovat|dotierat|vnucat sa|naliehat stale": "keep asking",
    (
        r"(?:kym|pokial|az kym|dokial) (?:mi )?(?:nepovie|neprikyvne|nesuhlasi)(?: ano| hej)?"
    ): "until she says yes",
    r"osahat|osahavat|ohmatavat|stipnut|plesnut|(?:za|po|na) (?:zadok|zadku|prsia|koleno)": "touch",
    r"zadok|zadku|prsia": "her bottom",
    (
        r"(?:dat|hodit|postnut|zdielat)(?: to)? na (?:net|internet|insta\w*|facebook|fb|tiktok"
        r"|youtube|instagram\w*)"
    ): "post it online",
    r"dat to na|hodit to na|postnut na|zdielat na": "post it online",
    r"natocim|nahram|natocil\w*": "film",
    r"oklamem|oklamal\w*|nakecat|kecat mu": "lie",
    r"napisem|pisem|napisal\w*|pisal\w*|chatovat|esemeskovat": "text",
    r"zistit|zistim|zistil\w*|vyzvediet|vypatrat": "find out",
    # people
    (
        r"cudz(?:i|ieho|iemu|im|incovi|inca|inec|inka|inku|ich)|neznam(?:y|a|eho|u|emu|ych)"
    ): "a stranger",
    r"okoloiduc\w*|nahodn\w* (?:ludi|cloveka|zenu|chlapa|babu)": "a passer-by",
    r"chlap\w*|muz(?:a|ovi|om)?|pan(?:a|ovi|om)": "a man",
    r"zen(?:a|u|e|ou|y)|pani|slecn\w*|babu|baba": "a woman",
    (
        r"moj(?:a|u) priatelk\w*|moj priatel|mojho priatela|moj manzel\w*|moju manzelku|"
        r"moja manzelka|moja zena|manzel\w*"
    ): "my partner",
    r"dievc\w*|diev(?:ca|cat\w*)|bab(?:y|e)": "a girl",
    r"chlapc\w*|chlapec|chalan\w*|kluk\w*": "a boy",
    r"diet(?:a|ata|atu|atom)|deti|detom|detmi|malolet\w*": "a child",
    r"niekto|niekoho|niekomu|niekym|ludi|ludom|cloveka|cloveku": "someone",
    r"casnik\w*|obsluh\w*": "the waiter",
    r"casnicka|casnick\w*|serviserk\w*": "the waitress",
    r"pokladnic\w*|pokladnik\w*|pri pokladni": "the cashier",
    r"predavac\w*|predavack\w*|predajc\w*": "the shop assistant",
    r"vodic\w*|sofer\w*|taxikar\w*": "the driver",
    r"sestricka|sestricku|zdravotn\w*": "the nurse",
    r"lekar\w*|lekark\w*|doktor\w*|zubar\w*|lekarnik\w*|lekarnicka": "the doctor",
    r"ucitel\w*|profesor\w*|trener\w*|lektor\w*": "the teacher",
    r"recepcn\w*|vratnik\w*": "the receptionist",
    r"strazn\w*|ochrank\w*|ochrankar\w*|sbskar\w*": "the guard",
    r"kadernic\w*|kadernik\w*|holic\w*": "the hairdresser",
    r"kurier\w*|dorucovatel\w*|postar\w*|postarka": "the delivery driver",
    r"zakazni\w*": "a customer",
    r"pacient\w*": "a patient",
    r"ziak\w*|ziac\w*|ziacka|ziacku|student\w*|studentk\w*": "a student",
    r"(?:moj|mojho|moju|moja|mojich) (?:zamestnan\w*|podriaden\w*|brigadnik\w*)": "my employee",
    r"podriaden\w*": "my subordinate",
    r"zamestnan\w*|brigadnik\w*": "an employee",
    r"kolegyn\w*|kolegu|kolegovi|kolega|spolupracovni\w*": "a colleague",
    r"sef(?:a|ovi|om|ka|ku|ke|ovou)?|nadriaden\w*|veduc\w*|manazer\w*|riaditel\w*": "the boss",
    r"prenajimatel\w*|majitel\w* bytu|majitel\w*|domac(?:i|eho|emu)": "the landlord",
    r"najomnik\w*|podnajomnik\w*|spolubyvajuc\w*": "the tenant",
    r"sused\w*|suseda|susedk\w*": "the neighbour",
    (
        r"kamarat\w*|kamos\w*|kamoska|priatel(?:a|ovi|om)?|priatelk\w*|znam(?:y|eho|emu|u|a)"
    ): "a friend",
    r"(?:moj|moju|mojho|moja) (?:ex|byval\w*|expriatel\w*)|expriatel\w*": "my ex",
    (
        r"mam(?:u|e|y|ou|ka|ke)|mamk\w*|matk\w*|ocin\w*|otc\w*|otec|tat(?:a|ovi|u|ko)|rodic\w*|"
        r"sestr\w*|brat(?:a|ovi|om|ia)|babk\w*|babic\w*|dedk\w*|dedo|vnuk\w*|vnucka|"
        r"syn(?:a|ovi|om)|dcer\w*|bratran\w*|sesternic\w*|tet(?:a|u|e|ou)|stryk\w*|ujo|uja|"
        r"ujovi|svokr\w*|svagr\w*"
    ): "my family",
    r"spolucestujuc\w*|niekoho na ulici|ludi na ulici|cudzinc\w*|cudzink\w*": "a stranger",
    r"upratovac\w*|upratovack\w*": "the cleaner",
    r"kuchar\w*|kucharka|kucharku": "the cook",
    r"byval(?:a|u|ej|ou|y|eho|emu|ym|ou)|expriatelk\w*|bejval\w*": "my ex",
    r"(?:jej|jejho) (?:priatel\w*|frajer\w*|chalan\w*|muz\w*|manzel\w*)": "her boyfriend",
    r"frajerk\w*|moja frajerka|moju frajerku|moj frajer|mojho frajera": "my partner",
    r"segra|segru|sestrick\w*|mamin\w*|ocko|ocka|ockovi|brat|bratom": "my family",
    r"moj syn|moja dcera|moje dieta|moju dceru|mojho syna": "my child",
    r"babenk\w*|babenka|zensku|zenska|slecinku": "a girl",
    r"chlapik\w*|typek|typka|typkovi|pan(?:a|ovi) na ulici": "a man",
    # what is asked
    (
        r"peniaz\w*|prachy|hotovost\w*|drobn\w*|eur\w*|stovk\w*|dvadsiatk\w*|desiatk\w*|"
        r"tisic\w*"
    ): "money",
    r"zadarmo|zdarma|gratis|bez platenia|na ucet podniku": "for free",
    r"zlav\w*|lacnejsie|zlacn\w*": "a discount",
    r"na dlh|na splatky|na ciernu": "on credit",
    r"(?:jej|jeho|ich) (?:cisl\w*|telefon\w*|mobil\w*)": "her phone number",
    r"telefonn\w* cisl\w*|cislo na (?:nu|neho|teba)|cislo|cisla": "phone number",
    r"kde byva|(?:jej|jeho) adres\w*": "her home address",
    r"na veceru|veceru": "for dinner",
    r"na kavu": "for a coffee",
    r"na pivo|na drink|na vino": "for a drink",
    r"kav(?:a|u|y|icku)": "a coffee",
    r"piv(?:o|a|ko|om)|drink\w*|vino|poldecak\w*|panak\w*": "a drink",
    r"pekn\w*|krasn\w*|sexi|atraktivn\w*|zlat\w*": "attractive",
    r"skared\w*|skarad\w*|skaredy|skareda": "ugly",
    r"tlst\w*|obezn\w*|kolko vazi": "fat",
    r"chud(?:y|a|e|ej|si)|vychudnut\w*": "thin",
    r"star(?:y|a|si|sia)|kolko (?:ma|mi je) rokov": "old",
    r"znova|zase|opat|este raz|este raz|druhykrat|po druhy raz": "again",
    (
        r"(?:aj ked|hoci|napriek tomu ze) (?:uz )?(?:(?:mi )?povedal\w* (?:ze )?nie|odmietl\w*)"
    ): "even though she said no",
    r"(?:mi )?povedal\w* (?:ze )?nie|odmietl\w*|odmietla ma": "said no",
    r"v noci|o polnoci|neskoro v noci|nadranom": "at night",
    r"sam(?:a|otn\w*|i)|osamote|medzi styrmi ocami|len my dvaja": "alone",
    r"opit\w*|ozrat\w*|nadrat\w*|pod parou|po par pivach": "drunk",
    r"tajomstv\w*|tajn\w*|potajomky|tajne": "a secret",
    r"vyhovork\w*|zamienk\w*|pod zamienkou": "an excuse",
    (
        r"bez (?:jej |jeho )?(?:suhlasu|vedomia|pytania)|aby (?:to )?nevedel\w*|"
        r"aby si nevsim\w*"
    ): "without them knowing",
    r"(?:pred) (?:vsetkymi|ludmi|kolegami)|verejne|na verejnosti": "in front of everyone",
    r"cez (?:jej|jeho|jejho) (?:kamarat\w*|kamos\w*|priatel\w*|kolegyn\w*)": "through her friend",
    r"dlhujes mi|si mi dlzn\w*|mas u mna|to mi dlhujes": "you owe me",
    r"stale dokola|znova a znova|stale|furt|kazdy den|denne|kazdu chvilu": "again",
    (
        r"(?:aj ked|hoci|napriek tomu ze) (?:nechce|nechcela|nechcel|nema zaujem)"
    ): "even though she said no",
    r"ci (?:som|nie som)|ci vyzeram|ci nevyzeram": "if i look",
    r"opravit|oprav(?:i|il|ila|ili|te)?|spravit|sprav(?:i|il|ila)?": "repair",
    r"zvysenie platu|pridanie|pridat (?:mi )?na plate|vyssi plat|pridat mi": "a raise",
    r"volno|den volna|volny den|dovolenk\w*|nahradne volno": "a day off",
    r"cestu (?:na|do|k|ku)|ako sa dostanem|ako sa dostat|kade sa ide": "directions",
    r"odporucit|odporuc(?:i|il|ila|ili|te)?|odporucanie|poradit|poradi|poradil\w*": "recommend",
    r"vratit peniaze|vratenie penazi|reklamaci\w*|reklamovat": "a refund",
    r"pokut\w*": "a fine",
    # function words
    r"ci|ak|keby|pokial": "if",
    r"ked": "when",
    r"lebo|pretoze|kedze": "because",
    r"aj ked|hoci|napriek tomu ze": "even though",
    r"so mnou": "with me",
    r"s nou": "with her",
    r"moj|moja|moje|mojho|moju|mojej|mojmu|mojim": "my",
    r"tvoj|tvoja|tvoje|tvojho|tvoju": "your",
    r"jej": "her",
    r"mna|mne": "me",
    r"nie": "no",
    r"ano|hej": "yes",
}
