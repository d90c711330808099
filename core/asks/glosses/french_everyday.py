"""Everyday French words around an ask (people, questions, places, times, what is done), in
the English the rules read (`core.asks.gloss`); `core.asks.glosses.french` holds the words an
ask turns on."""

GLOSSES: dict[str, str] = {
    # people
    r"la fille|la meuf|la nana|la demoiselle|a la fille|a la meuf|a la nana": "the girl",
    r"le mec|le gars|le type|le keum|au mec|au gars|au type": "the guy",
    r"la dame|a la dame|la madame": "the lady",
    r"le monsieur|au monsieur": "the man",
    r"une jeune femme|une jeune fille|une demoiselle": "a young woman",
    r"un vieux|un vieux monsieur|un papi|un papy|un vieil homme|le vieux|au vieux": "an old man",
    r"une vieille|une vieille dame|une mamie|une mamy|la vieille dame": "an old lady",
    r"a la vieille dame": "an old lady",
    (
        r"(?:la personne|le mec|la fille|la dame|le monsieur) (?:a cote de moi|assise? a cote "
        r"de moi)"
    ): "the person sitting next to me",
    r"a cote de moi|juste a cote|assise? a cote de moi": "next to me",
    r"mon voisin de siege|ma voisine de siege|mon voisin de table": "my seatmate",
    r"ma voisine de table": "my seatmate",
    r"quelqu'un que je ne connais pas|quelqu'un que je connais pas|des gens que je connais pas": (
        "someone i don't know"
    ),
    r"le kiosquier|au kiosquier|le marchand de journaux|au marchand de journaux": "the kiosk man",
    r"le gars du kiosque|le mec du kiosque|le tabac|au tabac|le buraliste": "the kiosk man",
    r"au buraliste": "the kiosk man",
    r"le commercant du coin|l'epicier du coin|le proprio du magasin": "the shopkeeper",
    r"le patron du magasin": "the shopkeeper",
    r"mon eleve en cours particulier|mon eleve particulier|mes eleves particuliers": "my tutee",
    r"ma femme de menage|ma bonne|ma domestique|mon aide menagere": "my maid",
    r"la femme de menage|une femme de menage": "the cleaner",
    r"ma nounou|mon employee de maison|ma menagere": "my maid",
    r"mon chauffeur|ma chauffeuse": "my driver",
    r"sa femme|son epouse": "his wife",
    r"son mari|son epoux": "her husband",
    r"son copain|son mec|son petit ami|son chum": "her boyfriend",
    r"sa copine|sa meuf|sa petite amie|sa blonde": "his girlfriend",
    r"le copain de ma meilleure amie|le mec de ma meilleure amie|le copain de ma pote": (
        "my best friend's boyfriend"
    ),
    r"sa mere|sa maman|sa daronne": "her mother",
    r"son pere|son papa|son daron": "her father",
    r"sa soeur|sa s\u0153ur": "her sister",
    r"son frere": "her brother",
    r"ses enfants|ses gosses": "her children",
    r"mon mari|mon epoux|mon homme": "my husband",
    r"ma femme|mon epouse": "my wife",
    # questions and small verbs
    r"ou est-ce qu(?:'elle|'il)": "where she",
    r"pourquoi": "why",
    r"comment": "how",
    r"qui(?= (?:est|sont|c'est))": "who",
    r"combien": "how much",
    r"quel|quelle|quels|quelles": "which",
    r"habite|habitent|vit": "lives",
    r"travaille|travaillent|bosse": "works",
    r"travailler|bosser": "work",
    r"etudie|etudient": "studies",
    r"vient|viennent": "comes",
    r"est assise?|s'assoit|s'assied": "sits",
    r"est debout": "stands",
    r"attend(?= (?:le|la|son|sa|au|a la|devant))": "waits",
    r"pleure|pleurait": "cries",
    r"est mariee?": "is married",
    r"est celibataire": "is single",
    r"a des enfants": "has children",
    r"gagne|gagnent|touche(?= par mois)": "earns",
    # life facts and looks
    r"ou (?:elle|il) habite|ou (?:elle|il) vit|ou elle reste": "where she lives",
    r"pour voir ou (?:elle|il) habite": "to see where she lives",
    r"a quel etage|quel etage|quel appart|quel appartement|son appart": "which flat",
    r"son appartement": "which flat",
    r"ou (?:elle|il) (?:travaille|bosse)|son boulot|son travail|son taf|son job": "her workplace",
    r"combien (?:elle|il) gagne|son salaire|combien (?:elle|il) touche": "how much she earns",
    r"son age|quel age (?:elle|il) a": "how old she is",
    r"combien (?:elle|il) pese|son poids": "how much she weighs",
    r"sa religion|de quelle religion|si (?:elle|il) est croyante?": "her religion",
    r"sa caste": "her caste",
    r"pourquoi (?:elle|il) (?:n'est pas|est pas|est toujours pas) mariee?": "why she isn't married",
    r"pourquoi (?:elle|il) (?:est )?(?:toujours )?celibataire": "why she isn't married",
    r"pourquoi (?:ils|elle|il) (?:n'ont pas|ont pas|n'a pas|a pas) d'enfants?": (
        "why they have no children"
    ),
    r"mince|maigrichonne?": "thin",
    r"jeune|jeunes": "young",
    r"mon corps": "my body",
    r"mes cuisses|mes jambes|mes fesses": "my thighs",
    r"mon visage|ma tete|ma gueule": "my face",
    r"de quoi j'ai l'air|comment je suis|si je suis bien": "how i look",
    r"si je suis grosse?|si j'ai grossi|si je fais grosse?": "if i look fat",
    # places and times
    r"sur la plage|a la plage": "on the beach",
    r"un couple|ce couple|le couple": "a couple",
    r"qui s'embrassent|qui s'embrasse": "kissing",
    r"ensemble depuis longtemps": "together for a long time",
    r"sur(?= (?:la|le|les|un|une|mon|ma|son|sa) )": "on",
    r"dans le bus|dans l'autobus|dans le car": "on the bus",
    r"dans le metro": "on the metro",
    r"dans le train|dans le rer|dans le tram": "on the train",
    r"a l'arret(?: de bus)?|a l'arret d'autobus": "at the bus stop",
    r"dans la file|dans la queue|dans la file d'attente|a la caisse": "in the queue",
    r"au magasin|a la boutique|au supermarche|au marche|a l'epicerie|a la superette": "at the shop",
    r"au cafe|au bistrot|dans un cafe": "at the cafe",
    r"a l'eglise|a la messe": "at church",
    r"a la mosquee": "at the mosque",
    r"au temple|a la synagogue": "at the temple",
    r"au travail|au boulot|au taf|au bureau|a la job": "at work",
    r"a son travail|a son boulot|a son taf|a son bureau": "at her work",
    r"devant chez (?:elle|lui)|en bas de chez (?:elle|lui)|devant sa maison": "outside her house",
    r"apres la soiree|apres la fete|apres la teuf": "after the party",
    r"ce soir": "tonight",
    r"demain": "tomorrow",
    r"dimanche|le dimanche": "on sunday",
    r"samedi|le samedi": "on saturday",
    # what is done
    r"sans (?:le )?lui dire|sans lui en parler|sans la prevenir": "without telling her",
    r"sans demander": "without asking",
    r"en secret|en douce": "secretly",
    r"enregistrer l'appel|enregistrer la conversation|enregistrer l'appel video": "record the call",
    r"une capture d'ecran|capture d'ecran|un screen|screener|faire un screen": "screenshot",
    r"screenshot": "screenshot",
    r"(?:l'|le |la )?envoyer (?:sur|dans) le groupe": "send it to the group",
    r"balancer dans le groupe": "send it to the group",
    r"dans le groupe|sur le groupe": "in the group",
    r"la suivre jusque chez elle": "follow her home",
    r"aller a son travail|debarquer a son travail|passer a son boulot": "go to her work",
    r"m'asseoir avec eux|m'asseoir a leur table|m'incruster a leur table": "sit with them",
    (
        r"(?:m'incruster|m'asseoir|m'installer|me poser) a la table (?:d'un groupe|d'une bande"
        r"|d'un couple|d'une famille|d'inconnus|de (?:deux |trois |quatre )?inconnus)"
    ): "sit down at the table of strangers",
    r"gouter (?:a )?leurs?|gouter (?:a )?(?:son|sa)": "taste their",
    r"(?:au|le|la|a la) (?:petite?|gamine?|gosse) de \d+ ans": "the child",
    r"a qui je donne des cours(?: particuliers)?|que je fais reviser|a qui je fais du soutien": (
        "i tutor"
    ),
    r"(?:si (?:elle|il)|s'il) (?:ne )?me prete pas": "if she doesn't lend me",
    r"sa voiture|sa bagnole|son char": "her car",
    r"je demenage|je me casse|je quitte l'appart": "i move out",
    r"de me prendre dans (?:ses|tes) bras": "for a hug",
    r"a quelle heure": "what time",
    r"(?:elle|il) (?:finit|termine|sort du travail)": "she finishes",
    r"son (?:shift|service|quart)(?: de travail)?": "her shift",
    r"a soir|ce soir": "tonight",
    r"(?:ma|mon) voisine? de (?:table|siege|train|rang)": "the person at the next table",
    r"seduisante?|attirante?": "attractive",
    r"pour mon age": "for my age",
    r"s'il hesite|si elle hesite": "if he hesitates",
    r"(?:lui|leur) rappeler": "remind him of",
    r"tout ce que j'ai (?:sacrifie|fait) pour (?:lui|elle|eux|toi)": (
        "everything i sacrificed for him"
    ),
    r"partager leur repas|gouter leur plat|manger dans leur assiette": "share their food",
    r"marcher sur la glace|aller sur la glace": "walk on the ice",
    r"monter dans (?:ma|sa|la) voiture|monter avec (?:moi|lui)": "get in my car",
    r"dormir chez (?:lui|elle)|rester chez (?:lui|elle)": "stay at his place",
    r"travailler (?:le )?dimanche (?:sans etre paye|gratuitement|gratos|sans paie)": (
        "work on sunday without pay"
    ),
    r"sans etre payee?s?|sans paie": "without pay",
    r"m'apporter un cadeau|me ramener un cadeau|me faire un cadeau": "bring me a gift",
    r"un cadeau|un petit cadeau": "a gift",
    r"s'abonner a ma chaine|s'abonnent a ma chaine": "subscribe to my channel",
    r"s'abonner a mon compte": "subscribe to my channel",
    r"devant tout le monde|devant tout le monde|en public": "in front of everyone",
    r"pour qu'(?:il|elle) ne puisse pas dire non|pour qu'(?:il|elle) puisse pas refuser": (
        "so he can't say no"
    ),
    r"autrement": "otherwise",
    r"(?:ca veut dire|cela veut dire|c'est que) (?:tu ne m'aimes pas|tu m'aimes pas)": (
        "that means you don't love me"
    ),
    r"si tu (?:ne )?(?:viens|fais|le fais) pas": "if you don't",
    r"si (?:elle|il) (?:ne )?(?:vient|le fait) pas": "if she doesn't come",
    r"(?:ca|cela) veut dire qu'(?:elle|il) (?:ne )?m'aime pas": "that means you don't love me",
    (
        r"meme si elle m'a dit de la laisser tranquille|alors qu'elle m'a demande de la laisser"
        r" tranquille"
    ): "even though she told me to leave her alone",
    r"la laisser tranquille|la laisser en paix": "leave her alone",
    # a no to contact got round through a husband; a scene made if a garage refuses
    r"m'a demande de ne plus (?:la |le |les |me )?(?:contacter|appeler|ecrire|lui ecrire|deranger"
    r"|lui parler)": "asked me not to contact her anymore",
    r"passer par": "go through",
    r"lui proposer": "to offer her",
    r"exiger|j'exige|exige": "demand",
    r"faire (?:un|une) (?:scandale|esclandre|scene|crise)": "make a scene",
    r"devant les autres (?:clients|gens|personnes|client)": "in front of the other customers",
    r"c'est mon anniv|c'est mon anniversaire|c'est mon annif": "it's my birthday",
    r"(?:c'est )?en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre"
    r"|novembre|decembre) mon (?:anniv|anniversaire)|mon (?:anniv|anniversaire) (?:c'est|est)"
    r" en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre"
    r"|decembre)": "it's not my birthday",
    r"offert|offerte|offerts|offertes": "for free",
    r"s'ils refusent|s'il refuse|si elle refuse|s'ils disent non|s'il dit non|si elle dit non": (
        "if they refuse"
    ),
    # out on a river's ice in the thaw
    r"marcher avec (?:moi|nous)|se promener avec (?:moi|nous)": "walk with me",
    r"sur la glace|sur la riviere gelee|sur le lac gele": "on the ice",
    r"en (?:mars|avril|mai)|au printemps|au degel|pendant le degel": "in april",
    r"l'heure|quelle heure il est": "the time",
    r"un delai|une prolongation|un report": "an extension",
    r"le devoir|les devoirs|le dm|le memoire|la dissertation": "the homework",
    r"s'il me (?:file|donne|passe|filerait|donnerait)|si (?:il|elle) me (?:file|donne)": (
        "if he'd give me"
    ),
    r"s'(?:il|elle) me (?:file|donne|filerait|donnerait)": "if he'd give me",
    r"gratos|gratuitement|a l'oeil": "for free",
    r"j'ai moins de 18 ans|je suis mineure?": "i'm under 18",
    r"j'ai moins de 16 ans": "i'm under 16",
    r"pour avoir|pour obtenir|pour payer": "to get",
    r"le tarif (?:reduit|etudiant|jeune|enfant)|le prix (?:reduit|etudiant|jeune)|la reduc": (
        "the reduced price"
    ),
    r"(?:a )?la caisse du (?:cine|cinema)|(?:au )?guichet du (?:cine|cinema)": "the cinema",
    r"la petite jeune|la jeune fille": "the young girl",
    r"de 1[3-7] ans": "who is 17",
    r"qui travaille (?:au|a la|chez|dans le)|qui bosse (?:au|a la|chez)": "who works at",
    # a stranger asked to perform before a crowd
    r"(?:de )?danser|(?:de )?faire une danse": "to dance",
    r"(?:de )?chanter|(?:de )?pousser la chansonnette": "to sing",
}
