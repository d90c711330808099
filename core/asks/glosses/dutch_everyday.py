"""Everyday Dutch words around an ask (people, questions, places, times, what is done), in
the English the rules read (`core.asks.gloss`); `core.asks.glosses.dutch` holds the words an
ask turns on."""

GLOSSES: dict[str, str] = {
    # people
    r"die gast|een gozer|die gozer|de gozer|die jongen|een vent|die vent": "a guy",
    r"die mevrouw|de mevrouw|de dame|die dame": "the lady",
    r"een oude man|de oude man|die oude man|een oud mannetje|een opa|die opa": "an old man",
    r"een oude vrouw|de oude vrouw|die oude vrouw|een oud vrouwtje|een oma|die oma": "an old lady",
    r"een jonge vrouw|de jonge vrouw|die jonge vrouw|een jongedame": "a young woman",
    (
        r"(?:de|die|het) (?:persoon )?naast me|(?:de|die|het) (?:persoon )?naast mij"
    ): "the person next to me",
    (
        r"(?:die|dat|de|het) naast me zit|(?:die|dat|de|het) naast mij zit"
        r"|(?:die|dat) naast me zat|(?:die|dat) naast mij zat"
    ): "the person sitting next to me",
    r"naast me|naast mij": "next to me",
    r"mijn buurman in de trein|mijn buurvrouw in de bus|mijn stoelbuur|stoelbuurman": "my seatmate",
    r"iemand die ik niet ken|mensen die ik niet ken|een wildvreemde": "someone i don't know",
    r"winkeleigenaar|de winkelier|winkelier|de eigenaar van de winkel": "the shopkeeper",
    r"de man van de kiosk|kioskhouder|de kioskman|de man achter de kiosk": "the kiosk man",
    r"de receptioniste|receptioniste|de baliemedewerker|baliemedewerker": "the receptionist",
    r"de beveiliger|de bewaking|beveiliging|de portier": "the guard",
    r"bijlesleerling|mijn bijlesleerling|mijn bijlesleerlingen": "my tutee",
    r"mijn leerlingen|mijn studenten|mijn leerling|mijn student": "my students",
    (
        r"mijn werknemers|mijn medewerkers|mijn werknemer|mijn medewerker|mijn personeel"
    ): "my employee",
    (
        r"schoonmaakster|de schoonmaakster|mijn schoonmaakster|poetsvrouw|mijn poetsvrouw"
        r"|werkster|mijn werkster|huishoudster|mijn huishoudster|de oppas|mijn oppas"
    ): "my maid",
    r"mijn chauffeur|m'n chauffeur": "my driver",
    r"mijn huurder|mijn huurster|m'n huurder": "my tenant",
    r"mijn patient|mijn patiente|mijn patienten": "my patient",
    r"mijn klant|mijn klanten|mijn client|mijn clienten": "my client",
    r"een klein kind|een kleuter|een klein meisje|een klein jongetje|kleuter": "a child",
    r"zijn vrouw|z'n vrouw|zijn echtgenote": "his wife",
    r"haar man|haar echtgenoot": "her husband",
    r"haar vriend|haar vriendje": "her boyfriend",
    r"zijn vriendin|z'n vriendin|zijn vriendinnetje": "his girlfriend",
    (
        r"de vriend van mijn beste vriendin|het vriendje van mijn beste vriendin"
        r"|de vriend van mijn vriendin|het vriendje van mijn vriendin"
    ): "my best friend's boyfriend",
    r"mijn beste vriendin|mijn beste vriend|m'n beste vriendin|m'n beste vriend": "my best friend",
    r"haar moeder|haar ma|haar mama": "her mother",
    r"haar vader|haar pa|haar papa": "her father",
    r"haar zus|haar zusje": "her sister",
    r"haar broer|haar broertje": "her brother",
    r"mijn schoonmoeder|m'n schoonmoeder|schoonmoeder|schoonma": "my mother-in-law",
    r"mijn moeder|m'n moeder|mijn mama|m'n ma": "my mother",
    r"mijn vader|m'n vader|mijn papa|m'n pa": "my father",
    r"mijn dochter|m'n dochter": "my daughter",
    r"mijn zoon|m'n zoon": "my son",
    r"mijn collega|m'n collega|mijn collega's": "my colleague",
    # question words and small verbs
    r"waarom": "why",
    r"waar": "where",
    r"hoe": "how",
    r"hoeveel|hoe veel": "how much",
    r"hoe oud": "how old",
    r"hoe laat|om hoe laat": "what time",
    r"welke": "which",
    r"woont|wonen|woon": "lives",
    r"werkt|werken|werk": "works",
    r"studeert|studeren": "studies",
    r"gaat|gaan": "go",
    r"komt|komen|kom": "come",
    r"zit|zitten|zat": "sits",
    r"staat|staan": "stands",
    r"huilt|huilen|huilde": "cries",
    r"getrouwd|getrouwd is|is getrouwd": "is married",
    r"vrijgezel|single is|is single|vrijgezel is": "is single",
    r"kinderen heeft|kinderen hebben|kids heeft": "has children",
    r"verdient|verdienen": "earns",
    r"kan|kunt|kunnen": "can",
    r"moet|moeten": "must",
    r"wil|wilt|willen": "want",
    r"maar": "but",
    r"jij|je|jou|jouw": "you",
    # life facts and looks
    r"waar (?:ze|zij|hij) werkt|haar werk|haar werkplek|haar baan": "her workplace",
    r"welke verdieping|op welke verdieping|welk huisnummer|welk appartement": "which floor",
    (
        r"haar salaris|haar loon|wat (?:ze|zij|hij) verdient|hoeveel (?:ze|zij|hij) verdient"
    ): "her salary",
    r"salaris|inkomen": "salary",
    r"haar leeftijd|hoe oud (?:ze|zij|hij) is": "her age",
    r"haar gewicht|hoeveel (?:ze|zij|hij) weegt|wat (?:ze|zij|hij) weegt": "her weight",
    r"haar geloof|haar religie|welk geloof": "her religion",
    (
        r"waarom (?:ze|zij|hij) (?:nog )?niet getrouwd is|waarom (?:ze|zij|hij) nog vrijgezel is"
    ): "why she isn't married",
    r"waarom (?:ze|zij|hij) geen kinderen (?:heeft|hebben)": "why they have no children",
    r"jong|jonge": "young",
    r"mijn lichaam|m'n lichaam|mijn figuur": "my body",
    r"mijn dijen|m'n dijen|mijn benen": "my thighs",
    r"mijn gezicht|m'n gezicht": "my face",
    r"hoe ik eruitzie|hoe ik eruit zie": "how i look",
    # places and times
    r"in de bus|op de bus": "on the bus",
    r"in de metro|in de tram|op de tram": "on the metro",
    r"in de trein|op de trein": "on the train",
    r"bij de bushalte|aan de bushalte|op de bushalte|bij de halte|aan de halte": "at the bus stop",
    r"bushalte": "the bus stop",
    r"in de rij|in de wachtrij": "in the queue",
    r"in de winkel|bij de supermarkt|in de supermarkt|bij de bakker|bij de apotheek": "at the shop",
    r"in het cafe|in de kroeg|op het terras|in de koffiebar": "at the cafe",
    r"in de moskee|bij de moskee": "at the mosque",
    r"in de kerk|bij de kerk": "at church",
    r"in de tempel|in de synagoge": "at the temple",
    r"op het werk|op mijn werk|op kantoor|op m'n werk": "at work",
    r"op haar werk|bij haar werk|naar haar werk": "at her work",
    r"voor haar huis|bij haar huis|voor haar deur|bij haar voordeur": "outside her house",
    r"na het feest|na het feestje|na de party|na de borrel": "after the party",
    r"vanavond|vannacht": "tonight",
    r"morgen|morgenochtend": "tomorrow",
    r"op zondag|zondag|zondags|'s zondags": "on sunday",
    r"in het weekend|dit weekend|zaterdag": "at the weekend",
    r"vandaag": "today",
    r"thuis": "at home",
    # what is done
    (
        r"zonder het (?:haar|hem) te zeggen|zonder het (?:haar|hem) te vertellen"
        r"|zonder iets te zeggen"
    ): "without telling her",
    r"zonder te vragen|zonder het te vragen|zonder (?:haar|hem) te vragen": "without asking",
    r"het gesprek|het telefoongesprek|het telefoontje|de videocall": "the call",
    r"screenshotten|een screenshot maken|screenen": "screenshot",
    (
        r"in de groep sturen|in de groepsapp (?:zetten|sturen|gooien)|in de groepsapp|in de groep"
        r" zetten|in de groep|naar de groep"
    ): "send it to the group",
    r"sturen|stuur|stuurt|doorsturen": "send",
    r"haar volgen|haar achtervolgen|achter haar aan lopen": "follow her",
    r"op haar wachten|haar opwachten|op hem wachten": "wait for her",
    r"naar haar werk gaan|bij haar werk langsgaan|op haar werk langsgaan": "go to her work",
    r"bij hen (?:gaan )?zitten|bij ze (?:gaan )?zitten|erbij gaan zitten": "sit with them",
    r"hun eten delen|van hun eten (?:eten|proeven)|hun eten": "share their food",
    r"op het ijs lopen|het ijs op gaan|het ijs op|op het ijs": "walk on the ice",
    r"in de auto stappen|in zijn auto stappen|in mijn auto stappen|instappen": "get in the car",
    r"bij hem slapen|bij hem blijven slapen|bij hem logeren": "stay at his place",
    (
        r"bij mij slapen|bij mij blijven slapen|mee naar huis|met me mee naar huis"
    ): "come home with me",
    r"zonder betaling|onbetaald|zonder loon|zonder te betalen|gratis werken": "without pay",
    r"een cadeau|een cadeautje|cadeau|cadeautje": "a gift",
    r"meenemen|mee te nemen|meebrengen|mee te brengen|brengen": "bring",
    r"mijn kanaal|m'n kanaal": "my channel",
    r"abonneren|te abonneren|abonneert": "subscribe",
    (
        r"zodat (?:ze|zij|hij) geen nee kan zeggen|zodat (?:ze|hij) niet kan weigeren"
    ): "so he can't say no",
    r"dat betekent|betekent dat|dan betekent dat|dat wil zeggen": "that means",
    r"je houdt niet van me|dat je niet van me houdt|dat je niet van mij houdt": "you don't love me",
    r"houdt van|hou van|houden van": "love",
    r"als je niet|als je dat niet": "if you don't",
    (
        r"hoewel (?:ze|zij|hij) (?:me|mij) (?:heeft )?gezegd|ook al zei (?:ze|zij|hij)"
        r"|terwijl (?:ze|zij|hij) (?:me|mij) (?:heeft )?gezegd"
    ): "even though she told me",
    r"met rust te laten|met rust laten|laat me met rust|met rust": "to leave her alone",
    r"vragen om|vraag om|vroeg om|vraagt om": "ask for",
    r"om te": "to",
    r"ophalen|op te halen|haalt op|haal op": "pick up",
    # a night's move, a haircut's curls, a card left at home
    r"in welk(?:e)? (?:studentenhuis|huis|studentenflat|flat|straat|wijk)": "which student house",
    r"studentenhuis|studentenflat|studentenkamer": "student house",
    r"van (?:de )?(?:ub|bieb|bibliotheek|universiteitsbibliotheek)": "from the library",
    r"(?:van|op) (?:1|een|0|nul) (?:tot|t/m) (?:10|tien)": "from 1 to 10",
    r"hoe knap ben ik|hoe mooi ben ik|hoe lelijk ben ik": "how handsome am i",
    r"(?:om )?(?:me|mij) een cijfer (?:te )?geven": "to rate me",
    (
        r"(?:even )?aan (?:zijn|z'n) (?:haar|haren|krullen|baard|hoofd)"
        r" (?:mag |mogen |te |even )?(?:zitten|voelen|aanraken)"
    ): "touch his hair",
    (
        r"(?:even )?aan (?:haar|d'r|je|jouw) (?:haar|haren|krullen|hoofd)"
        r" (?:mag |mogen |te |even )?(?:zitten|voelen|aanraken)"
    ): "touch her hair",
    r"gisteren|eergisteren": "yesterday",
    r"misschien|wellicht": "maybe",
    r"(?:een )?betere bui|beter humeur": "a better mood",
    r"(?:ze|zij|hij) zei (?:gisteren |eerder |al |vorige week )?nee": "she said no",
    r"(?:ze|zij|hij) zei|zei (?:ze|zij|hij)": "she said",
    (
        r"(?:mijn|m'n) (?:bonuskaart|klantenkaart|pasje|kortingskaart|studentenkaart|ledenpas)"
        r" thuis (?:heb )?(?:laten liggen|vergeten)"
    ): "left my loyalty card at home",
    (
        r"(?:mijn|m'n) (?:bonuskaart|klantenkaart|pasje|kortingskaart|studentenkaart|ov-kaart"
        r"|ledenpas|stempelkaart)"
    ): "my loyalty card",
    r"bonuskaart|klantenkaart|kortingskaart|stempelkaart|ledenpas": "loyalty card",
    r"thuis (?:heb )?(?:laten liggen|vergeten)|vergeten|laten liggen": "left at home",
    (
        r"(?:ik )?heb er (?:geen|eigenlijk geen|niet eens een)|(?:die )?ik niet heb|heb (?:ik )?er"
        r" geen"
    ): "i don't have one",
    r"toch": "still",
    r"krijg|krijgen|krijgt": "get",
    r"naar de weg|de weg": "the way",
    r"hoe laat het is|de tijd": "the time",
    r"(?:of )?(?:ze|zij|hij) mijn (?:[\w-]+ )?(?:wil|wilt|kan) betalen": (
        "if she'll pay for my drink"
    ),
    r"een prankfilmpje|prankfilmpje|een prankvideo|prankvideo": "a prank video",
    r"ten huwelijk vragen|een aanzoek doen": "propose to",
    r"op tiktok zetten|op insta zetten|online zetten": "post it on tiktok",
}
