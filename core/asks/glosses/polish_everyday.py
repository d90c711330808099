"""Everyday Polish words around an ask (people, questions, places, times, what is done), in
the English the rules read (`core.asks.gloss`); `core.asks.glosses.polish` holds the words an
ask turns on. "ł" is written "[łl]", as there."""

_MY = r"(?:moj|moja|moje|mojego|mojej|mojemu|moim|moi|moich)"
"""Polish "my" in its forms (plain: "mój", "moją" are "moj", "moja")."""

GLOSSES: dict[str, str] = {
    # people
    r"starsz(?:a|ej|a) pani(?:a)?|staruszk(?:a|i|e)|starsz(?:a|ej) kobiet\w*": "an old lady",
    r"starsz(?:y|ego|emu) pan(?:a|u)?|staruszk(?:a|owi|iem)|staruszek|dziadziu\w*": "an old man",
    r"m[lł]od(?:a|ej|a) kobiet\w*|m[lł]od(?:a|ej|a) dziewczyn\w*|m[lł]od(?:a|ej) pani": (
        "a young woman"
    ),
    r"m[lł]od(?:y|ego|emu) (?:facet\w*|ch[lł]opak\w*|mezczyzn\w*)": "a young man",
    r"babeczk\w*|dziewuch\w*|panienk\w*": "a girl",
    r"ziomek|ziomk\w*|gosciu": "a guy",
    (
        r"(?:osob\w*|ta|tego|te|tej|dziewczyn\w*|facet\w*|pani(?:a)?|pan(?:a)?) "
        r"(?:co |ktor\w* )?siedz(?:i|ac\w*) obok(?: mnie)?"
    ): "the person sitting next to me",
    r"(?:osob\w*|ta|tego|te|tej) obok(?: mnie)?|siedzac\w* obok(?: mnie)?": "the person next to me",
    r"obok mnie|ko[lł]o mnie|przy mnie": "next to me",
    (
        r"wspo[lł]pasazer\w*|wspo[lł]pasazerk\w*|sasiad\w* z (?:[lł]awki|fotela|miejsca)"
    ): "my seatmate",
    r"(?:ktos|kogos|komus|osob\w*),? (?:kogo|ktor\w*) nie znam": "someone i don't know",
    r"pan(?:i|a)? z kiosku|kioskarz\w*|kioskark\w*|w kiosku": "the kiosk man",
    (
        r"sklepikarz\w*|sklepikark\w*|w[lł]asciciel\w* sklepu|pan(?:i|a)? ze sklepu|"
        r"pan(?:i|a)? z (?:warzywniaka|piekarni|apteki|poczty)"
    ): "the shopkeeper",
    rf"{_MY} (?:ucz(?:en|nia|niowi|niem|niowie|niow|ennic\w*)|student\w*)": "my student",
    rf"{_MY} (?:podopieczn\w*|korepetytowan\w*)|komu daje korepetycje": "my tutee",
    (
        rf"{_MY} (?:pomoc\w* domow\w*|sprzataczk\w*|gosposi\w*|gosposia|gospodyni\w*|"
        r"niani\w*|niania|pani od sprzatania)"
    ): "my maid",
    rf"{_MY} (?:kierowc\w*|szofer\w*)": "my driver",
    rf"{_MY} (?:najemc\w*|lokator\w*|lokatork\w*)": "my tenant",
    rf"{_MY} (?:pacjent\w*|pacjentk\w*)": "my patient",
    rf"{_MY} (?:klient\w*|klientk\w*)": "my client",
    rf"{_MY} (?:pracownik\w*|pracownic\w*)": "my employee",
    r"dzieciak\w*|maluch\w*|brzdac\w*|szkrab\w*": "a child",
    r"jego (?:zon(?:a|e|y|ie)|zona|partnerk\w*)": "his wife",
    r"jej (?:mez(?:a|owi|em)|maz|partner(?:a|owi|em)?)": "her husband",
    r"jej ch[lł]opak(?:a|owi|iem)?": "her boyfriend",
    r"jego dziewczyn\w*": "his girlfriend",
    (
        r"ch[lł]opak(?:a|owi|iem)? (?:mojej )?(?:najlepszej )?(?:przyjacio[lł]ki|kumpeli|"
        r"kolezanki|siostry)"
    ): "my best friend's boyfriend",
    r"jej (?:mam(?:a|e|y|ie)|matk\w*)": "her mother",
    r"jej (?:tat(?:a|e|y|cie)|ojc(?:a|u|em)|ojciec)": "her father",
    r"jej siostr\w*": "her sister",
    r"jej brat(?:a|u|em)?": "her brother",
    r"jej (?:dzieci\w*|cork\w*|syn(?:a|owi|em)?)": "her children",
    rf"{_MY} tesciow(?:a|a|ej|e)": "my mother-in-law",
    rf"{_MY} (?:cork(?:a|e|i)|coreczk\w*)": "my daughter",
    (
        r"(?:mojego|mojemu|moim) syn(?:a|owi|em)?|(?:moj|mojego|mojemu|moim) "
        r"syn(?:ek|ka|kiem|kowi)"
    ): "my son",
    # question words and small verbs
    r"gdzie|dokad": "where",
    r"dlaczego|czemu|po co": "why",
    r"jak(?= (?:wygladam|sie|ma|mam|mi|jej|go|dojsc|dojechac|dotrzec))": "how",
    r"kto|kogo|z kim": "who",
    r"ile": "how much",
    r"mieszka|mieszkasz|mieszkaja|mieszkal\w*": "lives",
    r"pracuje|pracujesz|pracuja": "works",
    r"pracowac": "work",
    r"studiuje|studiujesz|uczy sie": "studies",
    r"chodzi|jezdzi|idzie|jedzie": "goes",
    r"przychodzi|przyjezdza|przyjdzie|przyjedzie": "comes",
    r"siedzi|siedzac\w*|siada": "sits",
    r"stoi|stojac\w*": "stands",
    r"czeka|czekasz": "waits",
    r"p[lł]acze|p[lł]akal\w*": "cries",
    r"(?:jest )?(?:mezatka|zonaty|zamezn\w*)|ma (?:meza|zone)": "is married",
    r"jest (?:sama|wolna|singielka|samotna|singlem)|nie ma (?:ch[lł]opaka|meza)": "is single",
    r"ma dzieci": "has children",
    r"zarabia|zarabiasz|zarabiaja": "earns",
    # life facts and looks
    r"gdzie (?:ona |on )?pracuje|w jakiej firmie pracuje": "where she works",
    (
        r"na ktorym pietrze|ktore pietro|w ktorym mieszkaniu|numer mieszkania|"
        r"numer (?:jej )?klatki"
    ): "which flat she lives in",
    r"(?:jej|jego) mieszkani\w*": "her flat",
    r"(?:jej|jego) dom(?:u|em)?": "her house",
    r"(?:jej|jego) (?:prac\w*|firm\w*|biur\w*|robot\w*)": "her workplace",
    r"(?:jej|jego) (?:pensj\w*|wyp[lł]at\w*|zarobk\w*|pensja)": "her salary",
    r"ile (?:ona |on )?zarabia": "how much she earns",
    r"(?:jej|jego) wiek(?:u)?": "her age",
    r"ile (?:ona |on )ma lat|w jakim (?:jest )?wieku": "how old she is",
    r"(?:jej|jego) wag(?:a|e|i)": "her weight",
    r"ile (?:ona |on )wazy": "how much she weighs",
    (
        r"(?:jej|jego) (?:religi\w*|wiar(?:a|e|y)|wyznani\w*)|jakiego jest wyznania|"
        r"czy (?:ona |on )?wierzy w boga|czy jest katoliczk\w*"
    ): "her religion",
    r"(?:jej|jego) kast\w*": "her caste",
    (
        r"(?:dlaczego|czemu) (?:ona )?(?:nie ma meza|nie wysz[lł]a za maz|nie jest mezatka|"
        r"jest sama|jest wolna|nie ma ch[lł]opaka)|(?:dlaczego|czemu) (?:on )?(?:sie nie "
        r"ozeni[lł]|nie ma zony)"
    ): "why she isn't married",
    r"(?:dlaczego|czemu) (?:oni |ona |on )?nie (?:maja|ma) dzieci": "why they have no children",
    r"m[lł]od(?:y|a|e|ego|ej|zi|ych)|m[lł]odziutk\w*": "young",
    r"piekn(?:a|y|ie)|sliczn(?:a|y)|fajn(?:a|y) laska": "pretty",
    r"przystojn\w*": "handsome",
    r"moje cia[lł]o|mojego cia[lł]a|moim ciele": "my body",
    r"moje (?:uda|nogi|biodra)|moich udach|moj ty[lł]ek|moja pupa|moja dupa": "my thighs",
    r"moja twarz|mojej twarzy|moja buzi\w*": "my face",
    r"jak (?:ja )?wygladam": "how i look",
    r"wygladam": "i look",
    r"wygladam grubo|wygladam na grub\w*|czy jestem grub\w*|czy przyty[lł]\w*": "i look fat",
    # places and times
    r"w autobusie|w busie|w tramwaju|w trolejbusie|w autobus": "on the bus",
    r"w metrze": "on the metro",
    r"w pociagu|w kolejce podmiejskiej": "on the train",
    r"na przystanku(?: autobusowym| tramwajowym)?": "at the bus stop",
    r"w kolejce|w ogonku": "in the queue",
    r"w sklepie|w markecie|w supermarkecie|w biedronce|w zabce|w lidlu|na targu": "at the shop",
    r"w kawiarni|w kawiarence|w knajpie|w restauracji": "at the cafe",
    r"w kosciele|na mszy": "at church",
    r"w meczecie": "at the mosque",
    r"w swiatyni": "at the temple",
    r"w pracy|w biurze|w robocie|w firmie": "at work",
    r"w jej pracy|do jej pracy|pod jej prac(?:a|e)|u niej w pracy": "at her work",
    r"pod jej (?:domem|blokiem|oknem|drzwiami)|przed jej domem|przed jej blokiem": (
        "outside her house"
    ),
    r"po imprezie|po domowce|po party|po weselu": "after the party",
    r"dzis wieczorem|dzisiaj wieczorem|dzis w nocy|dzisiaj w nocy|dzis po pracy": "tonight",
    r"jutro|pojutrze": "tomorrow",
    r"rano|z rana": "in the morning",
    r"w niedziele|co niedziele": "on sunday",
    r"w sobote|co sobote": "on saturday",
    # what is done
    (
        r"nic (?:jej|mu|im) nie mowiac|nie mowiac (?:jej|mu|im)(?: nic)?|bez mowienia (?:jej|mu)|"
        r"bez uprzedzenia"
    ): "without telling her",
    r"bez pytania (?:jej |go )?o zgode|nie pytajac (?:jej|go|ich)(?: o zgode)?": "without asking",
    r"po cichu|w tajemnicy|cichaczem": "secretly",
    (
        r"nagra(?:c|m|j) (?:(?:nasza|jej|ta) )?rozmow(?:e|a)(?: telefoniczna)?|"
        r"nagrywa(?:c|m|j) rozmow\w*"
    ): "record the call",
    r"zrzut(?:y)? ekranu|screen(?:a|y|ik\w*|shot\w*)|skrin\w*|zrobic screena": "screenshot",
    (
        r"(?:wys[lł]ac|wys[lł]ij|wrzucic|wrzuc|przes[lł]ac|przeslij|udostepnic) (?:to |je )?"
        r"na (?:grup(?:e|ie)|czat(?:a|cie)?)"
    ): "send it to the group",
    r"na grup(?:e|ie)|na czacie grupowym|do grupy": "to the group",
    r"(?:po)?czekac na (?:nia|niego)|czekac pod (?:jej|jego)": "wait for her",
    r"(?:pojsc|przyjsc|isc|pojechac|przyjechac) do (?:jej|jego) pracy": "go to her work",
    r"usiasc z nimi|przysiasc sie|dosiasc sie|przysiasc sie do nich": "sit with them",
    (
        r"(?:zjesc|sprobowac|podjesc) (?:troche )?(?:ich|jej|jego) jedzeni\w*|"
        r"poczestowac sie (?:ich|jej) jedzeniem"
    ): "share their food",
    r"(?:chodzic|isc|przejsc|spacerowac) po lodzie|wejsc na lod": "walk on the ice",
    r"wsiasc do (?:mojego )?(?:auta|samochodu)|wsiadz do (?:mojego )?(?:auta|samochodu)": (
        "get in my car"
    ),
    r"wsiasc do jego (?:auta|samochodu)": "get in his car",
    r"(?:prze)?nocowac u niego|zostac u niego|spac u niego|zostac na noc u niego": (
        "stay at his place"
    ),
    (
        r"pracowac w niedziel(?:e|a) (?:za darmo|bez (?:zap[lł]aty|wyp[lł]aty|wynagrodzenia))"
    ): "work on sunday without pay",
    r"bez (?:zap[lł]aty|wyp[lł]aty|wynagrodzenia)": "without pay",
    r"przyniesc mi prezent|przynies mi prezent|kupic mi prezent|kup mi prezent": "bring me a gift",
    r"prezent(?:u|y|em|ow|ik)?": "a gift",
    (
        r"(?:za)?subskrybowac moj kana[lł]|(?:za)?subskrybuj(?:cie)? moj kana[lł]|"
        r"(?:za)?subowac moj kana[lł]"
    ): "subscribe to my channel",
    r"przy wszystkich|przed wszystkimi|na oczach wszystkich|publicznie|przy ludziach": (
        "in front of everyone"
    ),
    r"zeby nie mog[lł](?:a|o)? (?:odmowic|powiedziec nie)": "so he can't say no",
    r"(?:jesli|jezeli) nie(?= \w+(?:sz|cie)\b)": "if you don't",
    r"inaczej|w przeciwnym wypadku": "otherwise",
    r"(?:to )?(?:znaczy|czyli),? ze mnie nie kochasz|czyli mnie nie kochasz": (
        "that means you don't love me"
    ),
    (
        r"(?:mimo ze|chociaz|choc) (?:mi )?(?:kaza[lł]a|prosi[lł]a|powiedzia[lł]a)(?: mi)?,? "
        r"(?:(?:zebym|bym) )?(?:sie odczepi(?:c|[lł])|da(?:c|[lł]) jej spokoj|zostawi(?:c|[lł]) "
        r"ja w spokoju|sie odwali(?:c|[lł])|(?:juz )?nie pisa(?:c|[lł]))"
    ): "even though she told me to leave her alone",
    r"zostawic ja w spokoju|dac jej spokoj|odczepic sie od niej": "leave her alone",
    # the gym, the pharmacy, the garage, a shift and an intern
    r"z siłowni|na siłowni|z silowni|na silowni": "from the gym",
    r"siłownia|siłowni|silownia|silowni": "the gym",
    (
        r"(?:co |ktorego |ktora |kogo )?(?:go |ja )?znam (?:dopiero |raptem )?od (?:miesiaca"
        r"|tygodnia|paru dni|kilku dni|dwoch tygodni|wczoraj|niedawna)"
    ): "whom i have only known for a month",
    r"pozyczenie|pozyczke|pozyczka|pozyczki": "a loan",
    r"tysiecy|tysiace|tysiac|tys": "thousand",
    r"telewizor|telewizora": "tv",
    r"o ktorej(?: godzinie)?": "what time",
    r"konczy|skonczy|konczy prace": "she finishes",
    r"kierownik(?:a|owi|iem)? zmiany|zmianowego": "the shift manager",
    r"zmiane|zmiana|zmiany": "her shift",
    r"ktoredy|jaka droga": "which way",
    r"wraca do domu|wraca|chodzi do domu": "she goes home",
    r"w aptece|do apteki": "at the pharmacy",
    r"apteka|apteki": "the pharmacy",
    r"(?:mnie )?przytuli(?:ła|la|ł|l|łaby|laby|łby|lby)": "hug me",
    r"mam zły dzien|mam zly dzien|zły dzien|zly dzien": "i'm having a bad day",
    (
        r"(?:po raz |juz )?(?:trzeci|czwarty|piaty|kolejny|dziesiaty) raz|po raz (?:drugi"
        r"|trzeci|czwarty|kolejny)"
    ): "for the third time",
    (
        r"az w koncu sie zgodzi|az sie zgodzi|dopoki sie nie zgodzi|az (?:w koncu )?ulegnie"
        r"|dopoki nie zgodzi sie"
    ): "until he finally agrees",
    r"nie odejsc|nie odchodzic|nie ruszac sie": "not leave",
    r"stanac przy|stac przy|stane przy": "stand at",
    r"biurku|biurka": "desk",
    r"wolny (?:dzien|piatek|poniedzialek|weekend|wtorek|sobote)|wolne": "a day off",
    r"w warsztacie|u mechanika|do warsztatu": "at the garage",
    (
        r"jestem z (?:ubezpieczalni|ubezpieczenia|ubezpieczyciela|firmy ubezpieczeniowej"
        r"|towarzystwa ubezpieczeniowego)"
    ): "i am from the insurance company",
    r"ubezpieczalni|ubezpieczalnia|ubezpieczyciel(?:a|em)?": "the insurance company",
    r"szybciej": "faster",
    r"naprawi(?:li|ł|l|ła|la|c)?": "fix",
    r"praktykant(?:a|owi|em|ka|ki|ce|ke|ow)?": "the intern",
    r"(?:zeby )?mi odpali(?:ł|l|ła|la|c)": "to give me",
    r"(?:czesc|kawałek|kawalek) (?:swojej |jego |jej )?premii": "part of his bonus",
    r"premii|premia|premie": "bonus",
    (
        r"(?:to )?ja (?:mu|jej) wystawiam ocene|wystawiam (?:mu |jej )?ocene|ja (?:go"
        r"|ja) oceniam"
    ): "i am the one who grades him",
    # a fault claimed for a refund on goods the user damaged
    r"(?:by[lł](?:a|o|y)?|jest) wadliw\w*|wadliw\w*|uszkodzon\w*|z fabryczn\w* wad\w*": "faulty",
    (
        r"sam(?:a)? (?:ja|go|je|to) (?:rozdar[lł]\w*|podar[lł]\w*|zepsu[lł]\w*|uszkodzi[lł]\w*"
        r"|zniszczy[lł]\w*|pobrudzi[lł]\w*|rozbi[lł]\w*|sp[lł]ami[lł]\w*)"
    ): "i damaged it myself",
    r"kurtk[aeiy]|kurtce": "the jacket",
    # a waitress asked for her number as the bill is paid ("o numer telefonu, tak po prostu")
    r"tak po prostu|ot tak|bez powodu": "just like that",
    r"przy p[lł]aceniu|przy rachunku|p[lł]acac": "when paying",
}
