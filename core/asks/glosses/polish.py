"""Polish words an ask turns on, in the English the rules read (`core.asks.gloss`).

Keys are matched without accents, but "ł" has none to take off, so it is written "[łl]"
(many write it plain)."""

GLOSSES: dict[str, str] = {
    # asking and telling
    r"(?:po)?pros(?:ic|i[lł]\w*|ze|z|isz|i|imy|ic|ba|by)": "ask",
    r"(?:za|s)?pyta(?:c|j|m|sz|[lł]\w*|jcie|nie|li)?": "ask",
    r"powiedz(?:iec|iec|cie|ia[lł]\w*)?|powiem|mowi(?:c|c|e|sz|[lł]\w*)?": "tell",
    r"zapro(?:sic|sic|s|sze|si[lł]\w*)|zaprasza\w*": "invite",
    r"pozycz(?:yc|yc|y|ysz|y[lł]\w*|cie|ka|ki|ke|ek)?(?: mi)?": "lend me",
    r"dac(?: mi)?|daj(?:cie)?(?: mi)?|dadza|da[lł](?:a|o|y)?(?: mi)?": "give me",
    r"oddac|oddaj|odda[lł]\w*": "give back",
    r"postawic mi|postaw mi|stawiac mi|fundnac|zafundowac": "buy me",
    r"kupic|kup|kupi|kupuj\w*": "buy",
    r"zap[lł]a(?:cic|ci|ci[lł]\w*|c)|p[lł]aci(?:c|c|[lł]\w*)?|p[lł]ace": "pay",
    r"(?:za)?dzwoni(?:c|c|e|[lł]\w*)?|zadzwon|dzwon": "call",
    r"napisac(?: do)?|napisz(?: do)?|pisac do|esemes\w*|sms(?:a|y|em)?": "text",
    r"nagra(?:c|c|j|m)?|nagrywa(?:c|c|j|m|nie|jac)?|sfilmowac|filmowac|filmuj\w*": "film",
    r"(?:zrobic|zrob|cyknac|pstryknac) (?:jej |mu |im )?(?:zdjeci\w*|fotk\w*)": "take a photo of",
    r"zdje(?:cie|cia|c|ciu)|fotk[aeie]|fotografowac|sfotografowac": "a photo",
    r"wrzucic|wrzuc|opublikowac|opublikuj|wstawic|wsta[wm] (?:to|na)": "post it online",
    r"udostepnic|udostepnij|podzielic sie|transmitowac|na zywo": "share",
    r"udawac|udaje?|udac|udajac|podawac sie za|podac sie za|podaj sie za": "pretend to be",
    r"(?:o|s)?k[lł]ama(?:c|[lł]\w*)?|k[lł]amie|ok[lł]am\w*|ok[lł]amuj\w*": "lie",
    r"k[lł]amstw\w*|zmysl\w*|wymysl(?:on\w*|ic|ona)": "a lie",
    r"fa[lł]szyw\w*|podrobion\w*|lipn\w*|fejkow\w*": "a fake",
    r"zablokowa[lł](?:a|o|y)? mnie|ma mnie zablokowan\w*|zablokowan\w*": "blocked me",
    (
        r"(?:ze|z) (?:nowego|innego|drugiego|fa[lł]szywego) (?:konta|numeru|profilu)"
    ): "from a new account",
    r"nowe konto|nowy profil|drugie konto": "a new account",
    r"sledzic|sledz|pojsc za (?:nia|nim)|isc za (?:nia|nim)": "follow",
    r"(?:po|za)?czekac|(?:po|za)?czekaj|czekajac": "wait",
    r"przytulic|przytul|przytulac|przytulas\w*|przytuleni[ea]|uscisk\w*|usciskac": "a hug",
    r"poca[lł]owac|poca[lł]uj|ca[lł]owac|poca[lł]un\w*|buzi(?:ak\w*|aka)?|ca[lł]usa?": "a kiss",
    r"dotknac|dotknij|dotykac|dotyk\w*|pog[lł]askac|g[lł]askac": "touch",
    r"(?:z[lł]apac|trzymac|wziac) (?:ja |go )?za reke": "hold her hand",
    # a hand held for the user ("zeby potrzymal mnie za reke"), however the verb is bent
    (
        r"(?:po)?(?:trzyma|z[lł]apa|wzia|wzie|chwyci)(?:[lł]|[lł]a|[lł]y|li|c|j|[lł]by)?"
        r" (?:mnie|mi) za reke|(?:po)?trzymac za reke|za reke mnie"
    ): "hold my hand",
    r"masaz\w*|(?:wy)?masowac|(?:wy)?masuj": "a massage",
    r"podwiezc?|podwiezc?|podwozic|podrzucic mnie|podrzuc mnie": "give me a lift",
    r"prowadzic (?:auto|samochod)|za ko[lł]kiem|za kierownica": "drive",
    r"spotkac sie|spotkaj(?:my)? sie|spotkac|spotkanie": "meet",
    r"umowic sie|umow sie|wyjsc (?:ze mna|z nim|z nia)|pojsc ze mna": "go out with me",
    r"randk\w*": "a date",
    r"pojd(?:zie|ziesz|ziemy|e)|pojed(?:zie|ziesz|ziemy|e)": "go",
    r"pojsc|jechac|pojechac": "go",
    r"pom(?:oc|oze|ozesz|og[lł]\w*|agac)|pomoz": "help",
    r"podwyzk\w*": "a raise",
    r"grozic|zagrozic|postraszyc|straszyc|szantaz\w*": "threaten",
    r"zmusic|zmuszac|zmus|kazac|kaz": "make them",
    r"nalegac|naciskac|naciska[lł]\w*|nie odpuszczac|nie odpusc": "insist",
    r"b[lł]agac|b[lł]agaj|zebrac|wyzebrac": "beg",
    # people
    (
        r"nieznajom\w*|obc(?:y|a|ego|ej|a|ym|ych|emu|ymi)|"
        r"nieznan(?:y|a|ego|ej|a|ym) (?:osob\w*|facet\w*|mezczyzn\w*|kobiet\w*)"
    ): "a stranger",
    (
        r"przechodni(?:a|ow|ow|e|om)?|przechodzien|losow\w* (?:osob\w*|ludzi)|"
        r"przypadkow\w* (?:osob\w*|ludzi)"
    ): "a passer-by",
    r"mezczyzn\w*|facet(?:a|owi|em)?|gosc|goscia|typ(?:a|em|owi)": "a man",
    r"pan(?:a|u|em)": "the gentleman",
    r"kobiet\w*|dam[aee]": "a woman",
    r"pania?": "the lady",
    (
        r"moj(?:a|a|ej) dziewczyn\w*|moj(?:a|a|ej) narzeczon\w*|moj(?:a|a|ej) partnerk\w*"
    ): "my girlfriend",
    r"moj ch[lł]opak|mojego ch[lł]opaka|moim ch[lł]opakiem|mojemu ch[lł]opakowi": "my boyfriend",
    r"dziewczyn\w*|dziewczynk\w*|lask[aeie]|dziewczyn": "a girl",
    r"ch[lł]opak(?:a|owi|iem|i|ow)?|ch[lł]opc\w*|ch[lł]opiec": "a boy",
    r"dzieck\w*|dzieci\w*|nastolat\w*|nieletni\w*": "a child",
    r"ktos|kogos|komus|kims|ludzi|ludziom": "someone",
    r"osob[aeey]|osoba": "a person",
    r"kelner(?:a|owi|em)?": "the waiter",
    r"kelnerk\w*|kelnerce": "the waitress",
    r"konduktor\w*|kanar\w*|kontroler\w* biletow": "the conductor",
    r"kasjer\w*|pani z kasy|pani przy kasie|przy kasie": "the cashier",
    r"ekspedient\w*|sprzedawc\w*|sprzedawczyn\w*|sklepow\w*": "the shop assistant",
    r"barist\w*|baristk\w*|barman\w*|barmank\w*": "the barista",
    r"kierowc\w*|taksowkarz\w*|kierowniczk\w*": "the driver",
    r"pielegniar\w*": "the nurse",
    r"lekarz\w*|lekark\w*|doktor\w*|dentyst\w*|farmaceut\w*": "the doctor",
    (
        r"nauczyciel\w*|wychowawc\w*|profesor\w*|wyk[lł]adowc\w*|trener\w*|trenerk\w*|"
        r"korepetytor\w*"
    ): "the teacher",
    r"recepcjonist\w*|pani z recepcji|pan z recepcji|portier\w*": "the receptionist",
    r"ochroniarz\w*|straznik\w*|bramkarz\w*": "the guard",
    r"fryzjer\w*|kosmetyczk\w*|manikiurzystk\w*": "the hairdresser",
    r"kurier\w*|dostawc\w*|listonosz\w*|kelnerk\w* z dostaw\w*": "the delivery driver",
    r"klient\w*": "a customer",
    r"pacjent\w*": "a patient",
    (
        r"ucz(?:nia|niowi|niem|niowie|niow|en|ennic\w*)|student\w*|studentk\w*|podopieczn\w*"
    ): "a student",
    r"(?:moj|moj\w*) (?:pracownik\w*|pracownic\w*|podw[lł]adn\w*)": "my employee",
    r"podw[lł]adn\w*": "my subordinate",
    r"pracownik\w*|pracownic\w*|stazyst\w*": "an employee",
    (
        r"koleg(?:a|e|i|om|ami|ow)|kolezank\w*|wspo[lł]pracownik\w*|wspo[lł]pracownic\w*"
    ): "a colleague",
    (
        r"szef(?:a|owi|em|ie|owa|owa|owej)?|prze[lł]ozon\w*|kierownik\w*|kierowniczk\w*|"
        r"dyrektor\w*|menadzer\w*|manager\w*"
    ): "the boss",
    r"w[lł]asciciel\w* mieszkania|wynajmujac\w*|w[lł]asciciel\w*|gospodarz\w*": "the landlord",
    r"najemc\w*|lokator\w*|wspo[lł]lokator\w*": "the tenant",
    r"sasiad\w*|sasiadk\w*": "the neighbour",
    r"przyjaci(?:el\w*|o[lł]\w*)|kumpl\w*|kumpel|kumpela|koles\w*|znajom\w*": "a friend",
    r"(?:moj|moj\w*) (?:by[lł](?:y|a|ego|ej|a|ym)|eks|ex)": "my ex",
    r"(?:moj\w*|moj) (?:zon\w*|mez(?:a|owi|em)?|maz|partner\w*)": "my partner",
    r"zon(?:a|e|y|ie|a)|mez(?:a|owi|em)|maz|partnerk\w*": "my partner",
    (
        r"mam(?:e|y|ie|a|o)|matk\w*|tat(?:[aeey]|o|cie|a)|ojc(?:a|u|em)|ojciec|rodzic\w*|"
        r"siostr\w*|brat(?:a|u|em|owi|y|ow)|babci\w*|babk\w*|dziadk\w*|dziadek|wnuczk\w*|"
        r"wnuk\w*|wnucz(?:ek|ka|ka)|syn(?:a|owi|em)|cork\w*|kuzyn\w*|ciotk\w*|cioci\w*|ciocia|"
        r"wujk\w*|wujek|tesciow\w*|szwagr\w*|szwagier"
    ): "my family",
    # what is asked
    (
        r"pieniadz\w*|pieniedz\w*|kas[ey]|hajs\w*|gotowk\w*|z[lł]ot(?:y|e|ych|owk\w*)|z[lł]|"
        r"stow\w*|dych\w*|piatak\w*|dolar\w*|drobn\w*"
    ): "money",
    r"za darmo|darmow\w*|gratis|bez p[lł]acenia|na koszt firmy": "for free",
    r"znizk\w*|rabat\w*|upust\w*|taniej|obnizk\w*|promocj\w*|ulg[aeiy]|ulgow\w*": "a discount",
    r"kredyt\w*|na kreske|na zeszyt|na kreche|na raty": "on credit",
    r"(?:jej|jego|ich) (?:numer\w*|telefon\w*|komork\w*)": "her phone number",
    # a number asked of someone is theirs, where "do taksowki" or "stolika" names another's
    (
        r"o (?:numer|numerek) (?:telefonu|komorki|komorkowy)"
        r"(?! (?:do|na|pod|alarm\w*|awaryjn\w*)\b)|o (?:numer|numerek)(?= *(?:[,.;!?]|$))"
    ): "for her phone number",
    (
        r"numer(?:u|em)? (?:telefonu|komorki)|numer(?:ek|ka|u)?|telefon(?:u)?|komork\w*"
    ): "phone number",
    r"gdzie mieszka\w*|(?:jej|jego|ich) adres\w*|adres(?:u)? domow\w*": "her home address",
    r"adres\w*": "an address",
    r"(?:jej|jego|ich) (?:insta\w*|fejs\w*|facebook\w*|snap\w*|konto|profil\w*)": "her instagram",
    r"fejs\w*|fejsbuk\w*": "facebook",
    r"na kolacje|kolacj\w*": "for dinner",
    r"na kawe": "for a coffee",
    r"na drinka|na piwo|na wino": "for a drink",
    r"na randke": "on a date",
    r"kaw[aeey]|kawk\w*": "a coffee",
    r"drink\w*|piw(?:o|a|ko|em)|win(?:o|a)|wodk\w*": "a drink",
    r"[lł]adn\w*|piekn\w*|przystojn\w*|atrakcyjn\w*|seksown\w*|sliczn\w*": "attractive",
    r"brzydk\w*|brzydal\w*": "ugly",
    r"grub(?:y|a|e|sz\w*|as\w*)|ile waz\w*": "fat",
    r"chud(?:y|a|e|sz\w*)": "thin",
    r"star(?:y|a)|starsz(?:y|a)|ile ma lat": "old",
    (
        r"znowu|znow|ponownie|jeszcze raz|raz jeszcze|kolejny raz|drugi raz|po raz kolejny|"
        r"po raz drugi"
    ): "again",
    (
        r"(?:mimo|chociaz|choc) (?:ze )?(?:juz )?(?:powiedzia[lł](?:a|o|y)? (?:mi )?(?:ze"
        r" )?nie|odmowi[lł](?:a|o|y)?)"
    ): "even though she said no",
    (
        r"powiedzia[lł](?:a|o|y)? (?:mi )?(?:ze )?nie|odmowi[lł](?:a|o|y)?|"
        r"da[lł](?:a)? mi kosza"
    ): "said no",
    r"po odmowie|mimo odmowy": "after a no",
    r"w nocy|noca|o po[lł]nocy|pozno w nocy|nad ranem|w srodku nocy": "at night",
    r"sam(?:a|emu|ej|otnie)|w pojedynke|sam na sam|tylko we dwojke": "alone",
    (
        r"pijan\w*|po pijaku|po pijanemu|nietrzezw\w*|po alkoholu|po piwie|po paru piwach|"
        r"wstawion\w*|nawalon\w*"
    ): "drunk",
    r"tajemnic\w*|sekret\w*": "a secret",
    r"wymowk\w*|pretekst\w*|pod pretekstem": "an excuse",
    (
        r"bez (?:jej |jego |ich )?(?:zgody|wiedzy|pytania)|po kryjomu|potajemnie|ukradkiem|"
        r"(?:tak )?zeby nie (?:widzia[lł]\w*|wiedzia[lł]\w*|zauwazy[lł]\w*)"
    ): "without them knowing",
    r"bo inaczej|w przeciwnym razie|albo (?:zrobie|powiem)": "or else",
    # function words
    r"czy": "if",
    r"jesli|jezeli|gdyby": "if",
    r"ze": "that",
    r"iz": "that",
    r"zeby|aby": "so that",
    # a claim made for a perk: "ze mam legitymacje ..., zeby dostac znizke, chociaz jej nie mam"
    r"zeby dostac|aby dostac|zeby miec|zeby dostal\w*|zebym dostal\w*": "to get",
    r"dostac|dostane|dostalbym|dostala?bym": "get",
    r"ze mam": "that i have",
    r"mam": "i have",
    r"nie mam": "i don't have",
    r"(?:jej|go|ich) nie mam|nie mam (?:jej|go|ich)|wcale (?:jej |go |ich )?nie mam": (
        "i don't have one"
    ),
    r"legitymacj\w*|karte|karta|karty": "a card",
    r"urodziny|urodzin": "my birthday",
    r"kombatant\w*|weteran\w*": "veteran",
    r"kiedy|gdy": "when",
    r"bo|poniewaz|gdyz": "because",
    r"chociaz|choc|mimo ze|pomimo ze|nawet jesli": "even though",
    r"bez": "without",
    r"ze mna": "with me",
    r"z nia": "with her",
    r"z nim": "with him",
    r"z": "with",
    r"dla": "for",
    r"o": "for",
    r"na": "on",
    r"w": "in",
    r"przy": "at",
    r"mnie|mna": "me",
    r"moj": "my",
    r"moj(?:a|e|ego|a|ej|emu|ich|i|im|imi)": "my",
    r"twoj|twoj(?:a|e|ego|a|ej|emu|ich|i)": "your",
    r"jej|ja|nia|niej": "her",
    r"jego|niego|jemu|niemu": "him",
    r"ich|im|nich|nimi": "them",
    r"nie": "not",
}
