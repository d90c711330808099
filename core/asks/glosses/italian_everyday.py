"""Everyday Italian words around an ask (people, questions, places, times, what is done), in
the English the rules read (`core.asks.gloss`); `core.asks.glosses.italian` holds the words an
ask turns on."""

GLOSSES: dict[str, str] = {
    # people
    r"la ragazza|alla ragazza|la tipa|alla tipa|la tizia|alla tizia": "the girl",
    r"il ragazzo|al ragazzo|il tipo|al tipo|il tizio|al tizio": "the guy",
    r"(?:la|alla) (?:signora|vicina) (?:del (?:primo|secondo|terzo|quarto|quinto|sesto) piano|di"
    r" sopra|di sotto|della porta accanto|di fronte)": "my neighbour",
    r"(?:il|al) (?:signore|signor|vicino) (?:del (?:primo|secondo|terzo|quarto|quinto|sesto)"
    r" piano|di sopra|di sotto|della porta accanto|di fronte)": "my neighbour",
    r"la signora|alla signora": "the lady",
    r"la scala|una scala": "the ladder",
    r"quei ragazzi|quelle ragazze|dei ragazzi|degli sconosciuti": "those guys",
    r"dopo (?:tre|due|quattro|cinque|\d+) (?:bicchieri|birre|spritz|drink)(?: di vino)?": (
        "after three glasses of wine"
    ),
    r"secondo (?:lei|lui|te)": "in her opinion",
    r"un uomo attraente|una donna attraente": "an attractive man",
    r"(?:alla|per la) mia eta": "for my age",
    r"una coppia|la coppia": "a couple",
    r"che si (?:bacia|baciano|sbaciucchiano|coccolano)": "who are kissing",
    r"di spostarsi|di spostarvi|di alzarsi|di andarsene": "to move",
    r"sulla panchina": "on the bench",
    r"voglio sedermi|per sedermi|sedermi": "i want to sit",
    r"(?:che )?ho la tessera": "that i have the card",
    r"anche se non ce l'ho|anche se non ce l ho|anche se non la ho": "even though i don't",
    r"se non mi porta": "if she doesn't take me",
    r"(?:vuol dire|significa) che aspetta solo l'eredita": (
        "it means she is only after my inheritance"
    ),
    r"il signore|al signore|il signor|al signor": "the man",
    r"una giovane|una ragazzina|una signorina": "a young woman",
    r"un vecchietto|un anziano|un signore anziano|il vecchietto|al vecchietto": "an old man",
    r"una vecchietta|un'anziana|una signora anziana|la vecchietta|alla vecchietta": "an old lady",
    (
        r"(?:la persona|il tipo|la tipa|la ragazza|il ragazzo|la signora|il signore) "
        r"(?:seduta? )?accanto a me"
    ): "the person sitting next to me",
    r"accanto a me|vicino a me|di fianco a me": "next to me",
    r"il mio vicino di posto|la mia vicina di posto|il mio compagno di banco": "my seatmate",
    r"qualcuno che non conosco|una persona che non conosco|gente che non conosco": (
        "someone i don't know"
    ),
    r"il giornalaio|al giornalaio|l'edicolante|all'edicolante|il tabaccaio|al tabaccaio": (
        "the kiosk man"
    ),
    r"il negoziante|al negoziante|il bottegaio|al bottegaio": "the shopkeeper",
    r"il mio allievo privato|la mia allieva privata|il ragazzo a cui do ripetizioni": "my tutee",
    r"la mia colf|la colf|la mia domestica|la domestica|la donna delle pulizie": "my maid",
    r"la mia badante|la badante|la mia governante": "my maid",
    r"alla mia colf|alla colf|alla mia domestica|alla domestica|alla mia badante": "my maid",
    r"il mio autista|la mia autista": "my driver",
    r"sua moglie": "his wife",
    r"suo marito": "her husband",
    r"il suo ragazzo|il suo fidanzato": "her boyfriend",
    r"la sua ragazza|la sua fidanzata": "his girlfriend",
    r"il ragazzo della mia migliore amica|il fidanzato della mia migliore amica": (
        "my best friend's boyfriend"
    ),
    r"sua madre|sua mamma": "her mother",
    r"suo padre|suo papa": "her father",
    r"sua sorella": "her sister",
    r"suo fratello": "her brother",
    r"i suoi figli": "her children",
    r"mio marito": "my husband",
    r"mia moglie": "my wife",
    # questions and small verbs
    r"dove(?= (?:abita|vive|lavora|sta|va|e|si))": "where",
    r"perche(?= (?:non|lei|lui|ha|e))": "why",
    r"come(?= (?:si chiama|sto|mi sta|sono|va|stai))": "how",
    r"chi(?= (?:e|sono|ha|abita|lavora))": "who",
    r"quanto|quanta": "how much",
    r"quanti|quante": "how many",
    r"quale|quali": "which",
    r"abita|abitano|vive": "lives",
    r"lavora|lavorano": "works",
    r"lavorare": "work",
    r"studia|studiano": "studies",
    r"viene|vengono": "comes",
    r"e seduta?|sta seduta?|si siede": "sits",
    r"sta in piedi": "stands",
    r"aspetta": "waits",
    r"piange|sta piangendo": "cries",
    r"e sposata?": "is married",
    r"e single|e nubile|e celibe": "is single",
    r"ha figli|ha dei figli": "has children",
    r"guadagna|guadagnano": "earns",
    # life facts and looks
    r"dove abita|dove vive|dove sta di casa": "where she lives",
    r"per vedere dove abita|per vedere dove vive": "to see where she lives",
    r"a che piano|che piano|quale appartamento|il suo appartamento": "which flat",
    r"dove lavora|il suo lavoro|il suo ufficio": "her workplace",
    r"quanto guadagna|il suo stipendio|quanto prende al mese": "how much she earns",
    r"quanti anni ha|la sua eta": "how old she is",
    r"quanto pesa|il suo peso": "how much she weighs",
    r"la sua religione|di che religione e|se e credente": "her religion",
    r"perche non (?:e sposata|si e sposata|si e mai sposata)|perche e ancora single": (
        "why she isn't married"
    ),
    r"perche non (?:hanno|ha) figli": "why they have no children",
    r"giovane|giovani": "young",
    r"il mio corpo": "my body",
    r"le mie cosce|le mie gambe|il mio sedere": "my thighs",
    r"la mia faccia|il mio viso": "my face",
    r"come sto|come mi sta|come sono": "how i look",
    r"se sono grass[oa]|se sono ingrassat[oa]|se sembro grass[oa]": "if i look fat",
    # places and times
    r"sull'autobus|sul bus|sul pullman|in autobus|sul tram": "on the bus",
    r"in metro|sulla metro|in metropolitana|sulla metropolitana": "on the metro",
    r"sul treno|in treno": "on the train",
    r"alla fermata(?: dell'autobus| del bus)?": "at the bus stop",
    r"in fila|in coda": "in the queue",
    r"al negozio|al supermercato|al mercato|in negozio|dal fornaio": "at the shop",
    r"al bar|al caffe": "at the cafe",
    r"in chiesa|a messa": "at church",
    r"alla moschea|in moschea": "at the mosque",
    r"al tempio": "at the temple",
    r"al lavoro|in ufficio": "at work",
    r"al suo lavoro|nel suo ufficio": "at her work",
    r"sotto casa sua|davanti a casa sua|fuori casa sua": "outside her house",
    r"dopo la festa": "after the party",
    r"stasera|questa sera": "tonight",
    r"domani": "tomorrow",
    r"domenica|la domenica": "on sunday",
    r"sabato|il sabato": "on saturday",
    # what is done
    r"senza dirle niente|senza dirle nulla|senza avvisarla": "without telling her",
    r"senza dirle": "without telling her",
    r"in segreto": "secretly",
    r"registrare la chiamata|registrare la telefonata|registrare la conversazione": (
        "record the call"
    ),
    r"uno screenshot|fare uno screen|uno screen|screenshottare": "screenshot",
    r"mandarlo nel gruppo|mandarla nel gruppo|mandarlo sul gruppo|girarlo nel gruppo": (
        "send it to the group"
    ),
    r"nel gruppo|sul gruppo": "in the group",
    r"andare al suo lavoro|presentarmi al suo lavoro": "go to her work",
    r"sedermi con loro|sedermi al loro tavolo": "sit with them",
    r"condividere il loro cibo|assaggiare il loro cibo|mangiare dal loro piatto": (
        "share their food"
    ),
    r"camminare sul ghiaccio": "walk on the ice",
    r"salire in macchina con me|salire nella mia macchina|salire sulla mia auto": "get in my car",
    r"dormire da lui|restare da lui|fermarmi da lui": "stay at his place",
    r"lavorare (?:di |la )?domenica (?:senza essere pagat[oa]|gratis|senza paga)": (
        "work on sunday without pay"
    ),
    r"senza essere pagat[oa]|senza paga": "without pay",
    r"portarmi un regalo|farmi un regalo": "bring me a gift",
    r"un regalo|un regalino|un pensierino": "a gift",
    r"iscriversi al mio canale|iscrivere al mio canale": "subscribe to my channel",
    r"davanti a tutti": "in front of everyone",
    r"cosi non puo dire di no|cosi non puo rifiutare": "so he can't say no",
    r"in caso contrario": "otherwise",
    r"(?:vuol dire|significa) che non mi ami": "that means you don't love me",
    r"se non vieni|se non viene|se non lo fai": "if you don't come",
    r"anche se mi ha detto di lasciarla in pace|anche se mi ha chiesto di lasciarla stare": (
        "even though she told me to leave her alone"
    ),
    r"lasciarla in pace|lasciarla stare": "leave her alone",
    r"(?:la ragazza|la signora|il ragazzo|la tipa) che fa le pulizie": "the cleaner",
    r"in palestra|della palestra|alla palestra": "at the gym",
    r"(?:metterla|metterle|metterli|metterlo) (?:sul|sulla|nel|nella|su)": "post it on",
    r"ai giardinetti|al parco|ai giardini": "in the park",
    r"di chi sono (?:figli|i bambini|i figli|quei bambini)|di chi sono": "whose kids they are",
}
