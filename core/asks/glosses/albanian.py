"""Albanian words an ask turns on, in the English the rules read (`core.asks.gloss`).

Keys are written without the letters' marks ("ë" is "e", "ç" is "c"), as the gloss reads
them. Albanian marks case on the noun ("shokut", to the friend; "zonjën", the lady) and puts
its article after it, so a key lists the forms an ask uses. Short words that are other
languages' words or English ones ("me", "e", "po") are left out: they are too many things at
once in Albanian itself (with, more, and, her, yes, if).
"""

GLOSSES: dict[str, str] = {
    # asking, telling, inviting
    r"pyet|pyete|pyeti|pyesni|pyes|ta pyes|te pyes|ti pyes|pyeta|pyetur": "ask",
    r"kerko|kerkoji|kerkoja|kerkoj|kerkojini|t'i kerkoj|ti kerkoj|te kerkoj|kerkove": "ask",
    r"lut|luti|lute|lutu|t'i lutem|ti lutem|te lutem": "beg",
    r"thuaj|thuaji|t'i them|ti them|i them|t'i thuash|ti thuash|them|tregoji|i trego": "tell",
    r"fto|ftoje|ftoj|ta ftoj|te ftoj|ftoi|ftesen": "invite",
    r"te dale me mua|dil me mua|te dal me ty": "go out with me",
    r"te dalim bashke|te dalim|te dal": "go out",
    r"ne takim|takim romantik|nje takim romantik": "a date",
    # lending, giving, paying
    r"huazo|huazoj|ma huazo|te ma huazoje|ta huazoj|me jep hua|ma jep hua|hua": "lend me",
    r"ma jep|me jep|te ma jape|te me jape|me jepni|ma jepni|jepma|jepmeni": "give me",
    r"jep|jepi|jepni|dhuro|dhuroje": "give",
    r"paguaj|paguaje|paguan|te paguaje|te paguaj|ta paguaje|paguar": "pay",
    r"falas|pa pagese|gratis|pa para|pa lek": "for free",
    r"zbritje|ulje cmimi|ulje|me lire": "a discount",
    r"para|leke|lek|parate|euro": "money",
    # contact details
    r"numrin e saj|numrin e telefonit te saj|numrin e celularit te saj": "her phone number",
    r"numrin e tij|numrin e telefonit te tij": "his phone number",
    r"numrin e telefonit|numrin|numri|numer telefoni|numrin e celularit": "phone number",
    r"instagramin e saj|snapchatin e saj|facebookun e saj": "her instagram",
    r"adresen e saj|ku banon ajo|ku banon": "her home address",
    # filming, photographing, posting
    r"filmo|filmoj|ta filmoj|te filmoj|xhiro|xhiroj|incizo|incizoj|regjistro|regjistroj": "film",
    r"bej foto|te bej foto|fotografo|fotografoj|foto|fotografi": "a photo",
    r"postoj|postoje|ta postoj|ne rrjet|ne tiktok|ne instagram|ne facebook": "post it online",
    r"fshehurazi|pa e ditur|pa i thene|pa e pyetur|ne fshehtesi": "without them knowing",
    # lying, pretending, blocking
    r"genjej|genje|genjeje|ta genjej|te genjej|genjeshter|me genjeshtra": "lie",
    r"bej sikur|te bej sikur|shtirem|hiqem si|hiqu si": "pretend",
    r"me ka bllokuar|me bllokoi|me ka bere bllok|bllokuar|bllokoi": "blocked me",
    r"llogari te re|profil te rreme|numer tjeter|nga numri i shokut": ("from a new account"),
    # touch, closeness
    r"perqafim|nje perqafim|perqafoj|te perqafoj|me perqafo|perqafoje|ta perqafoj": "a hug",
    r"puthje|nje puthje|puth|te puth|ta puth|me puth": "a kiss",
    r"te me kape per dore|me kap doren|kap doren|dore per dore|te kapemi per dore": "hold my hand",
    r"prek|te prek|ta prek|me prek": "touch",
    r"masazh": "a massage",
    # pressure after a no
    (
        r"nese thote jo|nese ajo thote jo|nese ai thote jo|po tha jo|nese refuzon|po refuzoi"
        r"|nese nuk pranon|po nuk pranoi|nese nuk do"
    ): "if he says no",
    (
        r"s'i flas me|nuk i flas me|s'do t'i flas me|nuk do t'i flas me|s'do ti flas me"
        r"|nuk do ti flas me|s'i flas|nuk i flas"
    ): "i will not talk to him",
    r"me kurre|kurre me|kurre|asnjehere": "ever again",
    r"perndryshe|ose perndryshe|perndryshe do": "or else",
    r"kercenoj|kercenim|ta kercenoj|kercenoje": "threaten",
    r"detyroj|ta detyroj|e detyroj|detyroje|me zor": "force",
    r"s'ma do|nuk ma do|s'me do|nuk me do|nuk me do me|s'me do me": "you don't love me",
    # again, after a no
    r"perseri|serish|prape|edhe nje here|sa here|cdo dite|dite per dite": "again",
    r"me tha jo|ma tha jo|tha jo|me refuzoi|refuzoi|nuk pranoi": "said no",
    r"derisa te thote po|derisa te pranoje|deri sa te thote po|deri sa te pranoje": (
        "until she says yes"
    ),
    r"edhe pse|megjithese|ndonese": "even though",
    # people
    r"nje te panjohuri|nje te panjohure|te panjohurit|te panjohures|te panjohurin"
    r"|nje te panjohur|nje i panjohur|nje e panjohur|i panjohur|e panjohur|te panjohur": (
        "a stranger"
    ),
    r"nje te huaj|nje i huaj|te huaj|kalimtar|kalimtare|kalimtaret": "a stranger",
    r"zonjen|zonja|nje zonje|zonje|grua|gruan|nje grua": "the lady",
    r"vajzen|vajza|nje vajze|vajze|goce|gocen": "a girl",
    r"djalin|djali|nje djale|nje burre|burrin|burri": "a man",
    r"kamarierin|kamarieren|kamarieri|kamarierja|kamarier|kamariere": "the waiter",
    r"kasierin|kasieren|kasieri|kasierja|kasier|kasiere|arketaren|arketari": "the cashier",
    r"shitesin|shitesen|shitesi|shitesja|shites|shitese": "the shop assistant",
    r"shoferin|shoferi|shofer|taksistin|taksisti": "the driver",
    r"mjekun|mjeku|doktorin|doktori|doktoreshen|infermieren|infermierja": "the doctor",
    r"mesuesin|mesuesen|mesuesi|mesuesja|profesorin|profesoren": "the teacher",
    r"shefin|shefi|shefit|shefen|shefja|shefes|drejtorin|drejtori|drejtorit": "my boss",
    r"kolegun|kolegut|kolegen|koleges|kolegu|kolegia|koleget": "a colleague",
    r"fqinjin|fqinjen|fqinji|fqinja|fqinjet": "the neighbour",
    r"shokut|shoqes|shokun|shoqen|shoku|shoqja|mikun|miken|mikut|mikes": "my friend",
    r"te dashurin|te dashuren|e dashura|i dashuri|te dashures|te dashurit": "my partner",
    r"nenen|nena|mamane|mamaja|mamit": "my mother",
    r"babain|babai|babane|babit": "my father",
    r"vellain|vellai|vellait": "my brother",
    r"motren|motra|motres": "my sister",
    r"femijen|femija|nje femije|femijet": "a child",
    # what is asked about, and looks
    r"sa vjec eshte|sa vjece eshte|sa vjec|sa vjece|moshen e saj|moshen": "how old she is",
    (
        r"pse s'eshte martuar|pse nuk eshte martuar|pse nuk eshte e martuar|pse s'eshte e martuar"
        r"|pse s'ka burre|pse nuk ka burre"
    ): "why she isn't married",
    r"pse s'ka femije|pse nuk ka femije": "why they have no children",
    (
        r"(?:nese |a |se )?ka (?:te dashur|te fejuar|burre|grua|cun|goce)"
        r"|(?:nese |a |se )?eshte (?:e|i) (?:martuar|martuare|fejuar|fejuare)"
    ): "if she has a boyfriend",
    r"sa fiton|rrogen e saj|rrogen|sa paguhet": "her salary",
    r"peshen e saj|sa peshon": "her weight",
    r"fene e saj|cfare feje": "her religion",
    r"a jam|nese jam|se jam": "if i am",
    r"e bukur|i bukur|bukur|e pashme|i pashem|simpatik|simpatike|terheqes|terheqese": (
        "attractive"
    ),
    r"i shendoshe|e shendoshe|e trashe|i trashe|shendoshe": "fat",
    r"i shemtuar|e shemtuar|shemtuar": "ugly",
    r"makinen|makina|veturen|vetura|makinen e tij": "the car",
    r"kafe|nje kafe|kafeja|kafene": "a coffee",
    r"darke|nje darke|per darke": "dinner",
    r"pije|nje pije|nje birre": "a drink",
    r"dite pushim|nje dite pushim|pushim|leje": "a day off",
    r"sa kushton|sa kushtojne|cmimin": "how much is",
    r"bicikleten|biciklete": "the bike",
    r"celularin|telefonin|celular": "phone",
    # places and times
    r"ne kafene|kafene|ne bar|ne lokal": "at the cafe",
    r"ne dyqan|ne market|ne supermarket": "at the shop",
    r"ne autobus|ne furgon": "on the bus",
    r"ne rruge": "in the street",
    r"ne treg|ne pazar": "at the market",
    r"sot": "today",
    r"neser": "tomorrow",
    r"sonte": "tonight",
    r"naten|ne mesnate|vone naten": "at night",
    r"vetem|vetem ne te dy": "alone",
    r"i dehur|e dehur|te dehur": "drunk",
    r"para te gjitheve|perpara te gjitheve|para gjithe njerezve": "in front of everyone",
    # the words that make the gloss readable
    r"ende|akoma": "yet",
    r"dhe": "and",
    r"nese|po qe se": "if",
    r"qe": "that",
    r"pse": "why",
    r"ku": "where",
    r"nje": "a",
    r"eshte": "is",
    r"jam": "i am",
    r"nuk|s'": "not",
    r"jo": "no",
    r"une": "i",
    r"ajo": "she",
    r"ai": "he",
    r"ime|im|tim|time": "my",
    r"saj": "her",
    r"tij": "his",
    r"per": "for",
    r"ne": "at",
    r"mua": "me",
}
