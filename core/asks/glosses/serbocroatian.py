"""Serbian, Croatian and Bosnian words an ask turns on, in the English the rules read
(`core.asks.gloss`): the Latin spelling (both ekavian and ijekavian), then the Serbian
Cyrillic. "đ" has no accent to take off, so it is written "(?:đ|dj|d)"."""

GLOSSES: dict[str, str] = {
    # asking and telling (Latin)
    r"pitati|pitaj(?:te)?|pitam|upitati|upitaj|zapitaj|pitao|pitala|priupitati": "ask",
    r"zamoliti|zamoli(?:te)?|zamolim|zamolio|zamolila|moliti": "ask",
    r"traziti|trazi|trazim|zatraziti|zatrazi|trazio|trazila": "ask for",
    r"reci|recite|recem|kazati|kazi|kazem|rekao|rekla": "tell",
    r"pozvati|pozovi(?:te)?|pozovem|pozvao|pozvala": "invite",
    r"pozajmiti|pozajmi|posuditi|posudi|uzajmiti|pozajmicu|pozajmica|zajam|na zajam": "lend me",
    r"dati|daj(?:te)?|da mi da|dala|dao": "give me",
    r"vratiti|vrati(?:te)?": "give back",
    r"kupiti|kupi(?:te)?|castiti|casti|castis|cascavanje": "buy me",
    r"platiti|plati(?:te)?|platio|platila|placa": "pay",
    r"nazvati|nazovi(?:te)?|zvati|zovi|pozvoniti|okrenuti": "call",
    r"napisati|napisi|pisati|pisi|poruk\w*|sms\w*|poslati poruku": "text",
    r"snimiti|snimi(?:te)?|snimati|snimaj|snimam|snimio|snimila|snimak|snimk\w*": "film",
    r"slikati|slikaj|uslikati|uslikaj|fotografisati|fotografirati|slik(?:u|a|e)|fotk\w*": "a photo",
    (
        r"okaciti|okaci|objaviti|objavi|postaviti na|postavi na|staviti na|stavi na|podeliti|"
        r"podijeliti"
    ): "post it online",
    (
        r"praviti se|pravi se|glumiti|glumi|predstaviti se kao|predstavi se kao|pretvarati se|"
        r"pretvaraj se"
    ): "pretend to be",
    r"lagati|slagati|lazem|lazi|slazi|lagao|lagala|prevariti|prevari|muljati": "lie",
    r"laz|lazn\w*|izmisljen\w*|fejk\w*": "a fake",
    r"blokira(?:o|la|li)? me|blokiran\w*|blokirala|blokirao": "blocked me",
    (
        r"(?:sa|s|preko) (?:novog|drugog|laznog) (?:profila|naloga|broja)|novi profil|"
        r"lazni profil"
    ): "from a new account",
    r"pratiti|prati(?:ti)?|ici za njom|pratio": "follow",
    r"cekati|cekaj|sacekati|sacekaj|pricekati|pricekaj": "wait",
    r"zagrliti|zagrli|grliti|zagrljaj\w*": "a hug",
    r"poljubiti|poljubi|ljubiti|poljubac|poljupc\w*|pusa|pusu|pusicu": "a kiss",
    r"dodirnuti|dodirni|dirati|diraj|pipati|pipaj|pomilovati|milovati": "touch",
    r"(?:uhvatiti|drzati) (?:je |ga )?za ruku": "hold her hand",
    r"masaz\w*|izmasirati|masirati": "a massage",
    r"odvesti|odvezi|povesti|povezi|prevesti do|dovesti|odbaciti me|odbaci me": "give me a lift",
    r"voziti|vozi|za volanom": "drive",
    r"naci se|na(?:đ|dj|d)emo se|sastati se|vidjeti se|videti se|upoznati": "meet",
    (
        r"na sastanak|na spoj|na dejt|izlazak|izaci sa mnom|iza(?:đ|dj|d)e sa mnom|"
        r"izasla sa mnom|izasao sa mnom"
    ): "on a date",
    r"pretiti|prijetiti|zapretiti|zaprijetiti|ucenjivati|ucijeniti|uceniti": "threaten",
    r"naterati|natjerati|prisiliti|primorati|nateraj|natjeraj": "make them",
    r"insistirati|navaljivati|navaljuj|navaliti|pritiskati": "insist",
    r"moljakati|prositi|preklinjati|izmoliti|izmoljakati": "beg",
    r"pomoci|pomozi(?:te)?|pomogne|pomognes|pomazes": "help",
    r"doci|do(?:đ|dj)e|do(?:đ|dj)es|do(?:đ|dj)i": "come",
    # people (Latin)
    r"nepoznat\w*|stranc(?:a|u|em|i)|stranac|strankinj\w*": "a stranger",
    (
        r"prolaznik\w*|prolaznic\w*|"
        r"slucajn\w* (?:ljude|osobu|devojku|djevojku|zenu|covjeka|coveka)"
    ): "a passer-by",
    r"muskarc\w*|muskarac|lik(?:a|u|om)?|tip(?:a|u|om)|covjek\w*|covek\w*": "a man",
    (
        r"(?:moja|moju|mojoj) "
        r"(?:zena|zenu|zeni|devojka|devojku|djevojka|djevojku|cura|curu|supruga|suprugu)|"
        r"(?:moj|mog|mom) (?:muz|muza|muzu|decko|decka|momak|momka|suprug|supruga)"
    ): "my partner",
    r"zen(?:a|u|e|i|om|ama)|gospo(?:đ|dj|d)\w*|tetic\w*": "a woman",
    r"devojk\w*|djevojk\w*|devojcic\w*|djevojcic\w*|cur(?:a|u|e|om)": "a girl",
    r"decak\w*|djecak\w*|decko|decka|momak|momk\w*|klinac|klinc\w*": "a boy",
    (
        r"det(?:e|eta|etu)|dijete|djetet\w*|dec(?:a|u|om|i)|djec\w*|maloletn\w*|maloljetn\w*"
    ): "a child",
    r"neko|nekog|nekoga|nekome|netko|nekom|ljud(?:e|ima|i)": "someone",
    r"konobar(?:a|u|om)?": "the waiter",
    r"konobaric\w*": "the waitress",
    r"kasir\w*|blagajnic\w*|na kasi|na blagajni": "the cashier",
    r"prodavac|prodavc\w*|prodavac\w*|prodavacic\w*|prodavacic\w*|trgovk\w*": "the shop assistant",
    r"barmen\w*|barmenk\w*|barist\w*": "the barista",
    r"vozac\w*|taksist\w*|dostavljac\w*|kurir\w*": "the driver",
    r"medicinsk\w* sestr\w*|sestr(?:a|u|om) u bolnici": "the nurse",
    (
        r"lekar\w*|lijecnik\w*|lecnik\w*|doktor\w*|zubar\w*|apotekar\w*|ljekarnik\w*|"
        r"farmaceut\w*"
    ): "the doctor",
    r"nastavnik\w*|nastavnic\w*|profesor\w*|ucitelj\w*|trener\w*|uciteljic\w*": "the teacher",
    r"recepcioner\w*|recepcionar\w*|portir\w*": "the receptionist",
    r"cuvar\w*|obezbe(?:đ|dj)enj\w*|zastitar\w*|policajc\w*|policajac": "the guard",
    r"frizer\w*|berber\w*|manikir\w*": "the hairdresser",
    r"musterij\w*|klijent\w*|kupc(?:a|u|i|em)|kupac|gost(?:a|u|i)": "a customer",
    r"pacijent\w*": "a patient",
    r"ucenik\w*|ucenic\w*|student\w*|studentkinj\w*": "a student",
    r"podre(?:đ|dj)en\w*": "my subordinate",
    r"zaposlen\w*|radnik\w*|radnic\w*|pripravnik\w*": "an employee",
    r"koleg\w*|koleginic\w*": "a colleague",
    (
        r"sef(?:a|u|om|ica|icu|ice)?|direktor\w*|menadzer\w*|nadre(?:đ|dj)en\w*|poslodavc\w*|"
        r"poslodavac"
    ): "the boss",
    r"stanodavc\w*|stanodavac|gazd(?:a|u|e|om|arica|aricu)": "the landlord",
    r"podstanar\w*|stanar\w*|cimer\w*": "the tenant",
    r"komsij\w*|komsinic\w*|susjed\w*|sused\w*": "the neighbour",
    r"drugar\w*|drugaric\w*|prijatelj\w*|ortak\w*|poznanik\w*|poznanic\w*|jaran\w*": "a friend",
    r"(?:moj|moja|mog|moju|mojoj) bivs\w*|bivs(?:a|u|i|eg|oj)": "my ex",
    (
        r"mam(?:a|u|i|om)|majk\w*|tat(?:a|u|i|om)|otac|oca|ocu|brat(?:a|u|om)?|"
        r"sestr(?:a|u|i|om)|bak(?:a|u|i|om)|ded(?:a|u|i)|djed\w*|unuk\w*|unuc\w*|sin(?:a|u|om)|"
        r"cerk\w*|kcer\w*|ro(?:đ|dj)ak\w*|ro(?:đ|dj)ak|tetk\w*|ujak\w*|ujn\w*|stric\w*|"
        r"svekr\w*|punic\w*|tast\w*"
    ): "my family",
    # what is asked (Latin)
    (
        r"novac|novca|novcem|pare|parama|dinar\w*|evr(?:a|o|ima)|kun(?:a|e|i)|marak\w*|km|"
        r"sitnis\w*|hiljad\w*|tisuc\w*"
    ): "money",
    r"besplatno|besplatn\w*|dzaba|zabadava|gratis|bez placanja|na racun kuce": "for free",
    r"popust\w*|jeftinije|snizenj\w*": "a discount",
    r"na veresiju|na kredit|na dug|na crtu|na rate": "on credit",
    (
        r"(?:njen|njezin|njegov) (?:broj|telefon|mobilni)|njen broj telefona|broj od nje"
    ): "her phone number",
    (
        r"broj(?:a|em)? telefona|broj(?:a|em)? mobilnog|broj(?:a|em)?|telefon(?:a)?|mobilni"
    ): "phone number",
    r"gde zivi|gdje zivi|(?:njenu|njezinu|njegovu) adresu|kucn\w* adres\w*": "her home address",
    r"adres\w*": "an address",
    r"(?:njen|njezin|njegov) (?:instagram|insta|fejs|profil|snap\w*|nalog)": "her instagram",
    r"fejs\w*|fejsbuk\w*": "facebook",
    r"na veceru|veceru|vecera|na rucak": "for dinner",
    r"kaf(?:a|u|e|ic\w*)|kav(?:a|u|e|ic\w*)": "a coffee",
    r"na kafu|na kavu|na kaficu|na kavicu": "for a coffee",
    r"na pice|pice|pica|piv(?:o|a|u)|vino|vina|rakij\w*|na pivo": "a drink",
    r"lep(?:a|i|o|u|e|ota)|lijep(?:a|i|o|u|e|ota)|zgodn\w*|privlacn\w*|seksi": "attractive",
    r"ruzn\w*|grd\w*": "ugly",
    r"debel\w*|debl\w*|koliko tezi|koliko je teska|koliko je tezak|udebljal\w*": "fat",
    r"mrsav\w*": "thin",
    r"star(?:a|i|ija|iji)|koliko ima godina": "old",
    r"opet|ponovo|ponovno|jos jednom|jos jedanput|drugi put|jos jedan put": "again",
    (
        r"iako (?:mi )?je (?:vec )?(?:rekla|rekao) (?:da )?ne|"
        r"iako (?:me )?je (?:vec )?odbi(?:la|o)"
    ): "even though she said no",
    (
        r"(?:rekla|rekao) (?:mi )?je (?:da )?ne|(?:rekla|rekao) (?:da )?ne|odbila|odbio|"
        r"odbila me|odbio me"
    ): "said no",
    r"nocu|u ponoc|kasno nocu|usred noci|u sitne sate": "at night",
    r"sam(?:a|oj)|nasamo|samo nas dvoje|samo nas dvojica": "alone",
    r"pijan\w*|nacvrcan\w*|pripit\w*|naliven\w*|posle par piva|nakon par piva": "drunk",
    r"tajn\w*|tajno|krisom|potajno|kradom": "a secret",
    r"izgovor\w*|pod izgovorom": "an excuse",
    (
        r"bez (?:njenog |njezinog |njegovog )?(?:pristanka|dozvole|dopustenja|znanja)|"
        r"a da (?:ona |on )?ne zna|da (?:ona |on )?ne primeti|da (?:ona |on )?ne primijeti"
    ): "without them knowing",
    r"inace": "or else",
    # function words (Latin)
    r"da li|ako|ukoliko": "if",
    r"kad|kada": "when",
    r"jer|zato sto|posto": "because",
    r"iako|mada|premda": "even though",
    r"sa mnom|s mnom": "with me",
    r"sa njom|s njom": "with her",
    r"sa njim|s njim": "with him",
    r"moj|moja|moje|mog|mojoj|moju|mojeg|mom|mojim": "my",
    r"tvoj|tvoja|tvoje|tvog|tvoju|tvojoj": "your",
    r"njen|njena|njenu|njezin\w*|nju|njoj": "her",
    r"njegov\w*|njega|njemu": "him",
    r"njihov\w*|njih|njima": "them",
    r"mene|meni|mnom": "me",
    r"nije|necu|nece": "not",
    # Serbian Cyrillic
    r"питати|питај(?:те)?|питам|упитај|замоли(?:ти|те)?|замолим|тражи(?:ти)?|затражи": "ask",
    r"реци|рећи|кажи|рекао|рекла": "tell",
    r"позови|позвати": "invite",
    r"позајми(?:ти)?|позајмиц\w*|посуди": "lend me",
    r"дај(?:те)?|дати": "give me",
    r"плати(?:ти)?|платио|платила|купи(?:ти)?|части(?:ти)?": "pay",
    r"сними(?:ти)?|снимај|снимати|снимак|снимк\w*": "film",
    r"сликај|сликати|услика(?:ти|ј)|слик(?:у|а|е)": "a photo",
    r"окачи|објави(?:ти)?|стави на|постави на": "post it online",
    r"лажи|лагати|слагати|лаж\w*|прави се|глуми": "lie",
    r"блокира(?:о|ла)? ме|блокиран\w*": "blocked me",
    r"загрли(?:ти)?|загрљај\w*|пољуби(?:ти)?|пољубац": "a hug",
    r"додирни|додирнути|дирати|пипати": "touch",
    r"непознат\w*|странц(?:а|у|ем)|странац|пролазни\w*": "a stranger",
    r"мушкар\w*|човек\w*": "a man",
    r"девојк\w*|девојчиц\w*": "a girl",
    r"дечак\w*|момак|момк\w*": "a boy",
    r"дете(?:та|ту)?|деца|деци|децом": "a child",
    r"неко|неког|некога|некоме|људ(?:е|има|и)": "someone",
    r"конобар(?:а|у|ом)?": "the waiter",
    r"конобариц\w*": "the waitress",
    r"касир\w*|касирк\w*": "the cashier",
    r"продавац|продавц\w*|продавачиц\w*": "the shop assistant",
    r"возач\w*|таксист\w*": "the driver",
    r"муштериј\w*|клијент\w*": "a customer",
    r"пацијент\w*": "a patient",
    r"шеф(?:а|у|ом|ица|ицу)?|директор\w*": "the boss",
    r"газд(?:а|у|е|арица|арицу)|станодав\w*": "the landlord",
    r"комшиј\w*|комшиниц\w*": "the neighbour",
    r"другар\w*|другариц\w*|пријатељ\w*": "a friend",
    r"новац|новца|паре|парама|динар\w*|евра": "money",
    r"бесплатно|џаба|попуст\w*": "for free",
    r"број(?:а|ем)? телефона|број(?:а|ем)?|мобилни": "phone number",
    r"(?:њен|њезин|његов) (?:број|телефон|мобилни)": "her phone number",
    r"где живи|(?:њену|његову) адресу": "her home address",
    r"на кафу|кафу|кафа|на пиће|пиће|на вечеру": "a coffee",
    r"леп(?:а|и|о|у)|згодн\w*|ружн\w*|дебел\w*|мршав\w*": "attractive",
    r"опет|поново|још једном": "again",
    r"(?:рекла|рекао) (?:ми )?је (?:да )?не|одбила|одбио": "said no",
    r"ноћу|у поноћ": "at night",
    r"пијан\w*": "drunk",
    r"тајно|кришом": "a secret",
    r"да ли|ако": "if",
    r"иако|мада": "even though",
    r"јер": "because",
    r"са мном": "with me",
    r"мој|моја|моје|мог|мојој|моју": "my",
    r"њен|њена|њену|њу|њој": "her",
    r"његов\w*|њега|њему": "him",
    r"мене|мени": "me",
    r"dok plesem|dok plesem": "dancing",
    r"dok pevam|dok pjevam": "singing",
    r"i stavi na|i postavi na|i objavi na": "and post it on",
    # the user's own standing said or asked ("da sam student", "da li sam ruzna")
    r"da li sam|jesam li": "if i am",
    r"da sam": "that i am",
    r"nisam": "i'm not",
    r"iako nisam|a nisam|iako to nisam|mada nisam|iako nisam (?:student|studentica)": (
        "even though i'm not"
    ),
    r"da dobijem|da bih dobi(?:o|la)|kako bih dobi(?:o|la)": "to get",
    # someone serving asked out after work by a user who does not know her
    r"(?:nakon|poslije|posle|po zavrsetku) (?:njene |njezine |njegove )?(?:smjene|smene)": (
        "after her shift"
    ),
    r"(?:nakon|poslije|posle) posla": "after work",
    r"ne (?:znam|poznajem) (?:je|ju|nju)(?: uopce| uopste| ni malo)?": "i don't even know her",
    r"ne (?:znam|poznajem) (?:ga|njega)(?: uopce| uopste| ni malo)?": "i don't even know him",
}
