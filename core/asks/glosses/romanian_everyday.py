"""Everyday Romanian words around an ask (people, questions, places, times, what is done), in
the English the rules read (`core.asks.gloss`); `core.asks.glosses.romanian` holds the words
an ask turns on."""

GLOSSES: dict[str, str] = {
    # people
    r"fata|fetei|pe fata|tipa|tipei|pe tipa|gagica|pe gagica": "the girl",
    r"tipul|tipului|pe tipul|baiatul|baiatului|pe baiatul": "the guy",
    r"doamna|doamnei|pe doamna|tanti(?= (?:de|din|care))": "the lady",
    r"domnul|domnului|pe domnul|nenea(?= (?:de|din|care))": "the man",
    r"o tanara|o domnisoara|o pustoaica": "a young woman",
    r"un batranel|un mosulica|un mos|un nene|un domn in varsta": "an old man",
    r"o batranica|o babuta|o baba|o tanti|o doamna in varsta": "an old lady",
    r"(?:persoana|tipul|tipa|fata|doamna|domnul) (?:de )?(?:langa mine|de alaturi)": (
        "the person sitting next to me"
    ),
    r"care sta langa mine|care statea langa mine|langa mine": "next to me",
    r"colegul de banca|colega de banca|vecinul de scaun|vecina de scaun": "my seatmate",
    r"cineva pe care nu-l cunosc|cineva pe care nu o cunosc|un om pe care nu-l cunosc": (
        "someone i don't know"
    ),
    r"vanzatorul de la chiosc|tipul de la chiosc|nenea de la chiosc|de la chiosc": (
        "the kiosk man"
    ),
    r"patronul magazinului|proprietarul magazinului|vanzatorul de la magazin": "the shopkeeper",
    r"elevul meu la meditatii|eleva mea la meditatii|elevii mei de la meditatii": "my tutee",
    r"menajera|menajerei|femeia de serviciu|femeia care face curat|bona|bonei": "my maid",
    r"soferul meu|soferului meu": "my driver",
    r"elevilor mei|elevii mei|studentilor mei|studentii mei|elevelor mele": "my students",
    r"sotia lui|nevasta lui|nevasta-sa": "his wife",
    r"sotul ei|barbatul ei": "her husband",
    r"prietenul ei|iubitul ei|gagiul ei": "her boyfriend",
    r"prietena lui|iubita lui|gagica lui": "his girlfriend",
    r"prietenul celei mai bune prietene|iubitul celei mai bune prietene": (
        "my best friend's boyfriend"
    ),
    r"mama ei|maica-sa": "her mother",
    r"tatal ei|taica-sau": "her father",
    r"sora ei|sor-sa": "her sister",
    r"fratele ei|frate-sau": "her brother",
    r"copiii ei|copiii lor": "her children",
    r"sotul meu|barbatul meu": "my husband",
    r"sotia mea|nevasta mea|nevasta-mea": "my wife",
    # questions and small verbs
    r"unde": "where",
    r"de ce": "why",
    r"cum(?= (?:arat|ma|il|o|se|sta|e))": "how",
    r"cine": "who",
    r"cati|cate|cata|cat(?= (?:de|castiga|ia|cantareste|costa))": "how much",
    r"care(?= (?:etaj|apartament|bloc))": "which",
    r"locuieste|traieste": "lives",
    r"lucreaza|munceste": "works",
    r"sa lucreze|sa munceasca|a lucra|a munci": "work",
    r"invata|studiaza": "studies",
    r"vine(?= (?:acasa|la|de|cu|mai|aici))": "comes",
    r"sta jos|sta asezata?|e asezata?": "sits",
    r"sta in picioare": "stands",
    r"asteapta": "waits",
    r"plange": "cries",
    r"e maritata|e casatorita?|e insurat": "is married",
    r"e singura|e necasatorita?|e burlac": "is single",
    r"are copii": "has children",
    r"castiga|ia pe luna": "earns",
    # life facts and looks
    r"unde (?:locuieste|sta|traieste)": "where she lives",
    r"sa vad unde (?:locuieste|sta)": "to see where she lives",
    r"la ce etaj|ce etaj|ce apartament|care apartament|la ce bloc": "which flat",
    r"unde (?:lucreaza|munceste)|locul ei de munca|serviciul ei|jobul ei": "her workplace",
    r"cat castiga|salariul ei|cat ia pe luna": "how much she earns",
    r"ce varsta are|cati ani are|varsta ei": "how old she is",
    r"cat cantareste|greutatea ei|cate kile are": "how much she weighs",
    r"religia ei|ce religie are|de ce religie e|daca e credincioasa": "her religion",
    r"de ce nu (?:e maritata|s-a maritat|s-a casatorit|e casatorita)": "why she isn't married",
    r"de ce (?:nu au|n-au|nu are|n-are) copii": "why they have no children",
    r"tanar|tanara|tineri|tinere": "young",
    r"corpul meu": "my body",
    r"coapsele mele|picioarele mele|fundul meu": "my thighs",
    r"fata mea(?! (?:cea|e|are))|chipul meu": "my face",
    r"cum arat": "how i look",
    r"daca (?:sunt|par) gras[a]?|daca m-am ingrasat": "if i look fat",
    # places and times
    r"in autobuz|in troleibuz|in tramvai|in maxi-?taxi|in microbuz": "on the bus",
    r"la metrou|in metrou": "on the metro",
    r"in tren": "on the train",
    r"in statie|la statie|in statia de autobuz|la statia de autobuz": "at the bus stop",
    r"la coada|in coada": "in the queue",
    r"la magazin|in magazin|la supermarket|la piata|la non-?stop": "at the shop",
    r"la cafenea|in cafenea": "at the cafe",
    r"la biserica|in biserica|la slujba": "at church",
    r"la moschee": "at the mosque",
    r"la templu": "at the temple",
    r"la munca|la serviciu|la birou|la job": "at work",
    r"la munca ei|la serviciul ei|la biroul ei": "at her work",
    r"in fata blocului ei|in fata casei ei|la scara ei|la poarta ei": "outside her house",
    r"dupa petrecere|dupa party|dupa chef": "after the party",
    r"diseara|in seara asta|asta-seara": "tonight",
    r"maine": "tomorrow",
    r"duminica|duminica asta": "on sunday",
    r"sambata|sambata asta": "on saturday",
    # what is done
    r"fara sa-i spun|fara sa-i zic|fara s-o anunt|fara sa-i zic nimic": "without telling her",
    r"fara sa intreb|fara sa-i cer voie": "without asking",
    r"pe sub mana": "secretly",
    r"sa inregistrez apelul|inregistrez apelul|inregistrez convorbirea": "record the call",
    r"un screenshot|un print screen|un ss|dau screenshot|fac screenshot": "screenshot",
    r"pe grup|in grup|pe grupul|in grupul": "to the group",
    r"(?:sa-l |il |sa-l )?trimit pe grup|(?:sa-l |il )?pun pe grup": "send it to the group",
    r"(?:sa )?o urmaresc pana acasa": "follow her home",
    r"s-o urmaresc|sa o urmaresc": "follow her",
    r"(?:sa )?ma duc la munca ei|(?:sa )?merg la serviciul ei": "go to her work",
    r"(?:sa )?ma asez cu ei|(?:sa )?stau la masa lor": "sit with them",
    r"din mancarea lor|sa gust din mancarea lor|sa impart mancarea lor": "share their food",
    r"(?:sa )?merg pe gheata|(?:sa )?calc pe gheata": "walk on the ice",
    r"sa urce in masina mea|sa urce in masina|urca in masina": "get in my car",
    r"sa dorm la el|sa raman la el|sa stau la el": "stay at his place",
    r"sa lucreze duminica (?:gratis|fara plata|pe gratis|neplatit)": "work on sunday without pay",
    r"fara plata|neplatit[a]?|pe nimic": "without pay",
    r"sa-mi aduca un cadou|sa-mi faca un cadou": "bring me a gift",
    r"un cadou|o atentie mica": "a gift",
    r"sa se aboneze la canalul meu|sa dea subscribe|abonare la canalul meu": (
        "subscribe to my channel"
    ),
    r"in fata(?= (?:lui|ei|mea|casei|blocului|magazinului|usii))": "in front of",
    r"in fata tuturor|de fata cu toti|de fata cu toata lumea": "in front of everyone",
    r"ca sa nu poata (?:zice|spune) nu|ca sa nu poata refuza": "so he can't say no",
    r"in caz contrar": "otherwise",
    r"(?:inseamna|asta inseamna) ca nu ma iubesti|deci nu ma iubesti": (
        "that means you don't love me"
    ),
    r"daca nu vii|daca nu vine|daca nu faci": "if you don't come",
    (
        r"desi mi-a (?:zis|spus|cerut) sa o las in pace|chiar daca mi-a (?:zis|spus) sa o las "
        r"in pace"
    ): "even though she told me to leave her alone",
    r"s-o las in pace|sa o las in pace": "leave her alone",
    # gifts asked of the user's own students before their exam
    r"(?:ca|fiind) (?:profesor|profesoara|profa|diriginte|diriginta|invatator|invatatoare)": (
        "as a teacher"
    ),
    r"roaga-(?:i|l|le)|roag-o": "ask",
    r"pe (?:studenti|elevi|studente|eleve)": "the students",
    r"sa-mi (?:aduca|cumpere|faca) (?:niste )?cadouri": "to bring me gifts",
    r"cadouri|cadourile": "gifts",
    r"inainte de (?:examen|examene|sesiune|teza)|inaintea (?:examenului|sesiunii|tezei)": (
        "before the exam"
    ),
}
