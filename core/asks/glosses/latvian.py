"""Latvian words an ask turns on, in the English the rules read (`core.asks.gloss`)."""

GLOSSES: dict[str, str] = {
    # asking and telling
    r"ludzu vinai|ludzu vinam|palugt|palugsu|paludz|paludzu|paludzet|paludzis|ludzt|ludzis": "ask",
    r"pajauta|pajautat|pajautasu|jautat|jautaju|pavaica|pavaicat|pavaicasu|vaicat": "ask",
    (
        r"teikt vinai|teikt vinam|pasaki|pasacit|pasaciet|pateikt|teikt|saku|pastasti|"
        r"pastastit"
    ): "tell",
    r"uzaicini|uzaicinat|uzaicinasu|aicinat": "invite",
    r"uzaicinat uz randinu|uzaicini uz randinu|aicinat uz randinu": "ask out on a date",
    r"aizdod|aizdot|aizdotu|aizdos": "lend me",
    r"aiznemties|aiznemos|aiznemtos|patapinat": "borrow",
    r"dot man|iedod|iedot|iedotu|dod|uzdavinat|uzdavina": "give me",
    r"samaksa|samaksat|samaksatu|samaksas|maksat|maksaju|apmaksat": "pay",
    r"nopirktu man|uzsauktu man|nopirkt man|nopirks man|uzsaukt man": "buy me",
    r"piezvani|piezvanit|piezvanisu|zvanit|zvanu": "call",
    r"zina vinai|uzraksti|uzrakstit|uzrakstisu|rakstit|iszin\w*": "message",
    r"filme|filmet|nofilmet|nofilmesu|filmesu|filmeju|filmejot": "film",
    r"ierakstit|ierakstisu|ierakstu|ierakstot|diktofon\w*": "record",
    (
        r"slepeni ierakstit|slepus ierakstit|slepeni nofilmet|slepeni filmet|slepus filmet"
    ): "secretly film",
    r"nofotografet|fotografet|nofotografesu|bildi|bildes|bildite|foto": "a photo",
    (
        r"ieliksu interneta|ielikt interneta|ielikt tiesaiste|publicet|publicesu|ieposet|"
        r"postet"
    ): "post it online",
    r"socialajos tiklos|socialaje tikla|dalities|dalisos": "share it online",
    r"straumet|straumesu|tiesraide\w*|tiesraidi": "livestream",
    (
        r"uzdodoties par|uzdoties par|uzdosos par|izlikties|izliksos|izlikdamies|izlikdamas"
    ): "pretend to be",
    r"melot|melosu|meloju|samelot|melus|meli": "lie",
    r"izdomat\w* iemesl\w*|viltot\w* iemesl\w*|safabricet\w*": "a fake reason",
    r"viltot|viltots|viltota|viltus|feiks": "fake",
    (
        r"nobloketajis mani|mani nobloke\w*|nobloketa mani|bloketa mani|nobloke\w*|blokej\w*"
    ): "blocked me",
    r"sekot|sekosu|izsekot|vajat": "follow",
    r"gaidit|gaidisu|pagaidit|sagaidit": "wait for",
    # touch and closeness
    r"apskaut|apskausu|apskaviens|apskavienu|apkampt|apkampiens|apkampienu": "a hug",
    r"noskupstit|noskupstisu|skupstit|skupsti\w*|bucin\w*|buca|bucu": "a kiss",
    r"pieskarties vinai|pieskarties|pieskarsos|aizskart|aizskarsu": "touch",
    r"panemt aiz rokas|turet aiz rokas|sadoties rokas|turet roku": "hold hands",
    r"maset|masaz\w*|izmaset|pamaset": "massage",
    # going out, driving, meeting
    r"randin\w*|satiksanos|tiksanas": "a date",
    r"satikties|satiksimies|satikt|tikties": "meet",
    r"vakarinas|vakarinam|pusdienas|pusdienam": "dinner",
    r"iedzert|dzerienu|dzeriens|alu|aliti": "a drink",
    r"uz kafiju|kafiju|kafija|kafijas|kafijai": "a coffee",
    r"braukt ar masinu|vadit masinu|vadit auto|pie stures|stures": "drive",
    r"aizvest|aizvestu|aizved|pavizinat|stopet|autostops|autostopu": "a ride",
    # pressure
    r"draudet|piedraudet|draudesu|piedraudesu": "threaten",
    r"likt vinai|likt vinam|piespiest|piespiedisu|piespiezot": "make them",
    r"uzstat|uzstasu|pieprasit|pieprasisu": "insist",
    r"ubagot|ubagosu|lugties|ludzos|lugsos": "beg",
    r"preteja gadijuma|citadi": "or else",
    # people
    r"svesiniek\w*|svesinie\w*|nepazistam\w*|svesai|svesam": "a stranger",
    r"garamgajej\w*": "a passer-by",
    r"kadam|kadai|kadu|kads": "someone",
    r"viriet\w*|vecis|vecim": "a man",
    r"sieviet\w*": "a woman",
    r"meiten\w*|meitam|meitai": "a girl",
    r"puisis|puisim|puisi|puisa|puisu|zens|zenam|zenu": "a boy",
    r"berns|bernam|bernu|berni|berniem|bernus|bernin\w*": "a child",
    r"viesmil\w*|oficiant\w*": "the waiter",
    r"kasier\w*": "the cashier",
    r"pardevej\w*": "the shop assistant",
    r"soferi\w*|sofer\w*|vaditaj\w*|taksist\w*": "the driver",
    r"medmas\w*": "the nurse",
    r"arst\w*|dakter\w*": "the doctor",
    r"skolotaj\w*|pasniedzej\w*": "the teacher",
    r"administrator\w*|registratur\w*|recepcij\w*": "the receptionist",
    r"apsarg\w*|sargs|sargam": "the guard",
    r"frizier\w*": "the hairdresser",
    r"klient\w*|pircej\w*": "a customer",
    r"pacient\w*": "a patient",
    r"studente|studentam|studentei|studentu|studenti|skolen\w*|audzekn\w*": "a student",
    r"darbiniek\w*|padot\w*": "my employee",
    r"koleg\w*|darbabiedr\w*": "my colleague",
    r"prieksniek\w*|bosam|bosa|sefam|sefs": "my boss",
    r"dzivokla ipasniek\w*|izireja\w*|saimniek\w*": "my landlord",
    r"irniek\w*": "my tenant",
    r"kaimin\w*": "my neighbour",
    r"draugs|draugam|draugu|draugiem|draudzen\w*|draugi": "a friend",
    (
        r"manam viram|mans virs|sieva|sievai|sievu|viram|partneri|partnerim|partnerei|"
        r"draudzenei"
    ): "my partner",
    r"bijus\w*|eksis|eksim": "my ex",
    r"mamma|mammai|matei|tetis|tetim|tevs|tevam|bralis|bralim": "my family",
    # what is asked
    r"nauda|naudu|naudas|naudai|eiro|eur|latu": "money",
    r"bez maksas|par velti|bezmaksas|velti": "for free",
    r"atlaid\w*": "a discount",
    r"uz parada|aizdevum\w*|paradu|parads|kredita": "a loan",
    r"telefona numur\w*|vinas numuru|vina numuru|numuru|numurs": "her phone number",
    r"kur vina dzivo|kur vins dzivo|kur dzivo|adres\w*": "her home address",
    r"vinas instagram\w*|vina instagram\w*|vinas insta": "her instagram",
    r"skaist\w*|resn\w*|biez[as]|tiev\w*|pievilcig\w*|seksig\w*": "attractive",
    r"neglit\w*|neizskatig\w*": "ugly",
    r"vai es izskatos|ka es izskatos|izskatos|izskats": "how do i look",
    r"vec[as]|vecaks|veca": "old",
    # again, no, blocks
    r"vel vienu reizi|treso reizi|otro reizi|no jauna|velreiz|atkal": "again",
    (
        r"lai gan (?:vina|vins) (?:jau )?teica ne|lai gan (?:vina|vins) atteica"
    ): "even though she said no",
    r"teica ne|atteica|atteicas|nepiekrita": "said no",
    r"no jauna konta|no cita numura|no cita konta|jauns konts": "from a new account",
    r"vela vakara|nakti|naktis|pusnakti": "at night",
    r"vienam pasam|vienai pasai|vienatne|divata": "alone",
    r"piedzer\w*|iedzer\w*|dzerum[a]": "drunk",
    r"vinai nezinot|vinam nezinot|bez atlaujas|slepeni|slepus": "without them knowing",
    r"noslepum\w*": "a secret",
    # function words
    r"ja vina|ja vins|ja es": "if",
    r"vai (?:vina|vins) doma|vai vini doma": "if she thinks",
    r"ka es esmu|ka esmu": "that i am",
    r"pie": "at",
    r"tapec ka|jo vina|jo vins|jo es": "because",
    r"kaut gan|kaut ari|lai gan": "even though",
    r"bez": "without",
    r"kopa ar mani|ar mani": "with me",
    r"mans|mana|manu|manam|manai|manis": "my",
    r"tavs|tava|tavu|tevi|tev": "your",
    r"vinas|vinai|vinu|vina": "her",
    r"vins|vinam": "him",
    r"vinam visiem|vini|viniem|vinus": "them",
}
