"""Afrikaans words an ask turns on and the everyday words around them, in the English the
rules read (`core.asks.gloss`).

Afrikaans shares many words with Dutch (`core.asks.glosses.dutch`: "geld", "foto",
"buurman"), which that glossary already reads; this one holds Afrikaans' own spellings
("vra", "meisie", "nommer", "soen"). Words spelled like English ones ("man", "kind", "sit",
"more" for "môre", "of") are written only inside phrases. "'n" (a) is matched as written."""

from __future__ import annotations

GLOSSES: dict[str, str] = {
    # asking, telling, inviting
    r"vir": "for",
    r"vra|gevra|vra hom|vra haar|vra vir|vra om|vra of|navraag doen": "ask",
    r"smeek|bedel|gesmeek|gebedel|soebat": "beg",
    r"vertel|se vir|se vir haar|se vir hom|gese vir": "tell",
    r"nooi|uitnooi|genooi|uitgenooi|uitnodig": "invite",
    r"uitvra|uitgevra|vra (?:haar|hom) uit|op 'n date|uitgaan saam met my": "ask her out on a date",
    r"my meisie wees|my girlfriend wees|met my uitgaan": "be my girlfriend",
    r"aanhou vra|aanhou karring|karring|pla haar|neul|neuk haar": "keep asking",
    r"dreig|gedreig|afdreig|afpers": "threaten",
    r"dwing|forseer|gedwing": "make them",
    # lending, giving, paying, borrowing
    r"leen my|te leen|leen|uitleen|leen vir my|leen (?:jy|u) my|kan ek leen|geleen": "lend me",
    r"lening|'n lening": "a loan",
    r"gee my|gee vir my|gee hy my|gee sy my": "give me",
    r"betaal|betaal vir my|betaal vir": "pay",
    r"koop vir my|trakteer|trakteer my": "buy me",
    r"geld|kontant|randjies|kleingeld|pitte": "money",
    r"verniet|vir niks|gratis|sonder om te betaal": "for free",
    r"afslag|'n afslag|korting|goedkoper": "a discount",
    r"terugbetaling|my geld terug|geld terug": "a refund",
    r"jy skuld my|jy skuld my geld|sy skuld my|hy skuld my": "you owe me",
    # calling, messaging, contact details
    r"bel|gebel|bel haar|bel hom": "call",
    r"whatsapp haar|boodskap|boodskappe|stuur 'n boodskap|teks": "message",
    r"haar nommer|haar selfoonnommer|haar foonnommer|haar selnommer": "her phone number",
    r"nommer|selfoonnommer|foonnommer|selnommer|telefoonnommer": "phone number",
    r"haar adres|waar sy bly|waar sy woon|haar huisadres": "her home address",
    r"haar (?:instagram|insta|facebook|snapchat|tiktok)": "her instagram",
    # filming, photographing, posting
    r"afneem|verfilm|opneem|neem op|neem af|video neem|'n video maak": "film",
    r"'n foto neem|foto neem|foto's neem|kiekie|kiekies|selfie neem": "take a photo",
    (
        r"aanlyn plaas|op facebook sit|op die internet sit|plaas dit|op sosiale media"
    ): "post it online",
    r"sonder dat sy weet|sonder dat hulle weet|skelm|in die geheim|stilletjies": "secretly",
    r"sonder om vir haar te se|sonder om haar te vertel|sonder om dit te se": "without telling her",
    r"sonder om te vra|sonder toestemming": "without asking",
    r"die oproep opneem|neem die oproep op|die gesprek opneem": "record the call",
    r"skermskoot|skermkiekie|'n screenshot neem": "screenshot",
    (
        r"stuur dit na die groep|in die groep sit|na die groep stuur|op die groep"
    ): "send it to the group",
    # pretending, lying
    r"voorgee|maak asof|maak of|voorgegee|speel of": "pretend to be",
    r"lieg|gelieg|jok|gejok|'n leuen|leuens": "lie",
    r"vals|nagemaak|vervals": "fake",
    # blocking, following, waiting
    r"het my geblok|my geblok|blok my|geblok": "blocked me",
    r"nuwe rekening|nuwe profiel|'n ander rekening|vals profiel": "from a new account",
    (
        r"deur haar vriendin|deur haar tjommie|deur haar vriende|via haar vriendin"
    ): "through her friend",
    r"agtervolg|volg haar|agter haar aan loop|gevolg": "follow",
    r"vir haar wag|wag vir haar|vir hom wag|wag vir hom": "wait for her",
    r"na haar werk gaan|by haar werk opdaag|gaan na haar werk": "go to her work",
    # touch, closeness
    r"soen|soentjie|gesoen|'n soen|'n soentjie|vry": "a kiss",
    r"drukkie|'n drukkie|omhels|druk haar|omhelsing": "a hug",
    r"aanraak|raak aan|betas|vat aan|gevat|vroetel": "touch",
    r"hande vashou|haar hand vashou|hand vat|hand vashou": "hold her hand",
    r"massering|masseer|vryf": "a massage",
    r"saamry|'n saamrygeleentheid|'n lift gee|lift gee|'n geleentheid": "give me a lift",
    r"saam huis toe kom|saam met my huis toe|na my huis kom|by my kom slaap": "come home with me",
    r"in sy kar klim|in die kar klim|in my kar klim|klim in die kar": "get in his car",
    r"by hom oorslaap|by hom bly|by sy plek bly": "stay at his place",
    r"ete|aandete|middagete": "dinner",
    r"koffie|'n koffie|drankie|'n drankie|bier|dop|'n dop": "a drink",
    r"uitgaan|uitgaan saam|'n afspraak": "a date",
    # again, after a no
    r"weer|nog 'n keer|nog een keer|oor en oor|elke dag|al weer|alweer": "again",
    (
        r"al het sy nee gese|hoewel sy nee gese het|al weier sy|selfs al se sy nee"
    ): "even though she said no",
    r"totdat sy ja se|tot sy ja se|totdat sy instem|tot sy instem": "until she says yes",
    r"voor almal|voor al haar vriende|voor die klas|in die openbaar": "in front of everyone",
    (
        r"al het sy gese ek moet haar uitlos|al het sy gese ek moet haar met rus laat|"
        r"hoewel sy gevra het dat ek haar uitlos"
    ): "even though she told me to leave her alone",
    r"of anders|anders(?= (?:gaan|sal|is|los))": "otherwise",
    r"as jy nie|as sy nie": "if you don't",
    (
        r"dit beteken jy het my nie lief nie|dan het jy my nie lief nie"
    ): "that means you don't love me",
    r"sodat hy nie nee kan se nie|sodat sy nie nee kan se nie": "so he can't say no",
    # people
    (
        r"vreemdeling|vreemdelinge|'n vreemde|vreemde man|vreemde vrou|vreemde meisie|"
        r"iemand wat ek nie ken nie|onbekende"
    ): "a stranger",
    r"iemand|mense|'n verbyganger|verbygangers": "someone",
    r"meisie|meisies|'n meisie|die meisie|nooientjie": "a girl",
    r"jong vrou|jong dame|jong meisie|jongmeisie": "a young woman",
    r"vrou|vroue|'n vrou|die vrou": "a woman",
    r"'n man|die man|'n ou|die ou|outjie|ouens|kerel|'n kerel": "a man",
    r"seun|seuntjie|'n seun": "a boy",
    r"ou man|oupa|oubaas|'n ou oom": "an old man",
    r"ou vrou|ouma|ounooi|'n ou tannie": "an old lady",
    r"tannie|tannies": "an auntie",
    r"oom|oompie": "an uncle",
    (
        r"die persoon langs my|die een langs my|wat langs my sit|langs my"
    ): "the person sitting next to me",
    r"kelnerin|kelnerinne": "the waitress",
    r"kelner|kelners": "the waiter",
    r"kassier|kassiere|by die kasregister|die tannie by die kas": "the cashier",
    r"winkeleienaar|winkelier|die winkel se eienaar|winkelassistent|verkoopsdame": "the shopkeeper",
    r"ontvangsdame|ontvangspersoon|by ontvangs|by die ontvangs": "the receptionist",
    r"sekuriteitswag|wag by die hek|veiligheidswag|sekuriteit": "the security guard",
    r"verpleegster|verpleegsuster|suster|verpleer": "the nurse",
    r"dokter|die dokter|tandarts|apteker": "the doctor",
    r"onderwyser|onderwyseres|juffrou|dosent|afrigter": "the teacher",
    r"my bestuurder|my drywer": "my driver",
    r"bestuurder|drywer|taxibestuurder|busbestuurder|taxi-bestuurder": "the driver",
    r"buurman|buurvrou|buurmeisie": "the neighbour",
    r"my baas|my bestuurder by die werk|my werkgewer": "my boss",
    r"baas|die baas|werkgewer": "the boss",
    r"my kollega|my kollegas|my mede-?werker|my medewerker": "my colleague",
    r"kollega|kollegas|medewerker": "a colleague",
    r"my werknemer|my werknemers|my werker|my personeel": "my employee",
    r"werknemer|werknemers": "an employee",
    r"my leerling|my student|my studente|my leerder|my leerders": "my student",
    r"leerling|leerlinge|leerder|leerders|studente": "a student",
    r"my pasient|my pasiente": "my patient",
    r"pasient|pasiente": "a patient",
    r"my huurder|my huurders|my loseerder": "my tenant",
    r"huurder|huurders|loseerder": "the tenant",
    r"my klient|my kliente": "my client",
    r"klient|kliente": "a customer",
    r"my huishulp|my bediende|my huiswerker|my skoonmaker": "my maid",
    r"my eks|my ex|my ou kerel|my ou meisie|my voormalige": "my ex",
    r"haar kerel|haar ou|haar boyfriend|haar vriend": "her boyfriend",
    r"sy meisie|sy girlfriend|sy vriendin": "his girlfriend",
    (
        r"my beste vriendin se kerel|my beste vriend se kerel|my vriendin se kerel"
    ): "my best friend's boyfriend",
    r"my kerel|my meisie|my lief|my skat": "my partner",
    r"sy vrou|sy eggenote": "his wife",
    r"haar man|haar eggenoot": "her husband",
    r"my man|my eggenoot": "my husband",
    r"my vrou|my eggenote": "my wife",
    r"haar ma|haar moeder|haar mamma": "her mother",
    r"haar suster|haar sussie": "her sister",
    r"my skoonma|skoonma": "my mother-in-law",
    r"my dogter": "my daughter",
    r"my seun": "my son",
    r"my ma|my pa|my ouers|my mamma|my pappa|my broer|my suster|my sussie": "my family",
    r"my vriend|my vriendin|my pel|my tjommie|my maat|my bra": "my friend",
    r"vriend|vriendin|pel|tjommie|tjommies|maat": "a friend",
    r"kinders|kindjie|'n kind|die kind|tiener": "a child",
    r"huisbaas|verhuurder|eienaar van die huis|my huisbaas": "the landlord",
    # what is asked: raises, days off, repairs, directions
    r"salarisverhoging|'n verhoging|verhoging|meer salaris": "a raise",
    r"'n dag af|dag af|af dag|verlof": "a day off",
    r"regmaak|reg te maak|maak reg|herstel|opknap": "repair",
    r"aanwysings|die pad na|die pad|rigting|hoe om te kom by": "directions",
    r"aanbeveel|aan te beveel|voorstel|aanbeveling": "recommend",
    # question words and small verbs
    r"waar|waarheen|waarvandaan": "where",
    r"hoekom|waarom|hoe kom": "why",
    r"hoe(?= (?:lyk|gaan|kom|ver|oud|laat))|hoe om": "how",
    r"wanneer": "when",
    r"wie|vir wie|met wie": "who",
    r"wat(?= (?:is|doen|maak|dink|kos|verdien))": "what",
    r"hoeveel": "how much",
    r"bly(?= (?:sy|hy|hulle))|woon|sy bly|hy bly": "lives",
    r"werk(?= (?:sy|hy|hulle))|sy werk|hy werk": "works",
    r"studeer|sy studeer|hy studeer": "studies",
    r"gaan sy|sy gaan|hy gaan": "goes",
    r"kom sy|sy kom|hy kom": "comes",
    r"sit sy|sy sit|hy sit": "sits",
    r"staan|sy staan|hy staan": "stands",
    r"wag sy|sy wag|hy wag": "waits",
    r"huil|sy huil|hy huil": "cries",
    r"is getroud|getroud": "is married",
    r"is enkellopend|enkellopend|is alleen": "is single",
    r"het kinders|kinders het": "has children",
    r"verdien|sy verdien|hy verdien": "earns",
    # life facts and looks
    r"haar salaris|haar loon|hoeveel sy verdien|wat sy verdien": "her salary",
    r"haar ouderdom|hoe oud sy is|hoe oud is sy|ouderdom": "her age",
    r"haar gewig|hoeveel sy weeg|wat sy weeg|gewig": "her weight",
    r"haar geloof|haar godsdiens|watter kerk|godsdiens|geloof": "her religion",
    r"haar kaste|kaste": "her caste",
    r"hoekom sy nie getroud is nie|waarom sy nie getroud is nie": "why she isn't married",
    (
        r"hoekom hulle nie kinders het nie|waarom hulle geen kinders het nie"
    ): "why they have no children",
    r"haar werkplek|waar sy werk|haar werk": "her workplace",
    r"watter vloer|watter verdieping|watter woonstel|haar woonstel": "which flat she lives in",
    r"dik|vet(?= (?:lyk|is))|oorgewig|dikker": "fat",
    r"maer|maerder": "thin",
    r"lelik|leliker": "ugly",
    r"mooi|beeldskoon|pragtig|oulik": "pretty",
    r"aantreklik|sexie|lekker(?= lyk)": "attractive",
    r"oud|ouer|bejaard": "old",
    r"jonk|jonger|jong": "young",
    r"my lyf|my liggaam": "my body",
    r"my dye|my bobene|my boude|my agterstewe": "my thighs",
    r"my gesig": "my face",
    r"hoe ek lyk|hoe lyk ek|of ek vet lyk|of ek dik lyk": "how i look",
    # places and times
    r"op die bus|in die bus|in die taxi|in die taxi|in 'n taxi": "on the bus",
    r"op die trein|in die trein": "on the train",
    (
        r"by die bushalte|by die bushokkie|by die taxi-?staanplek|by die taxistaanplek"
    ): "at the bus stop",
    r"in die ry|in die tou|in die lyn": "in the queue",
    r"by die winkel|in die winkel|by die supermark|in die supermark": "at the shop",
    r"by die koffiewinkel|in die koffiewinkel|by die kafee": "at the cafe",
    r"in die kerk|by die kerk": "at church",
    r"by die moskee|in die moskee": "at the mosque",
    r"by die tempel|in die tempel": "at the temple",
    r"by die werk|op kantoor|by my werk": "at work",
    r"by haar werk|by haar kantoor": "at her work",
    r"buite haar huis|voor haar huis|voor haar hek": "outside her house",
    r"in die nag|snags|saans laat|middernag|laat in die nag": "at night",
    r"alleen|op haar eie|op sy eie|heeltemal alleen": "alone",
    r"na die partytjie|na die jol": "after the party",
    r"vanaand": "tonight",
    r"more(?= (?:oggend|middag|aand))|moreoggend|moreaand": "tomorrow",
    r"sondag|op sondag|sondae": "on sunday",
    r"dronk|gesuip|lekker gekuier|besope": "drunk",
    # what is done
    r"sondag sonder betaling werk|op sondag werk sonder betaling": "work on sunday without pay",
    r"sonder betaling|sonder loon": "without pay",
    r"bring vir my 'n geskenk|vir my 'n geskenk bring|koop vir my 'n geskenk": "bring me a gift",
    r"geskenk|'n geskenk|presentjie": "a gift",
    r"teken in op my kanaal|subscribe op my kanaal|my kanaal volg": "subscribe to my channel",
    r"by hulle sit|by hulle tafel sit|saam met hulle sit": "sit with them",
    r"hulle kos deel|van hulle kos eet|hulle kos proe": "share their food",
    r"op die ys loop|oor die ys loop": "walk on the ice",
    r"dis ons herdenking|dit is ons herdenking|dis my verjaarsdag|dit is my verjaarsdag": (
        "it's our anniversary"
    ),
    r"al is dit (?:glad |heeltemal )?nie|al is dit nie waar nie|dit is glad nie": (
        "even though it isn't"
    ),
    r"nagereg|poeding": "dessert",
}
