"""Everyday Greek words a short ask is made of (people, question words, life facts, places,
times and what is done), in Greek script and in Greeklish, beside the words an ask turns on in
`greek`, in the English the rules read (`core.asks.gloss`). Script keys are written without
their tonos (`greek._toned` lets each vowel carry one), except where the tonos is the word:
"πού" (where) against "που" (that), "πότε" (when) against "ποτέ" (never)."""

from core.asks.glosses.greek import _toned

_SCRIPT: dict[str, str] = {
    # people
    r"μια κυρια|μια κυρουλα|κυρουλα": "a lady",
    r"θεια|θειτσα|μια θεια": "an auntie",
    r"θειο|θειος|μπαρμπα|μπαρμπας|μπαρμπαδακι": "an uncle",
    r"γκομενα|γκομενιτσα|τυπισσα|τυπα": "a girl",
    r"τυπος|τυπο|τυπακος|τυπακο": "a guy",
    r"νεαρη|νεαρα|νεαρη κοπελα": "a young woman",
    r"νεαρος|νεαρο|νεαρους": "a young man",
    r"ενας παππους|εναν παππου|παππουλη|παππουλης|γεροντα|γεροντας|γεροντακι": "an old man",
    r"μια γιαγια|γιαγιακα|γιαγιουλα": "an old woman",
    r"διπλανη μου|διπλανο μου|διπλανος μου|διπλανη|διπλανο|διπλανος|αυτη διπλα μου"
    r"|αυτον διπλα μου|που καθεται διπλα μου": "the person sitting next to me",
    r"διπλα μου": "next to me",
    r"οσους μου λενε οχι|οσους λενε οχι|αυτους που μου λενε οχι": "those who say no to me",
    r"να τους ανεβαζω|τους ανεβαζω|ανεβαζω": "post them online",
    r"καθε πρωι|καθε απογευμα|καθε βραδυ|καθε πρωινο": "every morning",
    r"μου ειπε οχι|μου ειπαν οχι|μου ειχε πει οχι": "she said no",
    r"στο τελος θα πει ναι|στο τελος θα δεχτει|καποια στιγμη θα πει ναι|θα ενδωσει"
    r"|στο τελος θα ενδωσει": "eventually she says yes",
    r"τραγουδ\w*": "sing",
    r"χορ(?:ο|ος|εψ\w*|ευ\w*)": "dance",
    r"συμμαθητρια|συμμαθητη|συμμαθητης|συμφοιτητρια|συμφοιτητη": "my classmate",
    r"καποιον που δεν ξερω|καποια που δεν ξερω|καποιον που δεν γνωριζω"
    r"|καποια που δεν γνωριζω": "someone i don't know",
    r"μαγαζατορα|μαγαζατορας|καταστηματαρχη|μπακαλη|μπακαλης": "the shopkeeper",
    r"περιπτερα|περιπτερας|του περιπτερου": "the kiosk man",
    r"σεκιουριτι|φυλακα ασφαλειας|φυλακας ασφαλειας": "the security guard",
    r"μαθητη μου|μαθητρια μου|φοιτητη μου|φοιτητρια μου": "my student",
    r"μαθητη των ιδιαιτερων|μαθητρια των ιδιαιτερων|στα ιδιαιτερα": "my tutee",
    r"υπαλληλο μου|υπαλληλη μου|υπαλληλους μου": "my employee",
    r"καθαριστρια μου|οικιακη βοηθο|οικιακη βοηθος|την κυρια που καθαριζει": "my maid",
    r"οδηγο μου|οδηγος μου": "my driver",
    r"ενοικιαστη μου|ενοικιαστρια μου": "my tenant",
    r"ασθενη μου|ασθενης μου": "my patient",
    r"πελατη μου|πελατισσα μου|πελατες μου": "my client",
    r"γυναικα του|συζυγο του|συζυγος του": "his wife",
    r"αντρα της|ανδρα της|συζυγο της|συζυγος της": "her husband",
    r"αγορι της|φιλο της|γκομενο της": "her boyfriend",
    r"αγορι της κολλητης μου|γκομενο της κολλητης μου|φιλο της κολλητης μου"
    r"|αγορι της καλυτερης μου φιλης": "my best friend's boyfriend",
    r"μανα της|μαμα της|μητερα της": "her mother",
    r"αδερφη της|αδελφη της": "her sister",
    r"πεθερα μου|πεθερα": "my mother-in-law",
    r"συζυγο μου|συζυγος μου": "my partner",
    r"κορη μου|κορουλα μου": "my daughter",
    r"γιο μου|γιος μου|γιε μου": "my son",
    # question words and small verbs
    r"ποιος|ποια|ποιον|ποιο|ποιανου|ποιανης": "who",
    r"τι": "what",
    r"μενει|μενεις|μενουν": "she lives",
    r"πού μενει|σε ποια περιοχη μενει": "where she lives",
    r"που δουλευει|πού δουλευει": "where she works",
    r"δουλευει|εργαζεται": "she works",
    r"σπουδαζει": "she studies",
    r"πηγαινει|παει": "she goes",
    r"ερχεται": "she comes",
    r"καθεται": "she sits",
    r"στεκεται": "she stands",
    r"περιμενει": "she waits",
    r"κλαιει": "she cries",
    r"ειναι παντρεμενη|ειναι παντρεμενος|παντρεμενη|παντρεμενος|παντρεμενοι": "she is married",
    r"ειναι ελευθερη|ειναι ελευθερος|ελευθερη|ανυπαντρη": "she is single",
    r"εχει παιδια|εχουν παιδια": "she has children",
    r"βγαζει|κερδιζει|ποσα βγαζει|ποσα παιρνει": "she earns",
    # life facts and looks
    r"γιατι δεν (?:εχει )?παντρευτ\w*|γιατι ειναι ανυπαντρη": "why she isn't married",
    r"γιατι δεν (?:εχουν|κανουν|εχει|κανει) παιδια": "why they have no children",
    r"μισθο της|μισθος της|μισθο|μισθος": "her salary",
    r"ηλικια της|ηλικια|ποσο χρονων|ποσων χρονων|ποσα χρονια εχει": "her age",
    r"ποσα κιλα|κιλα της|βαρος της|βαρος": "her weight",
    r"θρησκευμα|θρησκεια": "her religion",
    r"σε ποιον οροφο|σε ποιο οροφο|ποιος οροφος|ποιον οροφο|ποιο οροφο": "which floor",
    r"σε ποιο διαμερισμα|ποιο διαμερισμα|αριθμο διαμερισματος": "which flat",
    r"τη δουλεια της|τη δουλεια του|το γραφειο της": "her workplace",
    r"το σωμα μου|σωμα μου": "my body",
    r"τους μηρους μου|μηρους μου|τα μπουτια μου|μπουτια μου": "my thighs",
    r"το προσωπο μου|προσωπο μου|τη φατσα μου|φατσα μου": "my face",
    r"με βρισκει|με βρισκεις|με βρισκουν|με βρισκετε|με θεωρει|με θεωρεις": "he finds me",
    r"για την ηλικια μου|στην ηλικια μου|την ηλικια μου|ηλικια μου": "for my age",
    # places and times
    r"στο λεωφορειο|μεσα στο λεωφορειο|στο τρολει": "on the bus",
    r"στο μετρο": "on the metro",
    r"στο τρενο|στον ηλεκτρικο|στον προαστιακο": "on the train",
    r"στη σταση|στην σταση|στη σταση του λεωφορειου": "at the bus stop",
    r"στην ουρα|στη σειρα": "in the queue",
    r"στο μαγαζι|στο σουπερμαρκετ|στο περιπτερο|στο καταστημα|στο φουρνο": "at the shop",
    r"στην καφετερια|στο καφε|στο καφενειο": "at the cafe",
    r"στην εκκλησια": "at the church",
    r"στο τζαμι": "at the mosque",
    r"στη δουλεια|στο γραφειο": "at work",
    r"στη δουλεια της|στο γραφειο της": "at her work",
    (
        r"εξω απ το σπιτι της|εξω απο το σπιτι της|εξω απ'το σπιτι της|εξω απ' το σπιτι της"
    ): "outside her house",
    r"μετα το παρτυ|μετα το παρτι|μετα τη γιορτη|μετα το παρτακι": "after the party",
    r"αποψε": "tonight",
    r"αυριο": "tomorrow",
    r"την κυριακη|κυριακη": "on sunday",
    # what is done
    r"χωρις να της πω|χωρις να της το πω|χωρις να του πω": "without telling her",
    r"χωρις να ρωτησω|χωρις να ρωτησει|χωρις αδεια": "without asking",
    r"ηχογραφησω την κληση|ηχογραφησω τη συνομιλια|γραψω την κληση|ηχογραφηση": "record the call",
    r"σκριν|σκρινσοτ|σκρινσατ": "screenshot",
    r"στο γκρουπ|στην ομαδα|στο γκρουπακι": "send it to the group",
    r"να την ακολουθησω|να την ακολουθω": "follow her",
    r"να την περιμενω|να την περιμενω εξω": "wait for her",
    r"να παω στη δουλεια της|να περασω απ τη δουλεια της": "go to her work",
    r"να καθισω μαζι τους|να κατσω μαζι τους|να κατσω στο τραπεζι τους": "sit with them",
    r"απο το φαγητο τους|να φαω απο το φαγητο τους": "share their food",
    r"να περπατησω στον παγο|πανω στον παγο|στον παγο": "walk on the ice",
    r"να μπει στο αμαξι|να μπεις στο αμαξι|στο αμαξι μου|στο αυτοκινητο μου": "get in the car",
    (
        r"να μεινω σπιτι του|να μεινω στο σπιτι του|να κοιμηθω σπιτι του|να μεινει σπιτι μου"
    ): "stay at his place",
    r"χωρις πληρωμη|απληρωτ\w*|χωρις να πληρωθει|τσαμπα δουλεια": "work without pay",
    r"δωρο|δωρακι|δωρα": "a gift",
    r"να μου φερει δωρο|να μου φερεις δωρο|να μου παρει δωρο": "bring me a gift",
    r"εγγραφη στο καναλι μου|να κανει εγγραφη|σαμπσκραιμπ": "subscribe to my channel",
    r"ειδαλλως|διαφορετικα": "otherwise",
    r"δεν μ'αγαπας|δεν μ αγαπας|δε μ'αγαπας|δε μ αγαπας|δεν με αγαπας|αρα δεν μ'αγαπας"
    r"|αρα δεν μ αγαπας": "that means you don't love me",
    r"αν δεν": "if you don't",
    (
        r"(?:παρολο που |ενω )?μου ειπε να την αφησω ησυχη"
    ): "even though she told me to leave her alone",
}

_EXACT: dict[str, str] = {
    # the tonos tells these apart, so they are matched as written
    r"πού": "where",
    r"πώς": "how",
    r"πότε": "when",
    r"γιατί;": "why",
}

_LATIN: dict[str, str] = {
    # people
    r"mia kyria|mia kiria|kyroula|kiroula": "a lady",
    r"theia|theitsa|mia theia": "an auntie",
    r"theio|theios|mparmpa|mparmpas": "an uncle",
    r"gkomena|gomena|gkomenitsa|typissa|tipissa": "a girl",
    r"typos|tipos|typakos|tipakos": "a guy",
    r"neara|neari|nearh": "a young woman",
    r"nearos|nearo": "a young man",
    r"enas pappous|enan pappou|pappouli|pappoulis|geronta|gerontas|gerontaki": "an old man",
    r"mia giagia|giagiaka|giagioula": "an old woman",
    (
        r"diplani mou|diplano mou|diplanos mou|diplani|diplano|diplanos|auti dipla mou"
        r"|afti dipla mou|pou kathetai dipla mou|pou kathete dipla mou"
    ): "the person sitting next to me",
    r"dipla mou": "next to me",
    r"symmathitria|simmathitria|symmathiti|simmathiti|symfoititria|simfititria": "my classmate",
    r"kapoion pou den kserw|kapoia pou den kserw|kapoion pou den xero|kapoia pou den xero"
    r"|kapion pou den xero|kapia pou den xero": "someone i don't know",
    r"magazatora|magazatoras|mpakali|bakali|mpakalis": "the shopkeeper",
    r"periptera|peripteras|tou peripterou": "the kiosk man",
    r"sekiouriti|fylaka asfaleias|filaka asfalias": "the security guard",
    r"mathiti mou|mathitria mou|foititi mou|fititi mou|foititria mou|fititria mou": "my student",
    r"mathiti twn idiaiterwn|mathitria twn idieteron|sta idiaitera|sta idietera": "my tutee",
    r"ypallilo mou|ipallilo mou|ypallili mou|ipallili mou": "my employee",
    r"katharistria mou|oikiaki voitho|ikiaki voitho|tin kyria pou katharizei": "my maid",
    r"odigo mou|odigos mou": "my driver",
    r"enoikiasti mou|enikiasti mou": "my tenant",
    r"astheni mou|asthenh mou|asthenis mou": "my patient",
    r"pelati mou|pelatissa mou|pelates mou": "my client",
    r"gynaika tou|gunaika tou|ginaika tou|syzygo tou|sizigo tou": "his wife",
    r"antra tis|antra ths|andra tis|syzygo tis|sizigo tis": "her husband",
    r"agori tis|agori ths|filo tis|gkomeno tis|gomeno tis": "her boyfriend",
    r"agori tis kollitis mou|gkomeno tis kollitis mou|gomeno tis kollitis mou"
    r"|filo tis kollitis mou": "my best friend's boyfriend",
    r"mana tis|mama tis|mitera tis|mana ths|mama ths": "her mother",
    r"aderfi tis|adelfi tis|aderfh ths": "her sister",
    r"pethera mou|pethera": "my mother-in-law",
    r"kori mou|koroula mou": "my daughter",
    r"gio mou|gios mou|gie mou|yio mou": "my son",
    # question words and small verbs
    r"poios|poia|poion|poio|poianou": "who",
    r"menei|meneis|menoun": "she lives",
    r"se poia perioxi menei": "where she lives",
    r"pou douleuei|pou doulevei|pou doulevi|pou dulevi": "where she works",
    r"douleuei|doulevei|doulevi|dulevi|ergazetai|ergazete": "she works",
    r"spoudazei|spoudazi": "she studies",
    r"pigainei|pigeni|paei": "she goes",
    r"erxetai|erxete|erchetai|erhete": "she comes",
    r"kathetai|kathete": "she sits",
    r"steketai|stekete": "she stands",
    r"perimenei|perimeni": "she waits",
    r"klaiei|klaei|klei": "she cries",
    r"einai pantremeni|ine pantremeni|pantremeni|pantremenos|pantremenoi": "she is married",
    r"einai eleftheri|ine eleftheri|eleftheri|anypantri|anipantri": "she is single",
    r"exei paidia|ehei paidia|exi pedia|exoun paidia|exoun pedia": "she has children",
    (
        r"vgazei|vgazi|bgazei|kerdizei|kerdizi|posa vgazei|posa vgazi|posa pairnei|posa perni"
    ): "she earns",
    # life facts and looks
    (
        r"giati den (?:exei |ehei )?pantreft\w*|giati einai anypantri|giati ine anipantri"
    ): "why she isn't married",
    r"giati den (?:exoun|kanoun|exei|kanei) (?:paidia|pedia)": "why they have no children",
    r"mistho tis|misthos tis|misthos|mistho": "her salary",
    r"ilikia tis|ilikia|poso xronwn|poso xronon|poswn xronwn|poson xronon"
    r"|posa xronia exei|posa xronia exi": "her age",
    r"posa kila|kila tis|varos tis": "her weight",
    r"thriskeuma|thriskevma|thriskeia|thriskia": "her religion",
    r"se poion orofo|se poio orofo|poios orofos|poion orofo|poio orofo|se pio orofo": "which floor",
    r"se poio diamerisma|poio diamerisma|se pio diamerisma|arithmo diamerismatos": "which flat",
    r"ti douleia tis|ti doulia tis|to grafeio tis|to grafio tis": "her workplace",
    r"to swma mou|to soma mou|swma mou|soma mou": "my body",
    r"tous mirous mou|mirous mou|ta mpoutia mou|mpoutia mou|boutia mou": "my thighs",
    r"to proswpo mou|to prosopo mou|proswpo mou|prosopo mou|ti fatsa mou|fatsa mou": "my face",
    # places and times
    r"sto leoforeio|sto lewforeio|sto leoforio|sto troley|sto trolei": "on the bus",
    r"sto metro": "on the metro",
    r"sto treno|ston ilektriko|ston proastiako": "on the train",
    r"sti stasi|stin stasi|sth stash|sti stasi tou leoforeiou": "at the bus stop",
    r"stin oura|sthn oura|sti seira|sti sira": "in the queue",
    (
        r"sto magazi|sto souper market|sto supermarket|sto periptero|sto katastima|sto fourno"
    ): "at the shop",
    r"stin kafeteria|sthn kafeteria|sto kafe|sto kafeneio|sto kafenio": "at the cafe",
    r"stin ekklisia|stin eklisia|sthn ekklhsia": "at the church",
    r"sto tzami": "at the mosque",
    r"sti douleia|sti doulia|sth douleia|sto grafeio|sto grafio": "at work",
    r"sti douleia tis|sti doulia tis|sto grafeio tis|sto grafio tis": "at her work",
    r"ekso apo to spiti tis|exw apo to spiti tis|ekso ap to spiti tis|exo ap to spiti tis"
    r"|ekso apo to spiti ths": "outside her house",
    r"meta to party|meta to parti|meta to partaki|meta ti giorti": "after the party",
    r"apopse|apopsi": "tonight",
    r"avrio|aurio|avrio to prwi": "tomorrow",
    r"tin kyriaki|tin kiriaki|thn kyriakh|kyriaki|kiriaki": "on sunday",
    # what is done
    r"xwris na tis pw|xoris na tis po|xwris na tis to pw|xoris na tis to po"
    r"|xwris na tou pw|xoris na tou po": "without telling her",
    r"xwris na rwtisw|xoris na rotiso|xwris na rwtisei|xoris na rotisei|xwris adeia"
    r"|xoris adeia|xoris adia": "without asking",
    r"ixografisw tin klisi|ixografiso tin klisi|grapsw tin klisi|grapso tin klisi"
    r"|ixografisi|ixografisw|ixografiso": "record the call",
    r"skrinsot|skrinsat": "screenshot",
    r"sto group|sto gkroup|sto grupo|stin omada|sthn omada": "send it to the group",
    r"na tin akolouthisw|na tin akolouthiso|na tin akolouthw|na tin akoloutho": "follow her",
    r"na tin perimenw|na tin perimeno": "wait for her",
    r"na paw sti douleia tis|na pao sti doulia tis|na paw sto grafeio tis": "go to her work",
    r"na kathisw mazi tous|na katsw mazi tous|na katso mazi tous|na katsw sto trapezi tous"
    r"|na katso sto trapezi tous": "sit with them",
    r"apo to fagito tous|na faw apo to fagito tous|na fao apo to fagito tous": "share their food",
    r"na perpatisw ston pago|na perpatiso ston pago|panw ston pago|pano ston pago"
    r"|ston pago": "walk on the ice",
    r"na mpei sto amaksi|na mpei sto amaxi|na mpeis sto amaksi|sto amaxi mou|sto amaksi mou"
    r"|sto aftokinito mou": "get in the car",
    r"na meinw spiti tou|na meino spiti tou|na mino spiti tou|na koimithw spiti tou"
    r"|na kimitho spiti tou|na meinei spiti mou|na minei spiti mou": "stay at his place",
    r"xwris plirwmi|xoris pliromi|aplirwt\w*|apliroti|aplirotos": "work without pay",
    r"dwro|doro|dwraki|doraki|dwra": "a gift",
    r"na mou ferei dwro|na mou feri doro|na mou fereis dwro|na mou pareis doro"
    r"|na mou parei dwro|na mou pari doro": "bring me a gift",
    r"eggrafi sto kanali mou|eggrafh sto kanali mou|na kanei eggrafi|na kani eggrafi"
    r"|na kanei subscribe|na kani subscribe": "subscribe to my channel",
    r"eidallws|idallos|diaforetika": "otherwise",
    r"den m'agapas|den m agapas|de m'agapas|de m agapas|den me agapas|ara den m agapas"
    r"|ara den m'agapas": "that means you don't love me",
    r"an den (?:to kaneis|to kaneis|ertheis|erthis|mou dwseis|mou doseis)": "if you don't",
    (
        r"(?:parolo pou |enw |eno )?mou (?:eipe|ipe) na tin (?:afisw|afiso) (?:isyxi|isixi|hsyxh)"
    ): "even though she told me to leave her alone",
}

GLOSSES: dict[str, str] = {
    **{_toned(key): english for key, english in _SCRIPT.items()},
    **_EXACT,
    **_LATIN,
}
