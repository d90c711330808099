"""Everyday Serbian, Croatian and Bosnian words around an ask (people, questions, places,
times, what is done), in the English the rules read (`core.asks.gloss`):
`core.asks.glosses.serbocroatian` holds the words an ask turns on. "đ" is written
"(?:đ|dj|d)", as there; the Latin spelling first, then a few Serbian Cyrillic words."""

_MY = r"(?:moj|moja|moje|mog|moga|mojoj|moju|mojeg|mom|mojem|mojim|moji)"
"""The forms of "my"."""

GLOSSES: dict[str, str] = {
    # people (Latin)
    r"muza|muzu|muzem": "my husband",
    r"decu|decom|djecu|djecom": "the kids",
    r"pokupi|pokupiti|pokupim": "pick up",
    r"iz skole|iz vrtica": "from school",
    r"starij(?:a|u|oj) (?:gospo(?:đ|dj|d)\w*|zen(?:a|u|i))|staric(?:a|u|i)|bakic(?:a|u|i)": (
        "an old lady"
    ),
    r"starij(?:i|eg|em|em) (?:gospodin\w*|covek\w*|covjek\w*|muskar\w*)|starac|starc(?:a|u)": (
        "an old man"
    ),
    r"cik(?:a|u|i|om)|cikic\w*": "a man",
    r"mlad(?:a|u|oj) (?:zen(?:a|u|i)|devojk\w*|djevojk\w*|gospo(?:đ|dj|d)ic\w*)": "a young woman",
    r"mladic(?:a|u|em)?": "a young man",
    r"malisan\w*|malisa|mal(?:o|og) dete|malo dijete": "a child",
    (
        r"(?:koji|koja|koju|sto|sta) (?:sedi|sjedi|je sedeo|je sjedio|je sedela|je sjedila) "
        r"(?:pored|do|kraj) mene"
    ): "the person sitting next to me",
    r"pored mene|kraj mene": "next to me",
    r"saputnik\w*|suputnik\w*|saputnic\w*|suputnic\w*|sused\w* u (?:autobusu|vozu|klupi)": (
        "my seatmate"
    ),
    r"(?:nekog(?:a)?|nekome|osob\w*|coveka|covjeka),? (?:koga|koju|kojeg) ne poznajem": (
        "someone i don't know"
    ),
    r"kioskar\w*|trafikant\w*|na trafici|na kiosku|iz trafike|sa kioska": "the kiosk man",
    (
        r"vlasnik\w* (?:radnje|prodavnice|ducana|trgovine|piljarnice)|trgovac|trgovc\w*|"
        r"piljar\w*|teta iz (?:prodavnice|pekare|radnje|trgovine)"
    ): "the shopkeeper",
    rf"{_MY} (?:ucenik\w*|ucenic\w*|student\w*|studentkinj\w*|(?:đ|dj|d)ak\w*)": "my student",
    r"kome drzim (?:casove|instrukcije|privatne casove)|(?:moj|moja|mog|moju) privatn\w* ucen\w*": (
        "my tutee"
    ),
    rf"{_MY} (?:kucn\w* pomocnic\w*|spremacic\w*|cistacic\w*|dadilj\w*|sluskinj\w*)": "my maid",
    rf"{_MY} (?:vozac\w*|sofer\w*)": "my driver",
    rf"{_MY} (?:podstanar\w*|stanar\w*)": "my tenant",
    rf"{_MY} pacijent\w*": "my patient",
    rf"{_MY} (?:klijent\w*|musterij\w*)": "my client",
    rf"{_MY} (?:radnik\w*|radnic\w*|zaposlen\w*)": "my employee",
    r"njegov(?:a|u|oj|e) (?:zen(?:a|u|i|e)|supruga|suprugu|supruzi|supruge)": "his wife",
    r"(?:njen|njezin)(?:og|om|a|e)? (?:muz(?:a|u)?|suprug(?:a|u)?)": "her husband",
    r"(?:njen|njezin)(?:og|om)? (?:decka|decko|decku|momka|momak|momku)": "her boyfriend",
    r"njegov(?:a|u|oj|e) (?:devojk\w*|djevojk\w*|cur(?:a|u|i|e))": "his girlfriend",
    (
        r"(?:decka|decko|momka|momak) (?:od )?(?:moje )?(?:najbolje )?(?:drugarice|"
        r"prijateljice|sestre|frendice|frendic\w*)"
    ): "my best friend's boyfriend",
    r"(?:njen|njezin)(?:u|oj|a|e)? (?:mam(?:a|u|i|e)|majk(?:a|u|e|i))": "her mother",
    r"(?:njen|njezin)(?:og|om|a)? (?:tat(?:a|u|e|i)|oc(?:a|u)|otac)": "her father",
    r"(?:njen|njezin)(?:u|oj|a|e)? sestr\w*": "her sister",
    r"(?:njen|njezin)(?:og|om|a)? brat(?:a|u|om)?": "her brother",
    r"(?:njen|njezin)(?:a|u|e|oj)? (?:dec(?:a|u|om)|djec(?:a|u|om)|cerk\w*|kcer\w*|sin(?:a|u)?)": (
        "her children"
    ),
    rf"{_MY} (?:svekrv\w*|punic\w*|tast\w*)": "my mother-in-law",
    rf"{_MY} (?:cerk\w*|kcer\w*|kcerk\w*|cerkic\w*)": "my daughter",
    rf"{_MY} sin(?:a|u|om|ko|ka)?": "my son",
    # question words and small verbs (Latin)
    r"gde|gdje": "where",
    r"zasto|cemu": "why",
    r"kako": "how",
    r"tko|koga|kome|s kim|sa kim": "who",
    r"koliko": "how much",
    r"zivi|zivis|zive": "lives",
    r"radi|radis|rade": "works",
    r"raditi": "work",
    r"studira|studiras": "studies",
    r"ide|ides|idu|putuje": "goes",
    r"dolazi|dolazis": "comes",
    r"sedi|sjedi|sedis|sjedis|sedela|sjedila": "sits",
    r"stoji|stojis": "stands",
    r"ceka|cekas": "waits",
    r"placuci|plakala|plakao": "cries",
    r"(?:je )?udata|(?:je )?ozenjen|(?:je )?ozenjena|ima muza|ima zenu": "is married",
    r"je (?:sama|slobodn\w*|neudata|single)|nema (?:decka|momka|muza)": "is single",
    r"ima (?:dece|djece|decu|djecu)": "has children",
    r"zara(?:đ|dj|d)uje|zara(?:đ|dj|d)ujes": "earns",
    # life facts and looks (Latin)
    r"gde radi|gdje radi|u kojoj firmi radi": "where she works",
    r"na kom spratu|na kojem spratu|na kojem katu|koji sprat|koji kat|broj stana|u kom stanu": (
        "which flat she lives in"
    ),
    r"(?:njen|njezin)(?:om)? stan(?:u)?": "her flat",
    r"(?:njen|njezin)(?:oj|u|a)? kuc(?:a|u|i)": "her house",
    r"(?:njen|njezin)(?:om|o)? (?:posao|poslu|firm\w*)": "her workplace",
    r"(?:njen|njezin)(?:u|a)? (?:plat(?:a|u)|plac(?:a|u))": "her salary",
    r"koliko (?:ona |on )?zara(?:đ|dj|d)uje|kolika (?:joj |mu )?je plata|koliko ima platu": (
        "how much she earns"
    ),
    r"(?:njen|njezin)(?:e)? godine": "her age",
    r"(?:njen|njezin)(?:a|u)? (?:kilaz\w*|tezin\w*)": "her weight",
    (
        r"(?:njen|njezin)(?:a|u)? (?:ver(?:a|u)|vjer(?:a|u)|religij\w*)|koje je (?:vere|vjere)|"
        r"da li veruje u boga|vjeruje li u boga"
    ): "her religion",
    r"(?:njen|njezin)(?:a|u)? kast\w*": "her caste",
    (
        r"zasto (?:se )?(?:nije udala|nije udata|je (?:jos )?sama|nema muza|nema decka|se ne "
        r"udaje)|zasto se (?:nije )?(?:o)?zenio"
    ): "why she isn't married",
    r"zasto (?:nemaju|nema) (?:dece|djece)": "why they have no children",
    r"mlad(?:a|i|u|e|oj|ih)": "young",
    r"moje (?:telo|tijelo)": "my body",
    r"moje (?:butine|noge)|moja bedra|moja guza|moje dupe": "my thighs",
    r"moje lice": "my face",
    r"kako izgledam": "how i look",
    r"izgledam": "i look",
    (
        r"izgledam debel\w*|da li sam debel\w*|jesam li debel\w*|(?:da li|jesam li) (?:sam )?se"
        r" (?:udebljal\w*|udebljao|ugojio|ugojila|ugojil\w*|popunio|popunila)"
    ): "i look fat",
    r"iskreno|otvoreno|bez uvijanja": "honestly",
    r"bez ul(?:j)?epsavanja|bez okolisanja|bez zasladivanja": "without sugarcoating",
    # places and times (Latin)
    r"u autobusu|u busu|u tramvaju|u trolejbusu|u gradskom": "on the bus",
    r"u metrou": "on the metro",
    r"u liftu|u dizalu": "in the lift",
    r"u vozu|u vlaku": "on the train",
    r"na (?:autobuskoj )?stanici|na stajalistu|na stanici autobusa": "at the bus stop",
    r"(?:stojim|stoji|cekam|ceka) u redu|u redu (?:na|za) kas\w*": "in the queue",
    (
        r"u prodavnici|u radnji|u ducanu|u trgovini|u marketu|u samoposluzi|na pijaci|"
        r"na placu"
    ): "at the shop",
    r"u kaficu|u kafani|u kafeu|u restoranu": "at the cafe",
    r"u crkvi|na misi|na liturgiji": "at church",
    r"u dzamiji": "at the mosque",
    r"u hramu": "at the temple",
    r"na poslu|u kancelariji|u uredu|u firmi": "at work",
    r"na (?:njenom|njezinom) poslu|kod nje na posl(?:u|o)|na njen posao": "at her work",
    r"ispred (?:njene|njezine) (?:kuce|zgrade)|ispred njenog stana|ispod njenog prozora": (
        "outside her house"
    ),
    r"posle zurke|poslije zurke|posle zabave|poslije zabave|poslije tuluma|posle zezanja": (
        "after the party"
    ),
    r"veceras|noceras|nocas": "tonight",
    r"sutra|prekosutra": "tomorrow",
    r"ujutru|ujutro": "in the morning",
    r"u nedelju|u nedjelju|nedeljom|nedjeljom": "on sunday",
    r"u subotu|subotom": "on saturday",
    # what is done (Latin)
    r"bez da (?:joj|mu) kazem|ne govoreci (?:joj|mu)|a da (?:joj|mu) ne kazem": (
        "without telling her"
    ),
    r"bez pitanja|ne pitajuci (?:je|ga)|bez da (?:je|ga) pitam|a da (?:je|ga) ne pitam": (
        "without asking"
    ),
    r"u tajnosti|na tajnom": "secretly",
    r"snimiti (?:nas |njen |taj )?(?:razgovor|poziv)|snimati razgovor\w*": "record the call",
    r"skrinsot\w*|skrin(?:ovati|ujem|uj|ovao|ovala)?|uslikati ekran": "screenshot",
    (
        r"(?:poslati|baciti|podeliti|podijeliti|proslediti|proslijediti) (?:to )?(?:u|na) "
        r"(?:grupu|grupi|grupni chat|grupni cet)"
    ): "send it to the group",
    r"u grupu|u grupi|na grupu|u grupni (?:chat|cet)": "to the group",
    r"(?:cekati|sacekati|cekaj|sacekaj|vrebati) je": "wait for her",
    r"(?:otici|doci|pojaviti se) (?:joj |kod nje )?na (?:posao|poslu)": "go to her work",
    r"sesti sa njima|sjesti s njima|sesti za njihov sto|sjesti za njihov stol": "sit with them",
    r"(?:jesti|probati|uzeti) (?:malo )?(?:iz )?njihov\w* hran\w*": "share their food",
    r"hodati po ledu|ici po ledu|stati na led|setati po ledu": "walk on the ice",
    r"(?:sesti|sjesti|u(?:đ|dj|d)i|u(?:đ|dj|d)e) u (?:moj )?(?:auto|kola)": "get in my car",
    r"(?:sesti|sjesti|u(?:đ|dj|d)i) u njegov(?:a)? (?:auto|kola)": "get in his car",
    r"prespavati kod njega|ostati kod njega|spavati kod njega|prenociti kod njega": (
        "stay at his place"
    ),
    (
        r"raditi (?:u nedelju|u nedjelju|nedeljom|nedjeljom) (?:besplatno|dzaba|bez (?:plate|"
        r"place|para|novca))"
    ): "work on sunday without pay",
    r"bez (?:plate|place|nadoknade)": "without pay",
    r"(?:doneti|donijeti|donesi|kupiti|kupi) mi (?:neki )?poklon": "bring me a gift",
    r"poklon(?:a|u|e|cic\w*)?": "a gift",
    r"(?:da se )?pretplati(?:te|s)? na moj kanal|zaprati(?:te)? moj kanal|subskrajbuj\w*": (
        "subscribe to my channel"
    ),
    r"pred svima|ispred svih|javno|pred (?:celim|cijelim) (?:odeljenjem|razredom|svetom)": (
        "in front of everyone"
    ),
    r"da ne moze (?:da kaze ne|reci ne|odbiti|da odbije)": "so he can't say no",
    r"ako ne(?= \w+(?:s|te)\b)": "if you don't",
    r"u suprotnom": "otherwise",
    r"(?:to )?znaci,? da me ne volis|znaci ne volis me|onda me ne volis": (
        "that means you don't love me"
    ),
    (
        r"iako (?:mi )?je rekla,? da je (?:ostavim|pustim) na miru|iako me (?:je )?zamolila,? "
        r"da je (?:ostavim|pustim) na miru"
    ): "even though she told me to leave her alone",
    r"(?:ostaviti|pustiti) je na miru|da je (?:ostavim|pustim) na miru": "leave her alone",
    # Serbian Cyrillic
    r"где|куда": "where",
    r"зашто": "why",
    r"како": "how",
    r"колико": "how much",
    r"живи": "lives",
    r"ради": "works",
    r"у аутобусу|у бусу|у трамвају": "on the bus",
    r"на станици": "at the bus stop",
    r"на послу": "at work",
    r"вечерас": "tonight",
    r"сутра": "tomorrow",
    r"у недељу": "on sunday",
    r"пред свима|јавно": "in front of everyone",
    r"без да (?:јој|му) кажем|а да (?:јој|му) не кажем": "without telling her",
    r"пошаљи у групу|послати у групу|у групу": "send it to the group",
    # a third ask, a neighbour's no, a pharmacy, a customer's husband
    r"(?:po )?(?:treci|cetvrti|peti) put": "for the third time",
    r"(?:po )?(?:трећи|четврти|пети) пут": "for the third time",
    (
        r"(?:dvaput |dva puta |vec )?je rekla da ne moze|(?:dvaput |dva puta |vec )?je rekao"
        r" da ne moze"
    ): "she said no twice",
    (
        r"(?:двапут |два пута |већ )?је рекла да не може|(?:двапут )?је рекао да не може"
    ): "she said no twice",
    r"smeksam|omeksam|smeksati|nagovorim": "soften her",
    (
        r"(?:ми )?је рекао да га више не узнемиравам|да га више не узнемиравам"
    ): "told me not to bother him anymore",
    (
        r"(?:mi )?je rekao da ga vise ne uznemiravam|da ga vise ne uznemiravam"
    ): "told me not to bother him anymore",
    r"покуцам|покуцати|pokucam|pokucati": "knock",
    r"паркинг место|паркинг мјесто|parking mesto|parking mjesto": "the parking space",
    r"у апотеци|u apoteci|у апотеку|u apoteku": "at the pharmacy",
    r"да сам (?:лекар|доктор|љекар)|da sam (?:lekar|doktor|ljekar)": "that i am a doctor",
    r"да ми дају|da mi daju": "so they give me",
    r"лек|лијек|lek|lijek": "the medicine",
    r"без рецепта|bez recepta": "without a prescription",
    (
        r"ciji auto drzim(?: u servisu)?|чији ауто држим(?: у сервису)?"
    ): "whose car i keep in the garage",
    r"da mi sredi|да ми среди": "to get me",
    r"pregled|преглед": "an appointment",
    r"preko reda|преко реда": "ahead of the queue",
    r"kod njenog muza doktora|код њеног мужа доктора": "with her husband the doctor",
    # a stranger's flat asked into over the intercom
    r"(?:da li )?mogu (?:li )?da u[đd]j?em|mogu li u[đd]i|smem li da u[đd]em": "i can come in",
    r"na interfon|preko interfona|interfon": "on the intercom",
    r"da vidim|da pogledam": "to see",
    r"(?:njihov |njegov |njen )?stan(?:u)?\b": "their flat",
}
