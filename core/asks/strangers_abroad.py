"""Asks of strangers and staff in Spanish, Dutch, German, Turkish, Czech, Romanian, Greek,
Hungarian, French or Tagalog: money, a private line or a home, a private question, a seat
at their table, an interruption.

"Pedirle a un yuma en el Malecón que me regale su reloj" (ask a foreigner on the Malecón to
give me his watch), "vragen aan iemand in de trein of ik zijn airpods mag hebben" (ask someone
on the train if I can have his AirPods), "Kordon'da rastgele birinden akşam yemeği
ısmarlamasını isteyeceğim" (ask someone random to buy me dinner), "Să-l rog pe tipul de la
sală să-mi împrumute 3000 lei" (ask the guy at the gym to lend me 3000 lei): a sum or a thing
of theirs asked of someone the user does not know, read like `core.asks.soft_touches`.
"Pedirle su insta al chavo que me atendió en el banco", "die Kassiererin nach ihrer privaten
Telefonnummer fragen", "na zitisw to kinito tou giatrou" (ask the doctor for his mobile),
"unde locuiește exact" (where exactly he lives): a private line or a home, theirs to give.
"Qué tipo de cáncer tiene", "warum er weint", "of ie single is", "de ce nu are copii", "milyen
betegsége van" (what illness he has): a stranger's life, not the user's to ask. "Sentarme en la
mesa de unos desconocidos", "na katsw se ena trapezi me agnwstous" (sit at a table of
strangers): their company joined uninvited. "Interrumpir al doctor mientras está con otro
paciente", "iemand die zit te blokken onderbreken": someone busy interrupted.

The same asks of the user's own family or friends ("pedirle a mi hermano que me preste",
"meine Mutter") are left to the other readings, and a shop's own number stays fair.
Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

KIN_ABROAD = words(
    r"(?:mi|mis) (?:mam[aá]|pap[aá]|madre|padre|herman[oa]s?|t[ií][oa]s?|abuel[oa]s?|prim[oa]s?"
    r"|espos[oa]|novi[oa]|amig[oa]s?|hij[oa]s?|suegr[oa]|cuñad[oa]|pareja|mejor amig[oa]|viej[oa])",
    r"mein(?:e|en|em|er)? (?:mutter|mama|vater|papa|bruder|schwester|freund|freundin|frau|mann"
    r"|oma|opa|tante|onkel|cousine?|sohn|tochter|kumpel)",
    r"mijn (?:moeder|mama|vader|papa|broer|zus|vriend|vriendin|vrouw|man|oma|opa|tante|oom|neef"
    r"|nicht|zoon|dochter)",
    r"(?:annem|babam|kardeşim|ablam|abim|arkadaşım|eşim|kocam|karım|teyzem|dayım|amcam)\w*",
    r"(?:mámy|mámu|máma|mamky|táty|tátu|bráchy|ségry|kamaráda|kamarádky|maminky)",
    r"(?:mama|tata|fratele|sora|prietenul|prietena|bunica|bunicul|soțul|soția) (?:mea|meu|mele)",
    r"(?:ma|mon|mes) (?:mère|père|frère|sœur|soeur|copain|copine|ami|amie|tante|oncle|cousin)",
    r"(?:d[ao]|pr[oa]) (?:minha|meu) (?:mãe|mae|pai|irm[ãa]o?|irmã|tia|tio|prim[oa]|namorad[oa]"
    r"|amig[oa]|v[oó]|av[oó]|esposa|marido|filh[oa])",
    r"(?:mere|meri|mera|hamare|apne|apni) (?:mummy|mumma|papa|bhai|behen|didi|dost|chacha|mama"
    r"|nani|dadi|biwi|pati)\w*|(?:mummy|papa|bhai|didi|behen) (?:ka|ki|ke)\b",
    r"(?:mamma|pabba|bróður|bror|systur|vinkonu|vin) (?:mín\w*|minn\w*)",
    r"(?:mamu|mamin\w*|tatu|brata|sestru|drugaric\w*|druga) (?:moj\w*)|(?:moj\w*) (?:mamu|tatu"
    r"|brata|sestru|drugaricu|druga)",
)
"""The user's own family or friends named in another tongue (Spanish, German, Dutch, Turkish,
Czech, Romanian, French, Portuguese, Hindustani, Icelandic, Serbian): a loan or a question asked
of them is no stranger's."""

MONEY_ABROAD = words(
    # Spanish: lent, given, paid for
    r"(?:me|nos) (?:\w+ )?(?:prest(?:e|es|en|ara|ar|ase)|regal(?:e|es|en|ara|ar|ase)"
    r"|pag(?:ue|ues|uen|ara|ar)|invit(?:e|en|ara) (?:a |un |una )?(?:cenar|comer|almorzar|la cena"
    r"|el almuerzo|la comida|un trago|una cerveza))\b(?! (?:un|una|su|el|la) (?:lápiz|lapiz|boli"
    r"|bolígrafo|pluma|encendedor|mechero|cargador|minuto|momento|segundo|favor)\b)",
    r"prestarme (?:\d|un|una|dos|tres|cinco|diez|cien|mil|su|sus)\b|prestar (?:\d+|un millón"
    r"|dinero|plata|lana|feria)\b",
    # German: given or lent to me
    r"(?:mir|uns) (?:\w+ ){0,4}?(?:schenkt|schenken|leiht|leihen|borgt|spendiert|spendieren"
    r"|bezahlt|bezahlen|ausgibt)\b",
    # Dutch: may I have his, lend me, pay for me
    r"of ik (?:zijn|haar|hun|je) [\w-]+ (?:mag|kan) (?:hebben|houden|krijgen)\b",
    r"(?:geld|euro) (?:wil |wilt |kan )?(?:lenen|geven)\b|voor mij (?:wil |kan )?betalen\b",
    # Turkish: buy me, lend me, for free
    r"ısmarla\w*|borç (?:para )?(?:ver|iste)\w*|para (?:ver|iste)\w*",
    # Czech: lend me, pay for me
    r"(?:nepujci|nepůjčí|pujci|půjčí|pujcil|půjčil|nepujcil|nepůjčil)\w* (?:\w+ )?\d",
    r"(?:mi|me) (?:\w+ )?(?:zaplatí|zaplati|koupí|koupi)\b",
    # Romanian: lend me, give me money, pay
    r"(?:să-mi|sa-mi|să mi|sa mi) (?:\w+ )?(?:împrumute|imprumute|dea bani|plătească|plateasca"
    r"|cumpere|dăruiască|daruiasca)\b",
    # Greek (in Latin letters): pay for me, lend me
    r"(?:na )?mou (?:\w+ )?(?:plirwsei|plirosei|plhrwsei|pliroseis|daneisei|daneisi|kerasei"
    r"|dwsei lefta|dosei lefta)\b",
    # Hungarian: free of charge, lend
    r"(?:adjon|adja|adjanak) ingyen\b|ingyen (?:\w+ )?(?:adjon|adja|kérni|kérjek)\b"
    r"|kölcsön(?:adjon|adna|kérni|kérjek)?\b",
    # French: leave without paying, lend or pay for me
    r"(?:partir|sortir) sans payer|me (?:prêter|preter|payer|offrir) (?:\d|un |une |des |son |sa"
    r" |ses |le |la |mon |ma )(?!(?:stylo|crayon|briquet|minute|moment)\b)",
    # Tagalog: their load, a loan
    r"(?:hingin|hihingin|hingi|manghingi) (?:ko |ng )?(?:yung |ang )?(?:pasaload|load|pera"
    r"|pamasahe)\b|(?:pautang|mangutang|umutang)\b",
)
"""Money or a thing of theirs asked to be lent, given or paid for the user."""

STRANGER_ABROAD = words(
    r"(?:un|una|unos|unas) (?:desconocid[oa]s?|extrañ[oa]s?|extranjer[oa]s?|yuma|guiris?"
    r"|turistas?|chamo|compa|pana|señor|señora|tipo|tipa|chavo|chava|muchach[oa])\b",
    r"(?:al|a la|el|la) (?:señor|señora|señorita|muchach[oa]|joven|chavo|chava|chamo|pana|nene"
    r"|nena|hostess|cajer[oa]|meser[oa]|doctor|doctora|pastor|guardia|vendedor[a]?|repartidor)\b",
    r"(?:que|qu'il|qu'elle) (?:apenas|casi no|no) (?:lo |la )?(?:conozco|saludo|conoce)"
    r"|(?:apenas|casi no) (?:lo |la )?(?:conozco|saludo)|(?:una sola vez|sólo una vez"
    r"|solo una vez)",
    r"(?:iemand|een vreemde|een onbekende|die jongen|de jongen|het meisje|een man|een vrouw)\b",
    r"(?:den|dem|der|die) (?:herrn?|mann|frau|dame|typen?|kassiererin|kassierer|kellnerin|kellner"
    r"|verkäuferin|verkäufer|fremden)\b|(?:einen|eine|jemanden|jemand|einem|einer) (?:fremden?"
    r"|unbekannten?)\b|am nachbartisch",
    r"rastgele (?:biri|birin|birisi)\w*|tanımadığım\w*|yabancı\w*|bir (?:kadın|adam|kız|genç)\w*",
    r"(?:holk[auy]|typk[auy]|chlapa|pána|paní|slečn[uy]|cizího|cizí)\b|sotva (?:znam|znám)\b",
    r"(?:tipul|tipa|femeia|bărbatul|barbatul|curierul|vânzătoarea|casiera|un străin|o străină"
    r"|necunoscut\w*)\b",
    r"(?:agnwst\w*|agnost\w*|enan tipo|mia kopela)\b",
    r"(?:mellettem ülő\w*|idegen\w*|eladóját|eladót|pénztárost)\b",
    r"(?:quelqu'un|un inconnu|une inconnue|(?:le|au|un) monsieur|(?:la|à la|une) dame)\b",
    r"(?:katabi ko|stranger lang|estranghero|yung (?:guard|tao|babae|lalaki))\b",
)
"""Someone the user does not know, or serves them, named in another tongue: "un yuma", "al
señor del puesto", "la muchacha de la farmacia", "iemand in de trein", "den Herrn am
Nachbartisch", "rastgele birinden", "holky v tramvaji", "tipul de la sală", "agnwsto",
"a mellettem ülőt", "le monsieur du café", "katabi ko"; or someone "I barely know"."""


def money_asked_abroad(text: str) -> bool:
    """Money or a thing of theirs asked in another tongue of someone the words name as a
    stranger or as serving the user, and not of the user's own family or friends."""
    if not has(MONEY_ABROAD, text) or has(KIN_ABROAD, text):
        return False
    return has(STRANGER_ABROAD, text)


LINE_ABROAD = words(
    r"(?:ped\w*|pid\w*|preg[uú]nt\w*|sac\w*) (?:\w+ ){0,8}?(?:su|el|la|tu) (?:n[uú]mero(?: de"
    r" (?:tel[eé]fono|whats(?:app)?|cel(?:ular)?))?|@ (?:a|al|de)|insta(?:gram)?|whats(?:app)?"
    r"|what's|face(?:book)?"
    r"|snap(?:chat)?|tiktok|cel(?:ular)?|tel[eé]fono|correo)\b(?! (?:de|del) (?:la |el )?(?:tienda"
    r"|negocio|local|restaurante|taller|oficina|empresa|farmacia|banco|consultorio)\b)"
    r"(?! de (?:un|una|algún|alguna|otro|otra) (?:buen[oa]? )?(?!chic[oa]|muchach[oa]|mujer"
    r"|hombre|señor|señora)\w+)",
    r"(?:ihre|seine|ihrer|seiner|ihren|seinen) (?:private[nr]? |persönliche[nr]? )?(?:telefonnummer"
    r"|handynummer|nummer|instagram|insta|snapchat|whatsapp)\b",
    r"(?:haar|zijn) (?:\w+ )?(?:nummer|telefoonnummer|insta(?:gram)?|snap(?:chat)?|whatsapp)\b",
    r"(?:instagram|insta|snapchat|snap|whatsapp|telefon|numara)'?(?:ını|ini|sını|sini|unu|ünü|nı"
    r"|ni|ın|in)\b",
    r"na (?:jeji|její|jeho) (?:snapchat|snap|instagram|insta|číslo|cislo|telefon|whatsapp)\b",
    r"to (?:kinito|tilefwno|tilefono|insta|instagram|viber) (?:tou|tis)\b",
    r"(?:număr\w*|numar\w*) (?:lui|ei) de telefon|(?:telefonszámát|telefonszámát|instáját)\b",
    r"(?:hingin|hihingin|kunin|kukunin) ko (?:yung |ang )?(?:number|numero|fb|ig|insta)\b",
    r"(?:o|a) (?:@|insta(?:gram)?|zap(?:zap)?|whats(?:app)?|n[uú]mero|celular|telefone|contato"
    r"|face|snap)(?: pessoal| particular| privado)? (?:d[ao]|dele|dela)\b(?! (?:loja|empresa"
    r"|restaurante|cl[ií]nica|consult[oó]rio|bar|sal[aã]o|lanchonete|padaria|escrit[oó]rio)\b)",
    r"(?:ka|ki|ke) (?:insta(?:gram)?|snap(?:chat)?|number|numbar|whatsapp|fb|phone number"
    r"|mobile number)(?: handle| id| number)? (?:pooch|puch|maang|mang|le(?:na|ni|ke)?\b)\w*",
    r"(?:símanúmer|simanumer|netfang)\w* (?:hennar|hans)\b",
    r"(?:njen|njegov|njihov)\w* (?:instagram|insta|broj|telefon|snap|fejs|whatsapp|viber)\w*",
)
"""A private line asked in another tongue: "su número de WhatsApp", "el @", "el whats", "ihrer
privaten Telefonnummer", "Instagram'ını", "na její snapchat", "to kinito tou", "hingin ko yung
number"; in Portuguese "o @ da mina", "o zap pessoal da fisioterapeuta" (a shop's "da loja"
stays fair), in Hindustani "waiter ka Insta handle poochna", in Icelandic "símanúmerið hennar",
in Serbian "njen Instagram"; not a shop's, nor a tradesman's someone passes on ("el número de
un buen plomero")."""

HOME_ABROAD = words(
    r"(?:en qué|en que|qué|que) (?:barrio|colonia|calle) vive|(?:dónde|donde) vive (?:exactamente"
    r"|exacto)|la dirección de su casa",
    r"unde (?:locuiește|locuieste|stă|sta) (?:exact|precis)?",
    r"waar (?:hij|ze|zij|ie) (?:precies )?woont\b",
    r"wo (?:genau )?(?:er|sie) (?:genau )?wohnt\b",
    r"hol lakik(?: pontosan)?\b|melyik utcában\b",
    r"nerede (?:oturduğunu|yaşadığını)|evinin adresini",
)
"""Where someone lives asked in another tongue: "en qué barrio vive", "unde locuiește exact",
"waar hij woont", "hol lakik pontosan"."""


def line_asked_abroad(text: str) -> bool:
    """A private line or a home asked in another tongue, of anyone but the user's own."""
    return has(LINE_ABROAD, text) and not has(KIN_ABROAD, text)


def home_asked_abroad(text: str) -> bool:
    """Where someone not the user's own lives, asked in another tongue."""
    return has(HOME_ABROAD, text) and not has(KIN_ABROAD, text)


PERSONAL_ABROAD = words(
    r"qué le pasó con su (?:novi[oa]|espos[oa]|pareja|marido|mujer)|(?:qué|que) tipo de cáncer"
    r"|(?:qué|que|cuál|cual) enfermedad tiene|si (?:está|esta) (?:enferm[oa]|casad[oa]|solter[oa])"
    r"|por qué (?:está|esta) tan (?:flac[oa]|gord[oa]|delgad[oa])|cuánto gana|cuanto gana"
    r"|(?:cicatriz|cicatrices)\b[^.!?;]{0,20}?cómo se|cómo se (?:la |lo |las |los )?hizo"
    r"|por qué no (?:tiene hijos|se ha casado|se casa)",
    r"warum (?:er|sie) weint|an (?:seiner|ihrer) ehe liegt|warum (?:er|sie) (?:keine kinder"
    r"|nicht verheiratet)",
    r"of (?:ie|hij|ze|zij) (?:nog )?single is",
    r"pişmanlığını|neden evlenmedi\w*|neden çocuğu yok",
    r"de ce nu (?:are copii|e căsătorit\w*|este căsătorit\w*)",
    r"milyen betegsége",
    r"pws ta pane sti sxesi|ti arrwstia exei",
    r"proc (?:ma|má) (?:ty )?(?:jizvy|jizvu)",
    r"ilang taon na siya|bakit single pa",
)
"""A stranger's life asked in another tongue: an illness, a partner, tears, a scar, pay,
children, whether single."""

JOINS_ABROAD = words(
    r"(?:sentarme|me siento|sentarnos) (?:en la mesa )?(?:de |con )?(?:unos|unas) desconocid\w*"
    r"|meterme en la conversación de|(?:me )?dejen unirme a su (?:cena|mesa|grupo|fiesta"
    r"|conversación)",
    r"katsw se ena trapezi me agnwst\w*",
)
"""Sitting down with strangers or joining their talk or dinner, in another tongue."""

INTERRUPTS_ABROAD = words(
    r"interrumpir (?:al|a la|a) (?:\w+ ){1,4}?mientras|en medio del culto|aunque (?:esté|este)"
    r" (?:predicando|trabajando|atendiendo|ocupad[oa])",
    r"(?:zit|zitten) te (?:blokken|studeren|werken|lezen)\b[^.!?;]{0,30}?onderbreken",
    r"durdurup|istorbohin",
)
"""Someone busy stopped or interrupted: a doctor with another patient, a pastor preaching,
a student revising, a woman running for her train."""
