"""Everyday words a short ask is made of (people, question words, life facts, places, times and
what is done) in Arabic written in Latin letters and numbers (Levantine, Egyptian, Gulf) and
in Moroccan Darija, beside the words an ask turns on in `arabizi`, in the English the rules
read (`core.asks.gloss`)."""

GLOSSES: dict[str, str] = {
    # people
    r"tanet|tunt|tantii": "an auntie",
    r"3amo|3ammo|ya 3amo|3amou|3ammou": "an uncle",
    r"7ajj|el 7ajj|l7aj|7aj|el 7ag|l7ajj|chibani": "an old man",
    r"7ajja|l7ajja|7aja l kbira|el 7agga|7agga|chibania": "an old woman",
    r"zalame|zalameh|zalmeh|zalami|el wad": "a guy",
    r"el bent|l bent|lbent|el bint|lbnt|el bnt": "the girl",
    r"bnaya|bnayya|bnouta|benouta|bnayye|bnayeh": "a girl",
    r"tofla|toffla|tfoula|el tofla|etofla": "a girl",
    r"shabba|chabba|sabiyye|sabiyya|bint sghira": "a young woman",
    r"li jnbi|elli janbi|illi jambi|li ga3da jnbi|elli 2a3de jambi|elli a3de jambi"
    r"|elli ga3ed jambi|li ga3ed jnbi|elli gamby|elli gambi": "the person sitting next to me",
    r"7ad ma ba3rfo|7ad ma3rfoush|wa7ed ma kan3rfoch|wa7da ma kan3rfhach|7ad ma b3rfo"
    r"|wa7ed ma a3rfosh": "someone i don't know",
    r"sa7eb el koshk|moul lkiosk|moul l kiosk|bta3 el koshk|sa7b el kushk"
    r"|moul lcigarro": "the kiosk man",
    r"moazzafet el este2bal|mowazafet el este2bal|bta3 el reception": "the receptionist",
    r"7ares el amn|7aris amn|l3assas dyal": "the security guard",
    r"chaghala|shaghala|shaghalti|khaddamti|5addamti|el khadema|khadema|l mo3ina"
    r"|el shaghala|shagalti": "my maid",
    r"sawa2i|chauffeur dyali|sawa2 beta3i|sawwa2i|sa2i2i": "my driver",
    r"mosta2jeri|mosta2jerti|el saken 3andi|lkari dyali": "my tenant",
    r"mareedi|mareedti|mridi|mridti": "my patient",
    r"client dyali|zboni|zbonti|3ameli|3amilti|3amili": "my client",
    r"mowazzafi|mowazzafti|khaddam dyali|mwazfi|mwazafti": "my employee",
    r"tilmidi|tilmidti|tlmidi|tlmidti|talebti|taalbi|talebi|tolabi": "my student",
    r"elli badarresha|li kan9rih|li kanqriha|elli bdarrsa": "my tutee",
    r"marto|merato|mrato|zawjto|mrato|mratu": "his wife",
    r"jozha|gozha|rajelha|rajlha|zawjha|gouzha|rajla": "her husband",
    r"7abibha|habibha|sa7bha|sahbha|boyfriend dyalha|saheb dyalha|sa7b dyalha": "her boyfriend",
    r"7abib sa7bti|habib sahbti|sa7b sa7bti|boyfriend dyal sa7bti"
    r"|7bib sa7bti": "my best friend's boyfriend",
    r"omha|ommaha|mamatha|mmha|mamaha|umha": "her mother",
    r"okhtha|ukhtha|khtha|o5tha|ukhta": "her sister",
    r"7amati|hamati|hmati|lagouza|7maty|7amaty": "my mother-in-law",
    r"benti|bnti|binti l sghira|bnty": "my daughter",
    r"ibni|ebni|weldi|wldi|ibny|ebny": "my son",
    # question words and small verbs
    r"wayn|fein|feen|weyn|wain|fayn|fen": "where",
    r"lesh|leh|lish|3lash|3lach|3lech|leeh|laish": "why",
    r"kif|keef|kifash|kifach|izay|ezzay|ezay|shlon|chlon|kifeh|kifesh": "how",
    r"imta|emta|emtaa|imtan|wa9tash|waqtash|emte|imte|emtin": "when",
    r"meen|mino|chkoun|shkoun|chkon|mnu|meenha": "who",
    r"shou|aish|shnou|chnou|chno|shinu|eish|shno|chnu": "what",
    r"wach|wesh|iza kanet|eza kenet": "whether",
    r"(?:wein|wen|fen|fein|wayn|weyn|fin)"
    r" (?:saakne|sakne|sakna|saakna|katskon|kayskon|btoskon)": "where she lives",
    r"saakne|sakne|sakna|saken|katskon|kayskon|tiskun|btuskun|saknah|sakneh|btoskon": "she lives",
    r"btshteghel|tshtaghal|teshteghel|tashtaghel|katkhdem|kaykhdem|khdama|btishtighil"
    r"|bteshtghel|shaghala fi|katekhdem": "works",
    r"btedros|tedros|katqra|kat9ra|kaye9ra|btidrus|bte2ra|bti2ra|kat9ra f": "studies",
    r"trou7|btrou7|mashya|raye7a|ray7a|ghadya|btru7|kat mchi|katmchi": "goes",
    r"tiji|btiji|jaya|jeyya|btiji la|katji|kayji": "comes",
    r"2a3de|a3de|ga3da|g3da|ga3ed|jalsa|jales|2a3da|ga3ida|galsa": "sits",
    r"wa2fe|wa2fa|wa9fa|wagfa|waqfa|wa2ef|wa9ef|wagef": "stands",
    r"tstanna|btestanna|katsena|katsna|mestanniya|mstaniye|katsnna": "waits",
    r"tbki|btebki|katbki|bt3ayyat|bt3ayat|t3ayat|3am tebki|kat bki": "cries",
    r"mitjawze|mitjawza|metgawza|mtzawja|mzawja|mjawza|metgawez|mitjawez|mzowej": "she is married",
    r"3azba|3azeba|mesh metgawza|mish mjawze|mesh mitgawza|machi mzawja|3azab"
    r"|3azib": "she is single",
    r"(?:enty|enti|inti|anti|hiya|heya|hya) (?:mortabta|mertebta|martbta|mrtbta|ma5tooba|makhtouba"
    r"|ma5toba|makhtuba)|mortabta|mertebta|martbta|mrtbta": "whether she is taken",
    r"(?:l7ad|la7ad|le7ad|lehad|l8ayet|lghayet|7atta) ma (?:ye2ool|te2ool|y2ool|t2ool|ye2ol|te2ol"
    r"|yo2ol|to2ol|y2ol|t2ol|ywafe2|twafe2|yewafe2|tewafe2)(?: ah| aywa| aiwa| ae| ok| yes)?": (
        "until she says yes"
    ),
    r"kol yom|kol youm|koll yom|kol yoom|kol youm|kol nhar|koll nhar|kull yawm": "every day",
    r"hafdal|7afdal|ha3od|ha2a3od|hafdal a": "keep",
    r"doctora|dactora|el doctor|el doktor|el doctora|lel doctor|lel doctora": "the doctor",
    r"fel saydalia|fel saydaleya|fel saydalya|bel saydalia|fel agzakhana|fel ajzakhana": (
        "at the pharmacy"
    ),
    r"el gdeda|el gedida|el jdida|el gdid|el gedid|el jdid": "new",
    r"(?:w |w)(?:a3zemha|a3zimha|a3zmha|n3zemha|3azemha)": "and invite her",
    r"3ala dinner|3ala el 3asha|3al 3asha|3ala 3asha|3ala ghada": "to dinner",
    r"3andha wlad|3andha 3yal|3ndha drari|3andhom wlad|3andaha wlad|3ndha wlad"
    r"|3andha 3eyal": "she has children",
    r"agha2y|a8any|a8ani|aghanny|aghani|n8ani|nghanni|ghanni|8anny|y8anny|yghanni|te8ani"
    r"|y2ooloha ma3aya|ye2oloha ma3aya|yghanoha ma3aya|y8anoha ma3aya": "sing",
    r"b sot 3aly|b sot 3ali|bsot 3aly|bsot 3ali|be sot 3aly|be sot 3ali|b 9wt 3ali|b sawt 3ali": (
        "loudly"
    ),
    r"ar2os|nor2os|yor2os|tor2os|ar2os ma3a|or2os|nerkos|nor9os": "dance",
    r"lel nas|el nas elly|lel ro(?:k|kk)ab|el rokkab": "strangers",
    r"btekseb|katchedd|katrbe7|ta5od kam|btekhod adesh|btitla3 adesh|kat9bed|katqbed": "she earns",
    # life facts and looks
    r"lesh ma tjawzet|leh mesh metgawza|3lach ma tzawjatch|3lash mat9wjatch|lesh mish mitjawze"
    r"|leh ma etgawezetsh|3lach mazal ma tzawjat|lesh ma tjawazti"
    r"|leh mat2gawezteesh": "why she isn't married",
    r"lesh ma 3andhom wlad|leh ma 5alfoush|3lach ma 3ndhomch drari|leh ma3andhomsh 3eyal"
    r"|lesh ma jabo wlad|3lach ma wldoch": "why they have no children",
    r"ratebha|maratebha|mortabha|5lasha|khlasha|salairha|salire dyalha|ma3ashha"
    r"|mor2taba": "her salary",
    r"3omrha|3omraha|3mrha|ch7al f 3mrha|kam 3omrha|sennaha|2adesh 3omra|adesh 3omra"
    r"|ch7al f3merha": "her age",
    r"waznha|wazenha|l wazn dyalha|2adesh waznha|ch7al katwzen": "her weight",
    r"dinha|diyanetha|madhabha|din dyalha|dyanetha": "her religion",
    r"ta2fetha|taifetha|asl dyalha|9biltha|qabilatha|2aslha|aslha": "her caste",
    r"ay tabe2|anhi dor|ay dor|f ach mn etage|ach mn tabaq|kam tabe2|ach men etage|anhi door"
    r"|f ina tabe2|ay taba2": "which floor",
    r"ay sha2a|anhi sha2a|ra2m el sha2a|numero dyal l'appart|ra9m lappart"
    r"|ra2m sha2etha": "which flat",
    r"shoghlha|shughlha|5edmetha|khdmtha|lkhedma dyalha|shoghla|makan 3amalha"
    r"|blast lkhedma": "her workplace",
    r"jesmi|jismi|jism dyali|jsmi|jassadi": "my body",
    r"fkhadi|f5adi|fkhad|afkhadi|fkhadi dyali|werki|wraki": "my thighs",
    r"wejhi|wechi|woshi|wishi|wjhi|wjeh dyali|weshi": "my face",
    r"mzyan f chkel|7lw|7elw|mezyan|2amar": "attractive",
    r"sghira f sen|sghir f sen|soghayra|sghira f 3mr": "young",
    # places and times
    r"fel bas|bel bas|fel otobees|fel autobus|f tobis|f lkar|f l'autobus|fel baas|bel baas"
    r"|fel otobis|bel otobis|f toubis|f tobiss": "on the bus",
    r"fel metro|bel metro|f metro|f lmetro|fel mitro": "on the metro",
    r"fel 2atr|fel atr|bel 2atar|fel 2itar|f tran|f train|fel train|f ttran"
    r"|bel atr": "on the train",
    r"ma7attet el bas|ma7atet el otobees|mou2af el bas|f la station|f l'arret|mahatta|ma7atta"
    r"|f lmahatta|f l'arret dyal tobis|3al maw2af|maw2af el bas|fel ma7atta": "at the bus stop",
    r"fel tabour|fel dor|f ssaf|f sf|f la queue|fel sa2f|bel dor|fel saf|f saf": "in the queue",
    r"fel ma7al|bel ma7al|fel dokkan|f l7anout|f lhanout|f 7anout|bel dekkene|fel dekkene"
    r"|fel supermarket|fel ma7all": "at the shop",
    r"fil caisse|fel caisse|f lcaisse|f el caisse|3al caisse|3a caisse|fil kes"
    r"|fel kes": "at the till",
    r"fel kafe|fel ahwa|f lqahwa|f l9ahwa|fel coffee shop|fel cafe|bel cafe|f lcafe|f cafe"
    r"|fel 2ahwe|bel 2ahwe": "at the cafe",
    r"fel jame3|bel jame3|f jame3|fel masjed|f lmasjid|f jjame3|fel masjid|bel masjid"
    r"|f lmasjed": "at the mosque",
    r"fel kenise|f lknisa|fel kanisa|bel kenise|fel knise": "at the church",
    r"fel shoghl|bel shoghl|f lkhedma|fel 3amal|fel dawam|bel dawam|f lkhdma|fel shoghol"
    r"|bel shoghol|fel maktab|bel maktab|f lbiro|fel sho3'l": "at work",
    r"f shoghlha|f lkhedma dyalha|f khdmtha|fi shoghlha|bi shoghlha|fel shoghl beta3ha"
    r"|fi dawamha|bi dawamha": "at her work",
    r"odam betha|2odam betha|bara betha|9dam darha|qdam darha|7da darha|3and betha|ta7t betha"
    r"|2eddem baytha|adem baytha|ta7t baytha|3and baytha|9dam dar dyalha": "outside her house",
    r"ba3d el 7afla|ba3d el party|mn ba3d l7afla|ba3d l7efla|ba3d lsahra|ba3d el sahra"
    r"|men ba3d el party|ba3d lfete": "after the party",
    r"el leila|elleile|lyouma f lil|had lil|el lela|ellela|el leile|hal leile|had lila": "tonight",
    r"bokra|bukra|bokrah|ghedda|ghedwa|bokra el sob7|bukra sob7|ghedda f sba7": "tomorrow",
    r"yom el a7ad|nhar l7dd|nhar l7ed|nhar lhad|el a7ad|yawm el a7ad|nhar l7ad"
    r"|yom el 7ad": "on sunday",
    # what is done
    r"men gher ma a2olha|bdoun ma 2olha|bla ma ngolha|bla ma n9olha|min gher ma 2ullha"
    r"|bidoun ma 2ullha|mn ghir ma ngolha|bla ma ngoul liha"
    r"|men gheir ma a2ollaha": "without telling her",
    r"bla ma nsewel|bla ma nsewelha|men gher ma as2al|bidoun ezn|bla idn|bla permission"
    r"|men gher ezn|bdoun ezn|min gher ma as2alha|bla ma nst2den": "without asking",
    r"b chwiya 3liha|bel khabbi|bel 5abbi|bel mkhbi|bel khfa|bel khefya|fel khafa2": "secretly",
    r"nsajel lmokalama|asajel el mokalme|asajjel el mukalama|tasjil el mokalma|sajjel el call"
    r"|nsejjel l'appel|asajjel el call": "record the call",
    r"skrin|sekrin|scrin|skrinat|skreen": "screenshot",
    r"ab3atha lel group|eb3atha 3al group|nsiftha l group|nsifetha f lgroupe|f lgroupe"
    r"|lel group|3al group|fel group|3al groupe|l lgroupe|3al grup"
    r"|lal group": "send it to the group",
    r"amshi waraha|nemshi wraha|nmchi moraha|nmchi mouraha|nemshi waraha|nt7ba3ha": "follow her",
    r"astanaha|nstennaha|ntsnaha|estanaha|nstanaha|astannaha": "wait for her",
    r"aro7 3ala shoghlha|aroo7 3a shoghla|nmchi l khdmtha|nmchi l lkhedma dyalha|arou7"
    r" 3a shoghla|aro7 3and shoghlha": "go to her work",
    r"a23od ma3hom|a23ad m3ahom|ng3ed m3ahom|nglss m3ahom|nag3od m3ahom|o23od ma3hom"
    r"|nejles m3ahom": "sit with them",
    r"akol men aklhom|nakol mn makla dyalhom|nakol m3ahom|akol min aklon|akol men akelhom"
    r"|nchark m3ahom lmakla": "share their food",
    r"amshi 3al tal|amshi 3ala el talj|nmchi 3la tlj|nmchi 3la ttalj|amshi 3al jalid"
    r"|nemshi 3al jalid|amshi 3al talj": "walk on the ice",
    r"erkabi el 3arabeyya|erkab el sayara|tla3 l tomobil|tal3i l tomobil|tla3 f tomobil"
    r"|terkab m3aya|terkabi m3aya|tarkab m3i|erkabi ma3aya|tla3 m3aya f tomobil": "get in the car",
    r"tnam 3andi|tbat 3andi|aba2a 3ando|nbat 3ndo|nb9a 3ndo|nbiyet 3endo|tbati 3andi"
    r"|tnami 3andi|tbat 3ndi|anam 3ando|abat 3ando": "stay at his place",
    r"bala fulus|bidoon ajr|bla khlas|bla ajr|men gher ajr|bdoun ajr"
    r"|bla flous f l7dd": "work without pay",
    r"hdiya|hadiyya|hdia|hadeyya|hdiyya|hadiyye|hdya": "a gift",
    r"tjebli hdiya|tjibli hdiya|jibli hdiya|jeebli hadiyye|tjibili hdiya|tjeebli hadiyye"
    r"|tjibli cadeau|jibli cadeau": "bring me a gift",
    r"ychtarek f channel|ichtarek f chaine|abonni f la chaine|sub 3al channel|eshtarek fel"
    r" 2anat|yeshtrek fel channel|tabonna f la chaine|tchtarek f chaine": "subscribe to my channel",
    r"2odam el kol|odam el kol|odam el nas|9dam nas|qdam ness|9dam kolchi|2eddem el kel"
    r"|adam el kol|2odam el nas|9dam nnas|adem el kel": "in front of everyone",
    r"3ashan ma tear2ad tarfod|bach ma tqderch t9ol la|bach ma y9derch yrfd|3shan ma t2darsh"
    r" t2ool la2|3ashan ma t2darsh tarfod|bach ma tgderch tgoul la": "so he can't say no",
    r"ya3ni ma bet7ebbni|ya3ni enti ma bt7ebini|ya3ni mabt7ebnich|ya3ni ma kat7ebinich"
    r"|ya3ni mesh bet7ebbini|ya3ni ma bt7bini|ya3ni ma kat7ebnich": "that means you don't love me",
    r"iza ma|eza ma|law ma|law mesh|ila ma bghitich|ila ma drtich": "if you don't",
    r"ma3 enha 2alatli ib3ed|wakha galt lia b3ed mnha|ma3 enha alet sibni|wakha galt lia"
    r" khliha|ma3 enha 2alitli sibni|ma3 inno 2alatli ib3ed 3anni"
    r"|wakha galt lia nb3ed": "even though she told me to leave her alone",
}
