"""Greek words an ask turns on, in Greek script and in Greeklish, in the English the rules
read (`core.asks.gloss`). The gloss takes accents off Latin letters only, so each Greek key
is written without its tonos and `_toned` lets every vowel carry one."""

import re

_TONED = {"α": "ά", "ε": "έ", "η": "ή", "ι": "ίϊΐ", "ο": "ό", "υ": "ύϋΰ", "ω": "ώ"}


def _toned(key: str) -> str:
    """The key with each Greek vowel matching its toned forms as well ("α" → "[αά]")."""
    return re.sub(r"\[[^\]]*\]|.", _widen, key)


def _widen(found: re.Match[str]) -> str:
    text = found.group()
    if text.startswith("[") and len(text) > 1:
        return "".join(letter + _TONED.get(letter, "") for letter in text)
    return f"[{text}{_TONED[text]}]" if text in _TONED else text


_SCRIPT: dict[str, str] = {
    # asking and telling
    r"να ρωτησω|ρωτα|ρωτησω|ρωτησε|ρωταω|ρωτω|ρωτησεις|ρωτησουμε": "ask",
    r"να ζητησω|ζητα|ζητησω|ζητησε|ζηταω|ζητω|ζητησεις": "ask for",
    r"πες της|πες του|να πω|πες|πω|πεις|λεω|λεγω": "tell",
    r"καλεσε|καλεσω|καλεσεις|προσκαλεσω|προσκαλεσε": "invite",
    r"δανεισε|δανεισει|δανεισεις|δανειστω|δανειζομαι": "lend me",
    r"να μου δωσεις|να μου δωσει|μου δωσει|δωσε|δωσει|δωσεις|δωσω": "give me",
    r"πληρωσε|πληρωσει|πληρωσεις|πληρωσω|κερασε|κερασει|κερασεις": "pay for me",
    r"παρε τηλεφωνο|παρω τηλεφωνο|παρε τηλ|τηλεφωνησε|τηλεφωνησω": "call",
    r"στειλε μηνυμα|στειλω μηνυμα|μηνυμα|γραψε|γραψω": "message",
    r"τραβηξε|τραβηξω|βιντεο|βιντεοσκοπησε|βιντεοσκοπησω|καταγραψω|ηχογραφησω": "film",
    r"χωρις να το καταλαβει|χωρις να το ξερει|χωρις να ξερει|κρυφα": "without them knowing",
    r"φωτογραφια|φωτογραφιες|φωτογραφισε|φωτογραφισω|φωτο": "a photo",
    r"ανεβασω στο|ανεβασε|ανεβασω|ποσταρε|ποσταρω": "post it online",
    r"μοιρασε|μοιρασω|κοινοποιησω": "share it online",
    r"ζωντανα|λαιβ": "livestream",
    r"να παριστανω|κανε πως|κανω πως|κανω οτι|προσποιηθω|προσποιησου|παραστησω": "pretend to be",
    r"πω ψεματα|ψεματα|ψεμα|ψευτικ\w*": "lie",
    r"με εχει μπλοκαρει|με μπλοκαρε|μπλοκαρε|μπλοκαρισμεν\w*": "blocked me",
    r"ακολουθησε|ακολουθησω|ακολουθω": "follow",
    r"περιμενε|περιμενω|περιμενεις": "wait for",
    # touch and closeness
    r"αγκαλια|αγκαλιασε|αγκαλιασω|αγκαλιτσα": "a hug",
    r"φιλια στο μαγουλο|φιλι|φιλακι|φιλησε|φιλησω": "a kiss",
    r"αγγιξε|αγγιξω|ακουμπησε|ακουμπησω|πιασε|πιασω|χαιδεψω": "touch",
    r"να πιασουμε χερια|κρατησει το χερι|κρατησω το χερι|κρατησε το χερι": "hold hands",
    r"κανει μασαζ|μασαζ": "a massage",
    # going out, driving, meeting
    r"ραντεβου": "a date",
    r"να βγει μαζι μου|να βγουμε εξω|να βγουμε|βγουμε": "go out with me",
    r"να βρεθουμε|συναντησω|συναντηθουμε|βρεθουμε": "meet",
    r"για φαγητο|φαγητο|δειπνο": "dinner",
    r"ποτο|ποτακι|μπυρα|μπιρα": "a drink",
    r"καφε|καφεδακι|καφες": "a coffee",
    r"οδηγησω|οδηγησε|οδηγω": "drive",
    r"να με πεταξει|να με παει|ωτοστοπ": "a ride",
    # pressure
    r"απειλησω|απειλησε|απειλη": "threaten",
    r"αναγκασω|αναγκασε|ζορισω|ζορισε": "make them",
    r"επιμεινω|επιμενω|επιμονη": "insist",
    r"ικετεψω|παρακαλεσω|παρακαλαω": "beg",
    r"αλλιως": "or else",
    # people
    r"αγνωστ\w*": "a stranger",
    r"περαστικ\w*": "a passer-by",
    r"καποιον|καποια|καποιο|καποιου": "someone",
    r"αντρα|αντρας|ανδρα|κυριο|κυριος": "a man",
    r"γυναικα|κυρια": "a woman",
    r"κοπελα|κοπελες|κοριτσι|κοριτσια": "a girl",
    r"αγορι|αγορια": "a boy",
    r"παιδι|παιδακι|παιδια": "a child",
    r"σερβιτορ\w*": "the waiter",
    r"ταμια|ταμιας|ταμειο": "the cashier",
    r"πωλητρια|πωλητη|πωλητης": "the shop assistant",
    r"οδηγο|οδηγος|ταξιτζη": "the driver",
    r"νοσοκομα|νοσηλευτρια|νοσηλευτη": "the nurse",
    r"γιατρο|γιατρος|γιατρινα": "the doctor",
    r"δασκαλ\w*|καθηγητ\w*": "the teacher",
    r"ρεσεψιον\w*|υποδοχη": "the receptionist",
    r"φυλακα|σεκιουριτα|πορτιερη": "the guard",
    r"κομμωτρια|κομμωτη|κουρεα": "the hairdresser",
    r"πελατ\w*": "a customer",
    r"ασθεν\w*": "a patient",
    r"μαθητ\w*|φοιτητ\w*": "a student",
    r"υπαλληλ\w*": "an employee",
    r"συναδελφ\w*": "my colleague",
    r"αφεντικο|προισταμεν\w*|διευθυντ\w*": "my boss",
    r"σπιτονοικοκυρ\w*|ιδιοκτητ\w*": "my landlord",
    r"ενοικιαστ\w*": "my tenant",
    r"γειτον\w*": "my neighbour",
    r"φιλους μου|φιλο μου|φιλη μου|φιλοι|φιλους|φιλε": "a friend",
    r"συντροφο μου|γυναικα μου|κοπελα μου|αντρα μου|αγορι μου|συζυγο": "my partner",
    r"πρωην": "my ex",
    r"μπαμπα μου|μανα μου|μαμα μου|αδερφ\w*|αδελφ\w*|γιαγια|παππου": "my family",
    # what is asked
    r"λεφτα|χρηματα|ευρω|φραγκα": "money",
    r"χωρις να πληρωσω|δωρεαν|τζαμπα": "for free",
    r"εκπτωση": "a discount",
    r"δανειο|βερεσε": "a loan",
    r"τηλεφωνο|κινητο": "phone number",
    r"νουμερο": "a number",
    r"ειμαι": "i am",
    r"το τηλεφωνο της|το νουμερο της|το κινητο της": "her phone number",
    r"που μενει|διευθυνση": "her home address",
    r"το ινσταγκραμ της|το ινστα της": "her instagram",
    r"ομορφ\w*|ασχημ\w*|χοντρ\w*|αδυνατ\w*|ελκυστικ\w*|σεξι": "attractive",
    r"πως φαινομαι|φαινομαι": "how do i look",
    r"γερος|γρια|ηλικιωμεν\w*": "old",
    # again, no, blocks
    r"για δευτερη φορα|για τριτη φορα|ξανα|παλι": "again",
    r"παρολο που ειπε οχι|αν και ειπε οχι|ενω ειπε οχι": "even though she said no",
    r"ειπε οχι|αρνηθηκε": "said no",
    r"καινουριο λογαριασμο|αλλο λογαριασμο|νεο λογαριασμο|ψευτικο προφιλ": "from a new account",
    r"τα μεσανυχτα|νυχτα|βραδυ": "at night",
    r"μονος του|μονη της|μονος|μονη|μονοι": "alone",
    r"μεθυσμεν\w*|πιωμεν\w*": "drunk",
    r"μυστικο": "a secret",
    # function words
    r"αν": "if",
    r"οτι|πως": "that",
    r"οταν": "when",
    r"γιατι|επειδη": "because",
    r"χωρις": "without",
    r"μαζι μου|μαζι": "with me",
    r"μου": "me",
    r"σου": "you",
    r"της": "her",
    r"του": "him",
    r"ναι": "yes",
    r"οχι": "no",
}

_LATIN: dict[str, str] = {
    # asking and telling
    r"rwta|rota|rwtisw|rotiso|rwtise|rotise|rwtaw|rotao|rwthsw|rwtiseis|rotiseis": "ask",
    r"zita|zitise|zitisw|zitiso|zitaw|zitao|zhthsw|zitiseis": "ask for",
    r"pes ths|pes tis|pes tou|pes|pw|peis|lew|legw": "tell",
    r"kalese|kalesw|kaleso|kaleseis|proskalesw|proskaleso": "invite",
    r"daneise|daneisei|daneiseis|danisei|daneistw|daneisto|daneizomai": "lend me",
    r"dwse|dwsei|dosei|dwseis|doseis|dwsw|doso": "give me",
    r"plirwse|plirose|plirwsei|plirosei|plirwseis|kerase|kerasei|keraseis": "pay for me",
    r"pare tilefwno|pare tilefono|parw tilefwno|paro tilefono|tilefwnisw|tilefoniso": "call",
    r"steile minima|steilw minima|steilo minima|to minima|mnm|grapse|grapsw|grapso": "message",
    r"trabikse|travikse|trabixe|travixe|trabiksw|traviksw|vinteo|binteo|vinteaki": "film",
    r"xwris na to kserei|xoris na to xerei|xwris na kserei|kryfa|krifa": "without them knowing",
    r"fwtografia|fotografia|fwtografies|fotografies|fwto|fwtografisw|fotografiso": "a photo",
    r"anevase|anebase|anevasw|anebasw|anevaso|postare|postarw|postaro": "post it online",
    r"kanw share|moirase|moirasw|moiraso": "share it online",
    r"kanw live|kano live|zwntana|zontana": "livestream",
    (
        r"kane pws|kanw pws|kano pos|kanw oti|kano oti|prospoiithw|paristanw|paristano"
    ): "pretend to be",
    r"psemata|psema|pseftik\w*|pseutik\w*": "lie",
    r"me exei mplokarei|me exei blokarei|me mplokare|me blokare|mplokare|blokare": "blocked me",
    r"akolouthise|akolouthisw|akolouthiso|akolouthw": "follow",
    r"perimene|perimenw|perimeno": "wait for",
    # touch and closeness
    r"agkalia|agalia|aggalia|agkaliase|agkaliasw|agkaliaso|agkalitsa": "a hug",
    r"filaki|filakia|filise|filisw|filiso": "a kiss",
    r"aggikse|aggiksw|agiksw|agikso|akoumpisw|akoumpiso|akoumbisw|akoumbiso|piasw|piaso": "touch",
    r"kratisei to xeri|kratisw to xeri|kratiso to xeri|kratise to xeri": "hold hands",
    r"kanei masaz|masaz": "a massage",
    r"ta mallia tis|ton wmo tis|ton omo tis": "her shoulder",
    # going out, driving, meeting
    r"rantevou|rantevu|randevou": "a date",
    r"na vgei mazi mou|na vgoume ekso|na vgoume exw|na vgoume": "go out with me",
    r"na vrethoume|synantisw|sinantiso|vrethoume": "meet",
    r"gia fagito|gia fai|fagito|deipno": "dinner",
    r"poto|potaki|mpira|mpyra|bira": "a drink",
    r"gia kafe|kafe|kafedaki|kafes": "a coffee",
    r"odigo to amaxi|odigisw|odigiso|odigise|odigw": "drive",
    r"na me petaksei|na me paei|otostop|oto-stop": "a ride",
    # pressure
    r"apeilisw|apeiliso|apeilise|apeili": "threaten",
    r"anagkasw|anagkaso|anagkase|zorisw|zoriso|zorise": "make them",
    r"epimeinw|epimeino|epimenw|epimeno|epimoni": "insist",
    r"iketepsw|parakalesw|parakaleso": "beg",
    r"alliws|allios": "or else",
    # people
    r"agnwst\w*|agnost\w*": "a stranger",
    r"perastik\w*": "a passer-by",
    r"kapoion|kapoia|kapoio|kapoiou": "someone",
    r"antra|antras|andra|kyrio|kirio|kyrios": "a man",
    r"gynaika|gunaika|ginaika|kyria|kiria": "a woman",
    r"kopela|kopeles|koritsi|koritsia": "a girl",
    r"agori|agoria": "a boy",
    r"paidi|paidaki|paidia|pedi": "a child",
    r"servitor\w*|serbitor\w*": "the waiter",
    r"tamia|tamias|tameio": "the cashier",
    r"pwlitria|politria|pwliti|politi": "the shop assistant",
    r"odigo|odigos|taksitzi|taxitzi": "the driver",
    r"nosokoma|nosileftria|nosilevtria|nosilefti": "the nurse",
    r"giatro|giatros|giatrina": "the doctor",
    r"daskal\w*|kathigit\w*": "the teacher",
    r"reseption\w*|ypodoxi": "the receptionist",
    r"fylaka|filaka|sekiourita|portieri": "the guard",
    r"kommwtria|kommotria|kommwti|kourea": "the hairdresser",
    r"pelat\w*": "a customer",
    r"asthen\w*": "a patient",
    r"mathit\w*|fitit\w*|foitit\w*": "a student",
    r"ypallil\w*|ipallil\w*": "an employee",
    r"synadelf\w*|sinadelf\w*": "my colleague",
    r"afentiko|proistamen\w*|dieuthynt\w*|diefthint\w*": "my boss",
    r"spitonoikokyr\w*|spitonikokir\w*|idioktit\w*": "my landlord",
    r"enoikiast\w*|enikiast\w*": "my tenant",
    r"geiton\w*|giton\w*": "my neighbour",
    r"filous mou|filo mou|fili mou|file mou|filoi|filous": "a friend",
    r"gynaika mou|gunaika mou|kopela mou|antra mou|agori mou|syzygo|sizigo": "my partner",
    r"ex mou|prwin|proin|prwhn": "my ex",
    r"mana mou|mama mou|mpampa|aderf\w*|adelf\w*|giagia|pappou": "my family",
    # what is asked
    r"lefta|xrimata|chrimata|evrw|eyrw|evro|fragka": "money",
    r"xwris na plirwsw|dwrean|dorean|tzampa|tsampa": "for free",
    r"ekptwsi|ekptosi": "a discount",
    r"daneio|vereseia|verese": "a loan",
    r"tilefwno|tilefono|kinito": "phone number",
    r"noumero": "a number",
    r"eimai|eime": "i am",
    r"to tilefwno tis|to tilefono tis|to noumero tis|to kinito tis": "her phone number",
    r"pou menei|dieuthinsi|dieythynsi|diefthinsi": "her home address",
    r"to instagram tis|to insta tis": "her instagram",
    (
        r"omorf\w*|asxim\w*|aschim\w*|xontr\w*|chontr\w*|adynat[oh]|adinat[oi]|elkystik\w*"
    ): "attractive",
    r"pws fainomai|pos fenome|fainomai|fenome": "how do i look",
    r"geros|gria|ilikiomen\w*": "old",
    # again, no, blocks
    r"gia deuteri fora|gia triti fora|ksana|xana|pali": "again",
    r"parolo pou eipe oxi|an kai eipe oxi|paroti eipe oxi|enw eipe oxi": "even though she said no",
    r"eipe oxi|ipe oxi|arnithike": "said no",
    (
        r"kainourio logariasmo|allo logariasmo|neo logariasmo|allo account|neo account"
    ): "from a new account",
    r"ta mesanyxta|ta mesanixta|nyxta|nixta|vrady|vradi": "at night",
    r"monos tou|moni tis|monos|moni|monh|monoi": "alone",
    r"methysmen\w*|methismen\w*|piomen\w*": "drunk",
    r"mystiko|mistiko": "a secret",
    # function words
    r"oti": "that",
    r"otan": "when",
    r"giati|epeidi": "because",
    r"xwris|xoris|choris": "without",
    r"mazi mou|mazi": "with me",
    r"mou": "me",
    r"nai": "yes",
    r"oxi|ohi": "no",
}

GLOSSES: dict[str, str] = {
    **{_toned(key): english for key, english in _SCRIPT.items()},
    **_LATIN,
}
