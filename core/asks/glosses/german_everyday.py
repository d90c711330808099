"""Everyday German words around an ask (people, questions, places, times, what is done), in
the English the rules read (`core.asks.gloss`); `core.asks.glosses.german` holds the words an
ask turns on."""

GLOSSES: dict[str, str] = {
    # people
    r"den typen|der typ|einen typen|ein typ|dem typen|den kerl|der kerl|einen kerl": "a guy",
    r"die dame|der dame|die frau da|eine dame": "the lady",
    (
        r"ein alter mann|einen alten mann|einem alten mann|der alte mann|den alten mann"
        r"|dem alten mann|ein opa|einen opa|dem opa"
    ): "an old man",
    (
        r"eine alte frau|einer alten frau|die alte frau|der alten frau|eine oma|einer oma"
        r"|die oma|der oma|eine altere dame|einer alteren dame"
    ): "an old lady",
    (
        r"die person neben mir|der person neben mir|den neben mir|dem neben mir|die neben mir"
        r"|der neben mir"
    ): "the person next to me",
    (
        r"(?:die|der|das|den) neben mir sitzt|(?:die|der|das) neben mir sass"
        r"|(?:die|der) neben mir sitzende[nr]?"
    ): "the person sitting next to me",
    r"neben mir": "next to me",
    r"sitznachbar(?:in|n)?|meine[nr]? sitznachbar(?:in|n)?": "my seatmate",
    r"jemand(?:en)?,? den ich nicht kenne|leute,? die ich nicht kenne": "someone i don't know",
    r"ladenbesitzer(?:in)?|ladeninhaber(?:in)?|der besitzer|die besitzerin": "the shopkeeper",
    (
        r"kioskbesitzer(?:in)?|kioskmann|kioskverkaufer(?:in)?|spatibesitzer"
        r"|(?:der|den|dem) mann am kiosk|(?:die|der) frau am kiosk|(?:der|den|dem) mann im spati"
    ): "the kiosk man",
    r"empfangsdame|die frau am empfang|die frau an der rezeption": "the receptionist",
    r"sicherheitsmann|wachfrau|pfortner(?:in)?|der wachmann|den wachmann": "the guard",
    r"nachhilfeschuler(?:in)?|meine?n? nachhilfeschuler(?:in)?": "my tutee",
    (
        r"meine schuler|meinen schulern|meine schulerinnen|meine studenten|meinen studenten"
        r"|meine studentin|meiner studentin|meine schulerin|meiner schulerin|meinen schuler"
    ): "my students",
    (
        r"meine mitarbeiter(?:in)?|meinen mitarbeitern|meine angestellten|meinen angestellten"
        r"|meiner mitarbeiterin|meinen mitarbeiter|meine angestellte|meiner angestellten"
    ): "my employee",
    (
        r"putzfrau|putzkraft|putzhilfe|haushaltshilfe|haushalterin|zugehfrau|raumpflegerin"
        r"|kindermadchen|meine putzfrau|meiner putzfrau|unsere putzfrau|unserer putzfrau"
    ): "my maid",
    r"meine?n? fahrer(?:in)?|meinem fahrer|meiner fahrerin|mein chauffeur": "my driver",
    r"meine patienten|meinen patienten|meine patientin|meiner patientin": "my patient",
    (
        r"mein kunde|meinen kunden|meine kundin|meiner kundin|mein klient|meinen klienten"
        r"|meine klientin|meiner klientin"
    ): "my client",
    r"ein kleines kind|ein kleiner junge|ein kleines madchen": "a child",
    r"die kinder|den kindern|kinder|kindern": "children",
    r"seine frau|seiner frau|seine ehefrau|seiner ehefrau": "his wife",
    r"ihr mann|ihren mann|ihrem mann|ihr ehemann|ihren ehemann|ihrem ehemann": "her husband",
    r"ihr freund|ihren freund|ihrem freund": "her boyfriend",
    r"seine freundin|seiner freundin": "his girlfriend",
    (
        r"(?:den|der|dem) freund meiner besten freundin|(?:den|der|dem) freund meiner freundin"
    ): "my best friend's boyfriend",
    (
        r"meine beste freundin|meiner besten freundin|mein bester freund|meinen besten freund"
        r"|meinem besten freund"
    ): "my best friend",
    r"ihre mutter|ihrer mutter|ihre mama|ihrer mama": "her mother",
    r"ihr vater|ihren vater|ihrem vater|ihr papa": "her father",
    r"ihre schwester|ihrer schwester": "her sister",
    r"ihr bruder|ihren bruder|ihrem bruder": "her brother",
    (
        r"meine schwiegermutter|meiner schwiegermutter|schwiegermutter|schwiegermama"
    ): "my mother-in-law",
    r"meine mutter|meiner mutter|meine mama|meiner mama": "my mother",
    r"mein vater|meinen vater|meinem vater|mein papa|meinen papa": "my father",
    r"meinen mann|meinen ehemann|meinem ehemann|mein ehemann": "my husband",
    r"meiner frau|meine ehefrau|meiner ehefrau": "my wife",
    r"meine tochter|meiner tochter": "my daughter",
    r"mein sohn|meinen sohn|meinem sohn": "my son",
    r"meine kollegin|meiner kollegin|mein kollege|meinen kollegen|meinem kollegen": "my colleague",
    r"meinen ex|meinem ex|meiner ex|meine exfreundin|meinen exfreund|meinem exfreund": "my ex",
    # question words and small verbs
    r"warum|wieso|weshalb|weswegen": "why",
    r"wo": "where",
    r"wohin": "where to",
    r"wann|um wie viel uhr|um wieviel uhr": "when",
    r"wie viel|wieviel|wie viele": "how much",
    r"wie alt": "how old",
    r"wer|wem": "who",
    r"welche[nrms]?": "which",
    r"wohnt|wohnen|wohnst|lebt": "lives",
    r"arbeitet|arbeiten|arbeite|zu arbeiten": "work",
    r"studiert|studieren": "studies",
    r"geht|gehen|gehe": "go",
    r"kommt|kommen|komme": "come",
    r"sitzt|sitzen|sitze": "sits",
    r"steht|stehen": "stands",
    r"wartet": "waits",
    r"weint|weinen|geweint": "cries",
    r"verheiratet|verheiratet ist|ist verheiratet": "is married",
    r"ledig ist|ist ledig|solo ist|ist solo|vergeben ist|ist vergeben": "is single",
    r"kinder hat|kinder haben|kinder hast": "has children",
    r"verdient|verdienen|verdienst": "earns",
    r"kann|kannst|konnen|konnte": "can",
    r"soll|sollst|sollte": "should",
    r"mochte|mochtest|willst": "want",
    r"und": "and",
    r"oder": "or",
    r"aber": "but",
    r"dich|dir": "you",
    r"wieder funktioniert|wieder funktionieren|wieder geht|wieder lauft": "works now",
    r"funktioniert|funktionieren": "works",
    r"die heizung|heizung": "the heating",
    # life facts and looks
    (
        r"wo (?:sie|er) arbeitet|ihre arbeitsstelle|ihren arbeitsplatz|ihr arbeitsplatz"
        r"|ihrem arbeitsplatz|ihre firma|ihrer firma"
    ): "her workplace",
    (
        r"in welchem stock|welcher stock|welches stockwerk|in welcher etage|welche etage"
        r"|in welchem stockwerk"
    ): "which floor",
    r"welche wohnung|in welcher wohnung|welche hausnummer|ihre wohnung|ihrer wohnung": "her flat",
    (
        r"ihr gehalt|ihren lohn|ihr lohn|ihr einkommen|wie viel (?:sie|er) verdient"
        r"|was (?:sie|er) verdient|wieviel (?:sie|er) verdient"
    ): "her salary",
    r"gehalt|lohn|einkommen": "salary",
    r"ihr alter|wie alt (?:sie|er) ist": "her age",
    (
        r"ihr gewicht|wie viel (?:sie|er) wiegt|was (?:sie|er) wiegt|wieviel (?:sie|er) wiegt"
    ): "her weight",
    r"ihre religion|ihr glaube|welche religion (?:sie|er) hat|welchen glauben": "her religion",
    (
        r"warum (?:sie|er) (?:noch )?nicht verheiratet ist|wieso (?:sie|er) (?:noch )?nicht"
        r" verheiratet ist|warum (?:sie|er) keinen mann hat|warum (?:sie|er) noch ledig ist"
    ): "why she isn't married",
    (
        r"warum (?:sie|er) keine kinder (?:hat|haben)|wieso (?:sie|er) keine kinder (?:hat|haben)"
    ): "why they have no children",
    r"gutaussehend|gut aussehend|hubscher mann": "handsome",
    r"jung|jungen": "young",
    r"mein korper|meinen korper|meine figur|meinem korper": "my body",
    r"meine oberschenkel|meine schenkel|meine beine": "my thighs",
    r"mein gesicht|meinem gesicht": "my face",
    r"wie ich aussehe": "how i look",
    # places and times
    r"im bus|in dem bus|im linienbus": "on the bus",
    (
        r"in der u-bahn|in der ubahn|in der s-bahn|in der tram|in der strassenbahn|in der bim"
    ): "on the metro",
    r"u-bahn|ubahn|s-bahn|strassenbahn": "metro",
    r"im zug|in dem zug|in der bahn": "on the train",
    r"zug": "train",
    (
        r"an der bushaltestelle|an der haltestelle|bei der haltestelle|an der bushalte"
        r"|an der station"
    ): "at the bus stop",
    r"bushaltestelle|haltestelle": "the bus stop",
    r"in der schlange|in der warteschlange|an der schlange|in der reihe": "in the queue",
    r"im laden|im geschaft|im supermarkt|beim backer|in der apotheke|am kiosk": "at the shop",
    r"im cafe|in dem cafe|im kaffeehaus|im beisl": "at the cafe",
    r"in der moschee|vor der moschee": "at the mosque",
    r"in der kirche|vor der kirche|nach der messe": "at church",
    r"im tempel|in der synagoge": "at the temple",
    r"bei der arbeit|auf der arbeit|auf arbeit|im buro|in der arbeit|in der firma": "at work",
    (
        r"bei ihrer arbeit|an ihrem arbeitsplatz|bei ihr auf der arbeit|zu ihrer arbeit"
        r"|bei ihr im buro"
    ): "at her work",
    r"vor ihrem haus|vor ihrer wohnung|vor ihrer tur|vor ihrer haustur": "outside her house",
    r"nach der party|nach der feier|nach der fete": "after the party",
    r"heute abend|heut abend|heute nacht|heut nacht": "tonight",
    r"morgen|morgen fruh": "tomorrow",
    r"am sonntag|sonntags|sonntag": "on sunday",
    r"am samstag|samstags|am wochenende": "at the weekend",
    r"heute": "today",
    r"zuhause|zu hause|daheim": "at home",
    # what is done
    (
        r"ohne es ihr zu sagen|ohne ihr (?:etwas|was|bescheid) zu sagen|ohne ihr bescheid"
        r" zu geben|ohne es ihm zu sagen|ohne ihm (?:etwas|was|bescheid) zu sagen"
    ): "without telling her",
    r"ohne zu fragen|ohne sie zu fragen|ohne ihn zu fragen|ohne nachzufragen": "without asking",
    r"das telefonat|das gesprach|den anruf|das telefongesprach|den videocall": "the call",
    r"screenshotten|screenshotte|einen screenshot machen|einen screenshot": "screenshot",
    (
        r"in die gruppe schicken|in die gruppe stellen|in die gruppe posten|in der gruppe teilen"
        r"|in die gruppe|in den gruppenchat|in die whatsapp-gruppe"
    ): "send it to the group",
    r"schicken|schick|schicke|verschicken|weiterleiten|senden": "send",
    r"ihr folgen|ihr nachgehen|ihr hinterhergehen|ihr hinterher|ihr nachlaufen": "follow her",
    r"auf sie warten|auf sie zu warten|auf ihn warten|auf ihn zu warten": "wait for her",
    (
        r"zu ihrer arbeit gehen|zu ihr auf die arbeit gehen|an ihrem arbeitsplatz auftauchen"
        r"|bei ihrer arbeit auftauchen"
    ): "go to her work",
    r"(?:mich|sich|uns) zu ihnen setzen|mich zu ihnen zu setzen": "sit with them",
    r"ihr essen (?:mit mir )?teilen|von ihrem essen (?:probieren|essen)": "share their food",
    r"aufs eis gehen|auf dem eis laufen|uber das eis gehen|aufs eis": "walk on the ice",
    r"ins auto steigen|in sein auto steigen|in mein auto steigen|ins auto": "get in the car",
    r"bei ihm ubernachten|bei ihm schlafen|bei ihm bleiben": "stay at his place",
    r"bei mir ubernachten|bei mir schlafen|zu mir kommen|mit zu mir": "come home with me",
    r"ohne bezahlung|ohne lohn|unbezahlt|umsonst arbeiten|fur umsonst arbeiten": "without pay",
    r"ein geschenk|geschenk|geschenke|ein mitbringsel": "a gift",
    r"mitbringen|mitzubringen|bringen|bringt": "bring",
    r"meinen kanal|mein kanal|meinem kanal": "my channel",
    r"abonnieren|zu abonnieren|abonniert|abonniere|folgen mir": "subscribe",
    (
        r"damit (?:sie|er) nicht nein sagen kann|damit (?:sie|er) nicht nein sagt"
    ): "so he can't say no",
    r"das heisst|das bedeutet|heisst das|bedeutet das": "that means",
    r"du liebst mich nicht|dass du mich nicht liebst": "you don't love me",
    r"liebt|liebst|lieben": "love",
    r"wenn du nicht|wenn du mich nicht": "if you don't",
    (
        r"obwohl (?:sie|er) mir gesagt hat|obwohl (?:sie|er) gesagt hat|obwohl (?:sie|er) mir"
        r" geschrieben hat"
    ): "even though she told me",
    (
        r"ich soll sie in ruhe lassen|ich solle sie in ruhe lassen|(?:sie|mich) in ruhe"
        r" (?:zu )?lassen|in ruhe lassen|in ruhe zu lassen|in ruhe"
    ): "to leave her alone",
    r"abholen|abzuholen|abholt|holen|hol": "pick up",
    r"gesagt hat|gesagt": "told",
    # a harvest worker whose visa hangs on the user; a customer asked to a dance
    r"erntehelfer(?:in|innen|n)?|saisonarbeiter(?:in|innen|n)?|saisonkraft|saisonkrafte": (
        "harvest worker"
    ),
    r"mithilft|mitzuhelfen|mithelfen": "helps",
    r"(?:er |sie )?braucht (?:ja |doch )?meine unterschrift": "he needs my signature",
    r"fur das visum|fur sein visum|fur ihr visum|furs visum": "for the visa",
    r"hofladen|im hofladen|am hofladen": "at the farm shop",
    r"hubsch ist|schon ist": "is beautiful",
    r"mit mir zum tanz geht|mit mir tanzen geht|mit mir zum tanzen geht|mit mir zum ball geht": (
        "goes with me to the dance"
    ),
    # the market, the gym, a night out and a café table
    (
        r"am (?:fisch|wochen|floh|bauern|gemuse)?markt|auf dem (?:fisch|wochen|floh|bauern"
        r"|gemuse)?markt"
    ): "at the market",
    r"(?:fisch|wochen|floh|bauern|gemuse)markt": "the market",
    (
        r"(?:den|der|dem) (?:fisch|gemuse|obst|kase|markt)?handler|(?:fisch|gemuse|obst|kase"
        r"|markt)?handlerin|(?:fisch|gemuse|obst|kase|markt)handler|marktfrau|standbesitzer(?:in)?"
    ): "the trader",
    r"krieg|kriege|kriegen|kriegt|bekomme|bekommen|bekommt|bekomm": "get",
    r"im (?:fitnessstudio|fitnesscenter|studio|gym)|in der muckibude": "at the gym",
    r"fitnessstudio|fitnesscenter|muckibude": "the gym",
    r"normalerweise|meistens|gewohnlich|ublicherweise": "usually",
    r"trainiert|trainieren|trainiere|trainierst": "trains",
    r"zur (?:gleichen|selben) (?:zeit|uhrzeit)|gleichzeitig": "at the same time",
    (
        r"zu (?:zwei|drei|vier|ein paar) (?:leuten|personen|menschen) (?:zu )?(?:setzen|hinsetzen"
        r"|dazusetzen)"
    ): "sit down with two people",
    r"zu (?:zwei|drei|vier|ein paar) (?:leuten|personen|menschen)": "with two people",
    r"(?:mich |uns )?(?:hin|dazu)?setzen|(?:mich |uns )?dazuzusetzen": "sit down",
    (
        r"(?:die|der) gerade schluss mach(?:en|t)|(?:die|der) sich gerade trenn(?:en|t)"
        r"|schluss machen|schluss macht|sich trennen"
    ): "who are breaking up",
    r"was los ist|was los sei|was da los ist": "what's going on",
    r"werkstudent(?:en|in|innen)?": "intern",
    r"beim umzug|bei meinem umzug|umzug": "with the move",
    (
        r"ubernommen (?:zu )?werden|eine festanstellung|fest angestellt (?:zu )?werden"
    ): "to be kept on",
    (
        r"zum (?:zweiten|dritten|vierten|funften|x-ten|hundertsten) mal|ein (?:zweites|drittes"
        r"|viertes) mal"
    ): "for the third time",
    r"parkplatz|stellplatz|tiefgaragenplatz": "parking space",
    (
        r"(?:irgendwann )?(?:gibt|wird) (?:er|sie) (?:schon |dann )?nach(?:geben)?|irgendwann"
        r" nachgeben"
    ): "sometime he'll give in",
    (
        r"nach (?:drei|zwei|vier|funf|ein paar|einigen|mehreren) (?:spritzern|spritzer|bieren"
        r"|bier|drinks|glasern|glas wein|schnapsen|kurzen|shots|weinen|cocktails)"
    ): "after three drinks",
    r"aufs dach|auf das dach|aufs hausdach": "onto the roof",
    r"vom lokal|des lokals|vom club|der bar": "of the bar",
    r"lasst|lassen|lasse": "lets",
    r"um eine verlangerung|um aufschub|um eine fristverlangerung": "for an extension",
    r"die hausarbeit|die hausaufgabe|die hausaufgaben": "the homework",
}
