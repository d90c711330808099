"""Everyday Turkish words a short ask is made of (people, question words, life facts, places,
times and what is done), beside the words an ask turns on in `turkish`, in the English the
rules read (`core.asks.gloss`). Keys are written plain as there ("s" for "ş", "[iı]" for "ı")."""

GLOSSES: dict[str, str] = {
    # people
    r"bir teyze\w*|teyzeye|teyzeyi|teyzeden|teyzecig\w*": "an auntie",
    r"bir amca\w*|amcaya|amcay[iı]|amcadan|amcac[iı]g\w*|day[iı]ya|day[iı]y[iı]": "an uncle",
    r"amcam\w*|day[iı]m\w*|teyzem\w*": "my family",
    r"hanimefendi\w*|han[iı]mefendi\w*|bayan(?:a|[iı]|dan)?": "a lady",
    r"beyefendi\w*|bey(?:e|i|den)|abiye|abiyi|abiden": "a man",
    r"genc k[iı]z\w*|genc bir k[iı]z\w*|genc kad[iı]n\w*": "a young woman",
    r"delikanl[iı]\w*|genc adam\w*|genc bir adam\w*|genc cocuk": "a young man",
    r"yasl[iı] (?:bir )?(?:adam|amca|beye?)\w*|ihtiyar\w*": "an old man",
    r"yasl[iı] (?:bir )?(?:kad[iı]n|teyze|hanim|han[iı]m)\w*": "an old woman",
    r"yan[iı]mdaki\w*|yan[iı]mda oturan\w*|yan[iı]mda duran\w*|yan koltuktaki\w*"
    r"|yan masadaki\w*": "the person sitting next to me",
    r"s[iı]ra arkadas\w*|koltuk arkadas\w*": "my seatmate",
    r"tan[iı]mad[iı]g[iı]m bir\w*|hic tan[iı]mad[iı]g[iı]m\w*": "someone i don't know",
    r"bakkal(?:a|[iı]|dan)?|dukkanc[iı]\w*|magaza sahib\w*|market sahib\w*": "the shopkeeper",
    r"bufeci\w*|bufedeki\w*|simitci\w*|seyyar satic[iı]\w*|gazeteci amca": "the kiosk man",
    r"kap[iı]c[iı]\w*|apartman gorevli\w*": "the doorman",
    r"guvenlik gorevli\w*|guvenlikci\w*": "the security guard",
    r"ozel ders verdigim\w*|ozel ders ogrenci\w*|ozel ogrenci\w*": "my tutee",
    r"talebe(?:m|mi|me|mden|ler[iı]m\w*)|ogrencim\w*": "my student",
    r"hizmetci(?:m|mi|me|mize|mizi|miz)|temizlikci(?:m|mi|me|mize|mizi|miz)"
    r"|gundelikci(?:m|mi|me|mize|miz)|yard[iı]mc[iı](?:m|m[iı]|ma|m[iı]z[iı]?)": "my maid",
    r"sofor(?:um|umu|uma|umuz|umuzu)": "my driver",
    r"musteri(?:m|mi|me|mden|ler[iı]m\w*)|danisan(?:[iı]m|[iı]m[iı]|[iı]ma)": "my client",
    r"kar[iı]s[iı](?:n[iı]|na|ndan|yla)?|hanim[iı](?:n[iı]|na)?|esini|esinden": "his wife",
    r"kocas[iı](?:n[iı]|na|ndan|yla)?": "her husband",
    r"en yak[iı]n arkadas[iı]m[iı]n (?:erkek arkadas|sevgili)\w*"
    r"|kankam[iı]n sevgili\w*|kankam[iı]n erkek arkadas\w*": "my best friend's boyfriend",
    r"annesi(?:ne|ni|nden|yle)?|annesine": "her mother",
    r"k[iı]z kardesi(?:ne|ni|nden)?|ablas[iı](?:na|n[iı]|ndan)?": "her sister",
    r"kay[iı]nvalide\w*|kaynana\w*|kay[iı]nanne\w*": "my mother-in-law",
    r"kocam(?:a|[iı]|dan|la)?|beyim(?:e|i|den)?": "my husband",
    r"kar[iı]m(?:a|[iı]|dan|la)?": "my wife",
    r"k[iı]z[iı]m(?:a|[iı]|dan|la)?": "my daughter",
    r"oglum(?:a|u|dan|la)?": "my son",
    # question words and small verbs
    r"nerede|nerde|nereye|nereden|nerden|nereli": "where",
    r"neden|niye|nicin": "why",
    r"nas[iı]l": "how",
    r"ne zaman|saat kacta": "when",
    r"kimin|kime|kiminle|kimle|kimdir": "who",
    r"neyi|neler": "what",
    r"olup olmad[iı]g[iı]n[iı]|m[iı] diye|mi diye|mu diye": "whether",
    r"nerede (?:oturuyor|yas[iı]yor|kal[iı]yor)\w*|nerde (?:oturuyor|yas[iı]yor|kal[iı]yor)\w*"
    r"|nerede oturdugu\w*|nerede yasad[iı]g[iı]\w*|nerede kald[iı]g[iı]\w*": "where she lives",
    (
        r"nerede cal[iı]s(?:[iı]yor|t[iı]g[iı])\w*|nerde cal[iı]s(?:[iı]yor|t[iı]g[iı])\w*"
    ): "where she works",
    r"oturuyor\w*|yas[iı]yor\w*|kal[iı]yor\w*": "she lives",
    r"cal[iı]s[iı]yor\w*": "she works",
    r"okuyor\w*": "she studies",
    r"gidiyor\w*": "she goes",
    r"geliyor\w*": "she comes",
    r"duruyor\w*|ayakta": "she stands",
    r"bekliyor\w*": "she waits",
    r"ag[iı]l[iı]yor\w*": "she cries",
    r"evli(?: mi| misin| m[iı]s[iı]n[iı]z| oldugunu| olup olmad[iı]g[iı]n[iı])?": "she is married",
    r"bekar(?: m[iı]| oldugunu| olup olmad[iı]g[iı]n[iı])?": "she is single",
    r"cocugu var m[iı]|cocuklar[iı] var m[iı]|cocugu olup olmad[iı]g[iı]n[iı]": "she has children",
    r"kazan[iı]yor\w*|ne kadar kazand[iı]g[iı]\w*|kac para kazan\w*": "she earns",
    # life facts and looks
    r"neden evlenme(?:dig|mis|yor)\w*|niye evlenme(?:dig|mis|yor|di)\w*"
    r"|neden evli degil\w*|niye evli degil\w*": "why she isn't married",
    (
        r"neden cocuk\w* (?:yok|olmad[iı]\w*|yapm[iı]yor\w*|yapmad[iı]\w*)|niye cocuk\w* (?:yok"
        r"|olmad[iı]\w*|yapm[iı]yor\w*|yapmad[iı]\w*)"
    ): "why they have no children",
    r"maas[iı](?:n[iı]|ndan)?|ne kadar maas\w*|kac maas\w*|maas[iı]n[iı]n ne kadar": "her salary",
    r"yas[iı]n[iı]|kac yas[iı]nda|kac yas\w*|yas[iı] kac": "her age",
    r"kilosu(?:nu)?|kac kilo\w*": "her weight",
    r"dini(?:ni|nin|ne)?|hangi dinden|mezheb[iı]\w*|hangi mezhep\w*": "her religion",
    r"kac[iı]nc[iı] kat\w*|hangi katta|hangi kat": "which floor",
    r"daire numaras\w*|kap[iı] numaras\w*|hangi dairede|hangi daire": "which flat",
    r"is yeri(?:ni|nin|nde)?|isyeri(?:ni|nin|nde)?|cal[iı]st[iı]g[iı] yer\w*": "her workplace",
    r"vucud(?:um|umu|uma)|vucudum\w*|bedenim\w*": "my body",
    r"butlar[iı]m\w*|bacaklar[iı]m\w*|basenim\w*": "my thighs",
    r"yuzum(?:u|e|un)?|surat[iı]m\w*": "my face",
    r"nas[iı]l gorunuyorum|nas[iı]l duruyorum|nas[iı]l gorundugum\w*": "how i look",
    r"genc(?:ler|ken)?": "young",
    # places and times
    r"otobuste|otobusten|minibuste|dolmusta|otobuse": "on the bus",
    r"metroda|metrobuste|metrodan|metrobusten": "on the metro",
    r"trende|trenden|marmarayda|vapurda": "on the train",
    r"durakta|otobus durag[iı]nda|durag[iı]nda|duraktaki\w*": "at the bus stop",
    r"kuyrukta|kuyruktaki\w*|s[iı]rada bekleyen\w*|s[iı]radaki\w*": "in the queue",
    r"dukkanda|magazada|markette|bakkalda|dukkandaki\w*|marketteki\w*": "at the shop",
    r"kafede|kafedeki\w*|kahvede|kahvecide|pastanede": "at the cafe",
    r"camide|camiden|camideki\w*": "at the mosque",
    r"kilisede|kilisedeki\w*": "at the church",
    r"tap[iı]nakta": "at the temple",
    r"is yerinde|isyerinde|ofiste|iste calisirken": "at work",
    r"is yerine|isyerine|onun is yerinde|onun isyerinde": "at her work",
    (
        r"evinin (?:onunde|d[iı]s[iı]nda|kap[iı]s[iı]nda)|kap[iı]s[iı]n[iı]n onunde"
    ): "outside her house",
    r"partiden sonra|parti bitince|partiden c[iı]k[iı]nca": "after the party",
    r"bu gece|bu aksam|bu aksamki": "tonight",
    r"yar[iı]n(?: aksam| sabah)?": "tomorrow",
    r"pazar gun(?:u|leri)|pazar gunu de|pazarlar[iı]": "on sunday",
    # what is done
    r"ona soylemeden|ona haber vermeden|haber vermeden|kimseye soylemeden": "without telling her",
    r"sormadan etmeden|izin istemeden": "without asking",
    r"(?:aramay[iı]|konusmay[iı]|telefonu|gorusmeyi|gorusmesini) kaydet\w*"
    r"|arama kayd[iı]\w*|ses kayd[iı]\w*": "record the call",
    r"ekran goruntusu\w*|ekran resmi\w*|ss al\w*|ss'?(?:ini|leri|lerini)": "screenshot",
    r"gruba gonder\w*|gruba yolla\w*": "send it to the group",
    r"pesine dus\w*|arkas[iı]ndan git\w*|pesinden git\w*": "follow her",
    r"onu bekle\w*|c[iı]k[iı]s[iı]n[iı] bekle\w*": "wait for her",
    r"(?:is yerine|isyerine|iste yan[iı]na|okuluna) (?:git|gid)\w*": "go to her work",
    r"(?:onlarla|yanlar[iı]na|masalar[iı]na) otur\w*": "sit with them",
    r"yemekler(?:ini|inden) (?:paylas|ye|yiy)\w*": "share their food",
    r"buz(?:un)? uzerinde yuru\w*|buzda yuru\w*|buzun ustunde yuru\w*": "walk on the ice",
    r"arabaya bin\w*|arabama bin\w*|arabas[iı]na bin\w*": "get in the car",
    r"(?:onun )?evinde kal\w*|onda kal\w*|bende kal\w*|bizde kal\w*": "stay at his place",
    r"(?:ucretsiz|paras[iı]z|bedavaya|maass[iı]z|karsiliks[iı]z) cal[iı]s\w*": "work without pay",
    r"hediye\w*": "a gift",
    r"bana hediye (?:al|getir)\w*": "bring me a gift",
    r"(?:kanal[iı]ma )?abone ol\w*": "subscribe to my channel",
    r"stajyer\w*|c[iı]rak\w*": "the intern",
    r"yeni baslayan\w*|yeni gelen\w*|ise yeni giren\w*": "newly started",
    r"yapt[iı]r(?:acag[iı]m|[iı]r[iı]m|mak|[iı]p|d[iı]m|s[iı]n)"
    r"|ettir(?:ecegim|mek|ip)": "make them do",
    r"temizlig\w*|temizlik\w*": "the cleaning",
    r"sonucta|nihayetinde|ne de olsa": "after all",
    r"aksam(?:a)?": "tonight",
    r"sabaha kadar": "until morning",
    r"gerekirse|icabinda": "if need be",
    r"nisanl[iı](?:m|ma|m[iı]|mdan|mla)": "my fiancee",
    r"(?:tum |butun )?ailenin (?:onunde|icinde)": "in front of the whole family",
    r"dugun tarih\w*": "the wedding date",
    r"(?:cevap verene|cevap verinceye|yan[iı]t verene|evet diyene|kabul edene) kadar"
    r" (?:masadan |yerimden |oradan |kap[iı]dan )?(?:kalkma|gitme|ayr[iı]lma)\w*": (
        "and not leave until she answers"
    ),
    r"yoksa": "or else",
    # "yoksa" between the two halves of a question is "or" ("... muyum, yoksa ailem mi ...?")
    r"(?<=m[iıu]y[iıu]m, )yoksa|(?<=m[iıu]y[iıu]m )yoksa": "or",
    r"kendime (?:sor|soray|sorac)\w*|kendi kendime (?:sor|soray|sorac)\w*": "ask myself",
    r"aksi halde|aksi takdirde": "otherwise",
    (
        r"demek ki beni sevmiyorsun|beni sevmiyorsun demek\w*|beni sevmiyorsun"
    ): "that means you don't love me",
    r"(?:eger )?(?:yapmazsan|gelmezsen|vermezsen|kabul etmezsen|etmezsen)": "if you don't",
    r"(?:beni )?rahat b[iı]rak dedig\w* halde|(?:beni )?rahat b[iı]rakmam[iı] soyledig\w* halde"
    r"|(?:ondan )?uzak durmam[iı] soyledig\w* halde": "even though she told me to leave her alone",
    # tomatoes for free at the market, a verdict on the user's looks, an apprentice's Sunday
    r"pazarda": "at the market",
    r"(?:domates|meyve|sebze|bal[iı]k|peynir|zeytin|manav)c[iı](?:ya|ye|dan|den)?": "the stall man",
    r"versene|ver bana|bana ver": "give me",
    r"bir kasa": "a crate of",
    r"nas[iı]lsa (?:cok|bir suru) sat[iı]yor\w*": "he sells a lot anyway",
    r"(?:guzel|yak[iı]s[iı]kl[iı]|cirkin|sisman|cekici|hos) m[iı]y[iı]m diye sor\w*": (
        "ask if i look attractive"
    ),
    r"c[iı]rag[iı]m(?:a|[iı])?|c[iı]rag[iı]ma": "my apprentice",
    r"bu pazar": "this sunday",
    r"evimi boya\w*": "to paint my house",
    r"zaten bana (?:bir sey|hic bir sey|hicbir sey) demez": "he won't say no to me anyway",
    # the user's looks put to people: "am I handsome, how many would you give?"
    r"(?:sizce |sence )?yak[iı]s[iı]kl[iı] m[iı]y[iı]m": "am i handsome",
    r"(?:sizce |sence )?(?:guzel|hos|tatl[iı]) m[iı]y[iı]m": "am i pretty",
    r"(?:sizce |sence )?(?:cirkin|sisman|kilolu) m[iı]y[iı]m": "am i ugly",
    (
        r"(?:10 uzerinden |ondan )?kac (?:puan )?(?:verirsiniz|verirsin|verir misiniz|verirdiniz"
        r"|verirdin)"
    ): "rate me out of 10",
    r"en ondeki kisiye|en ondeki kisi|ondeki kisiye": "the person at the front",
    r"onune gecmek|onune geceyim|onune gec(?:ip|erek)?|araya girmek": "cut in front of them",
    r"atm kuyrugunda|atm sirasinda|bankamatik kuyrugunda": "at the atm queue",
}
