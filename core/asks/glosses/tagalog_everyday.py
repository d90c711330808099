"""Everyday Tagalog and Taglish words around an ask (people, questions, places, times, what is
done), in the English the rules read (`core.asks.gloss`); `core.asks.glosses.tagalog` holds
the words an ask turns on. Short words that other languages the glossaries serve also write
("sino", "ano", "bukas", "linggo") are written in phrases only."""

from __future__ import annotations

GLOSSES: dict[str, str] = {
    # people
    r"(?:yung |ang )?nakaupo sa tabi ko|katabi kong nakaupo|katabi ko sa upuan"
    r"|(?:yung |ang )?katabi ko sa (?:bus|jeep|dyip|mrt|lrt|tren)": "the person sitting next to me",
    r"seatmate ko|katabi ko sa klase|kaklase kong katabi": "my seatmate",
    r"(?:babaeng|taong|lalaking) (?:di|hindi) ko kilala": "someone i don't know",
    r"dalagita|dalagang|binibini": "a young woman",
    r"binata|binatilyo": "a young man",
    r"matandang babae|lola sa|si lola|yung lola": "an old lady",
    r"matandang lalaki|lolo sa|si lolo|yung lolo": "an old man",
    r"manang|si tita|yung tita|kay tita": "an auntie",
    r"si tito|yung tito|kay tito": "an uncle",
    r"may-?ari ng tindahan|may-?ari ng sari-?sari|tindera sa sari-?sari"
    r"|tindero sa sari-?sari": "the shopkeeper",
    r"tindero ng dyaryo|bantay sa kiosk|tindera sa kiosk|sa kiosk": "the kiosk man",
    r"tutee ko|tinuturuan ko|estudyante ko sa tutor": "my tutee",
    r"kasambahay ko|katulong ko|yaya namin|maid ko|helper ko": "my maid",
    r"driver ko|tsuper ko|drayber ko": "my driver",
    r"kliyente ko|client ko": "my client",
    r"misis niya|asawang babae niya|asawa ng lalaki": "his wife",
    r"mister niya|asawang lalaki niya": "her husband",
    r"(?:jowa|bf|boyfriend|nobyo) ng (?:best ?friend|bespren|bff) ko": (
        "my best friend's boyfriend"
    ),
    r"nanay niya|mama niya|nanay nya|mama nya|ina niya": "her mother",
    r"ate niya|kapatid niyang babae|bunso niyang kapatid|ate nya": "her sister",
    r"biyenan ko|byenan ko|biyenang babae|byenan kong babae": "my mother-in-law",
    r"mister ko|asawa kong lalaki": "my husband",
    r"misis ko|asawa kong babae": "my wife",
    r"anak kong babae|anak ko na babae|dalaga ko": "my daughter",
    r"anak kong lalaki|anak ko na lalaki|binata ko": "my son",
    # question words and small verbs
    r"saan|nasaan": "where",
    r"bakit": "why",
    r"paano|pano": "how",
    r"kailan|kelan": "when",
    r"sino siya|sino ang|sino yung|kung sino": "who",
    r"ano ang|ano yung|anong|kung ano": "what",
    r"kung (?:siya|sya) ay": "whether she is",
    r"saan (?:siya |sya )?(?:nakatira|tumitira|umuuwi)|saan bahay niya": "where she lives",
    r"saan (?:siya |sya )?(?:nagtatrabaho|nagwowork|nagwo-?work)": "where she works",
    r"saan (?:siya |sya )?(?:nag-?aaral|nag-?aral)": "where she studies",
    r"nakatira|tumitira": "lives",
    r"nagtatrabaho|nagwowork|nagwo-?work|magtrabaho|magtatrabaho": "works",
    r"nag-?aaral": "studies",
    r"pumupunta|pupunta": "goes",
    r"dumarating|darating": "comes",
    r"nakaupo|umupo": "sits",
    r"nakatayo|tumayo": "stands",
    r"naghihintay|nag-?aabang": "waits",
    r"umiiyak|umiyak": "cries",
    r"(?:may asawa|kasal) na ba|kung may asawa|kung kasal na|may asawa na": (
        "whether she is married"
    ),
    r"single pa|wala pang asawa|wala pang jowa|walang jowa": "whether she is single",
    r"may anak na|may mga anak": "whether she has children",
    r"kumikita|magkano kinikita|kinikita": "how much she earns",
    # life facts and looks
    r"(?:sahod|sweldo|suweldo) niya|(?:sahod|sweldo|suweldo) nya|sahod|sweldo|suweldo": (
        "her salary"
    ),
    r"edad niya|edad nya|ilang taon na (?:siya|sya)|ilang taon|edad": "her age",
    r"timbang niya|timbang nya|ilang kilo|timbang": "her weight",
    r"relihiyon niya|relihiyon|anong relihiyon": "her religion",
    r"anong floor|ilang palapag|anong palapag|saang floor": "which floor",
    r"anong unit|unit number|saang unit|anong kwarto": "which flat",
    r"trabaho niya|pinagtatrabahuhan niya|opisina niya": "her workplace",
    r"bakit (?:siya |sya )?(?:hindi|di) pa (?:kasal|nag-?aasawa|nag-?asawa)"
    r"|bakit wala (?:pa )?(?:siyang|syang) asawa|bakit walang asawa": "why she isn't married",
    r"bakit wala (?:pa )?(?:silang|kayong|siyang|syang) anak|bakit walang anak": (
        "why they have no children"
    ),
    r"bata pa": "young",
    r"katawan ko": "my body",
    r"hita ko": "my thighs",
    r"mukha ko": "my face",
    r"itsura ko|hitsura ko|porma ko": "how i look",
    # places and times
    r"sa (?:bus|jeep|dyip|jeepney)": "on the bus",
    r"sa (?:mrt|lrt)": "on the metro",
    r"sa tren": "on the train",
    r"sa (?:sakayan|bus stop|waiting shed|terminal)": "at the bus stop",
    r"sa pila|nakapila|pumipila": "in the queue",
    r"sa (?:tindahan|sari-?sari|grocery|palengke)": "at the shop",
    r"sa (?:kapehan|coffee shop|cafe)": "at the cafe",
    r"sa (?:simbahan|templo)": "at the church",
    r"sa (?:mosque|moske)": "at the mosque",
    r"sa (?:trabaho|opisina)": "at work",
    r"sa (?:trabaho|opisina) niya|sa (?:trabaho|opisina) nya": "at her work",
    r"sa (?:labas|tapat) ng bahay niya|sa (?:labas|tapat) ng bahay nya": "outside her house",
    r"(?:pagkatapos|pagtapos|after) ng (?:party|inuman|handaan)": "after the party",
    r"ngayong gabi|mamayang gabi": "tonight",
    r"bukas ng|bukas ng gabi|bukas ng umaga": "tomorrow",
    r"sa linggo|sa araw ng linggo|tuwing linggo|ngayong linggo": "on sunday",
    # what is done
    r"nang hindi sinasabi sa kanya|nang di sinasabi|hindi sinasabihan|di sinasabihan": (
        "without telling her"
    ),
    r"nang hindi nagtatanong|nang di nagtatanong|hindi nagtatanong": "without asking",
    r"i-?record ang (?:tawag|call)|irecord ang (?:tawag|call)": "record the call",
    r"i-?screenshot|iscreenshot|ini-?screenshot|nag-?screenshot": "screenshot",
    r"(?:i-?send|ipasa|ishare|i-?share|ipost) sa (?:gc|group chat|gc namin|group)": (
        "send it to the group"
    ),
    r"puntahan sa (?:trabaho|opisina)|pupuntahan sa (?:trabaho|opisina)": "go to her work",
    r"umupo kasama|makiupo|makiupo sa kanila|tumabi sa kanila": "sit with them",
    r"makikain|makisalo|makihati sa pagkain|humingi ng pagkain nila": "share their food",
    r"maglakad sa yelo|lumakad sa yelo": "walk on the ice",
    r"sumakay sa (?:kotse|sasakyan|auto)": "get in the car",
    r"matulog sa bahay niya|makitulog|mag-?stay sa bahay niya|makitira": "stay at his place",
    r"(?:nang )?walang (?:sweldo|sahod|suweldo)": "without pay",
    r"regalo|pasalubong": "a gift",
    r"mag-?subscribe sa channel ko|i-?subscribe|magsubscribe": "subscribe to my channel",
    r"para (?:hindi|di) (?:siya|sya) makatanggi": "so he can't say no",
    r"kung hindi ay|kung di ay": "or else",
    r"(?:ibig sabihin|edi|e di) hindi mo (?:ako|ko) mahal": "that means you don't love me",
    r"kung (?:hindi|di) mo": "if you don't",
    r"kahit (?:sinabi|sinabihan) (?:niya|nya) (?:akong |ako na )?(?:layuan|tigilan|lumayo)"
    r"|kahit pinagsabihan akong lumayo": "even though she told me to leave her alone",
    # a shift, a ride home, a partner of hers
    r"(?:anong|anung|ano'?ng|what) oras (?:siya |sya )?(?:nag-?a-?out|mag-?a-?out|nag-?out"
    r"|mag-?out|lumalabas|umuuwi|uuwi|natatapos ang shift|tapos ang shift|out niya"
    r"|ang out niya)": "what time she gets off work",
    r"(?:saan|paano) (?:siya |sya )?(?:sumasakay|sasakay|umuuwi|dumadaan) pauwi": (
        "how she gets home"
    ),
    r"may (?:jowa|bf|boyfriend|nobyo|syota|gf|girlfriend|nobya|karelasyon) (?:na )?(?:siya|sya)"
    r"|(?:siya|sya) ay may (?:jowa|bf|boyfriend|nobyo|syota)": "she has a boyfriend",
    r"may asawa (?:na )?(?:siya|sya)|kasal na (?:siya|sya)|(?:siya|sya) ay (?:may asawa"
    r"|kasal) na": "she is married",
    r"yung": "the",
    r"(?:kung )?(?:anong|anung|ano'?ng) oras na|(?:kung )?ano ang oras": "what time it is",
}
