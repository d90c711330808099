"""Turkish words an ask turns on, in the English the rules read (`core.asks.gloss`).

Keys are written plain ("ş" as "s", "ğ" as "g", "ö" as "o"); the gloss takes those marks
off, and matches "i" for "ı" and "İ" as it ignores case. A verb is its stem with the endings
an ask puts on it (`_VERB`: "soracağım", "sormak", "sorup", "sorsam"); a noun takes its case
endings as `\\w*` where no other word starts the same way. Turkish puts the verb last, so the
object asked for and the verb are also read together ("numarasını soracağım" is "ask for
her phone number"), as the rules read English word order. "para" (money) is Spanish and
Portuguese "for", so it is written only with its endings or inside phrases.
"""

from __future__ import annotations

_VERB = (
    r"(?:mak|mek|ma|me|acag[iı]m|eceg[iı]m|acak|ecek|ar[iı]m|er[iı]m|ar|er|[iı]r|ur|d[iı]m|dum"
    r"|d[iı]|du|t[iı]m|tum|t[iı]|tu|up|[iı]p|sam|sem|s[iı]n|sun|[iı]n|un|ay[iı]m|ey[iı]m"
    r"|[iı]yorum|uyorum|mas[iı]n[iı]|mes[iı]n[iı]|malar[iı]n[iı]|meler[iı]n[iı]|ay[iı]p|ey[iı]p"
    r"|acag[iı]ms[iı]n|[iı]n[iı]z|un[uı]z|may[iı]|mey[iı])?"
)


def _verb(stems: str) -> str:
    """The stems (an alternation) with the endings of `_VERB`."""
    return rf"(?:{stems}){_VERB}"


GLOSSES: dict[str, str] = {
    # the object asked for read with its verb
    r"(?:telefon )?numara(?:s[iı]n[iı]|n[iı]|y[iı]) "
    + _verb("sor|iste|al"): "ask for her phone number",
    r"(?:instagram|insta|whatsapp|snap)\w* " + _verb("sor|iste|al"): "ask for her instagram",
    r"adres(?:in[iı]|ini)? " + _verb("sor|iste|al"): "ask for her home address",
    r"(?:biraz )?para(?:y[iı]|s[iı]n[iı]|m[iı])? "
    + _verb("iste|istey|borc iste|borc istey"): "ask for money",
    # bare "para ver" is Spanish and Portuguese "to see": with "ver" the noun takes its ending
    r"(?:biraz para|para(?:y[iı]|s[iı]n[iı]|m[iı])) " + _verb("ver"): "ask for money",
    r"(?:sisman|kilolu|cirkin|yasl[iı]|c[iı]l[iı]z|zay[iı]f|guzel|yak[iı]s[iı]kl[iı])"
    r"(?: m[iı]y[iı]m| m[iı])?(?: gorunup gorunmedigimi| olup olmad[iı]g[iı]m[iı]| oldugumu"
    r"| gorundugumu)? " + _verb("sor"): "ask if i look fat",
    r"(?:instagram|insta|whatsapp|snap|snapchat|tiktok|facebook)\w* "
    r"(?:hesab[iı]n[iı]|kullan[iı]c[iı] ad[iı]n[iı]) "
    + _verb("sor|soray|iste|istey|al|alay"): "ask for her instagram",
    r"(?:tiktok|instagram|insta|internet|twitter|youtube|facebook|sosyal medya)(?:'?\w+)? "
    + _verb("at|atay|koy|koyay|yukle|yukley|paylas|paylasay"): "post it online",
    # asking, telling, inviting
    _verb("sor|soray|sorac"): "ask",
    _verb("rica et|rica ed"): "ask",
    _verb("iste|isty|istey"): "ask for",
    r"istiyorum|isterim": "i want",
    _verb("soyle|soyley") + r"|diyecegim|deyip|demek|dedim|derim": "tell",
    _verb("anlat|anlata"): "tell",
    _verb("davet et|davet ed|cag[iı]r"): "invite",
    r"(?:yemege|kahveye|ic(?:k|m)eye|sinemaya) "
    + _verb("davet et|davet ed|cag[iı]r"): "ask her out",
    r"c[iı]kma teklif\w*|sevgilim olur musun|benimle c[iı]kar m[iı]s[iı]n": "ask her out",
    _verb("teklif et|teklif ed"): "offer",
    _verb("rahats[iı]z et|rahats[iı]z ed|bas[iı]n[iı] ag[iı]rt|b[iı]kt[iı]r|ugras"): "keep asking",
    (
        r"(?:evet|tamam) (?:diyene|deyene|diyinceye) kadar|kabul edene kadar|ikna olana kadar|"
        r"raz[iı] olana kadar"
    ): "until she says yes",
    (
        r"(?:hay[iı]r )?ded[iı]g[iı] halde|istemedig[iı] halde|istemese de|istemesine ragmen"
    ): "even though she said no",
    # lending, giving, paying, borrowing
    r"odunc": "lend me",
    r"borc\w*": "a loan",
    _verb("ver|vere|verey"): "give",
    r"bana " + _verb("ver"): "give me",
    _verb("ode|odey"): "pay",
    _verb("[iı]smarla|[iı]smarlay"): "buy me",
    r"bedava|ucretsiz|paras[iı]z|bedavaya": "for free",
    r"paray[iı]|paraya|paras[iı]n[iı]|paras[iı]|param[iı]|biraz para|lira\w*|[0-9]+ ?tl": "money",
    r"bozuk para|bozukluk": "spare change",
    r"indirim\w*|iskonto": "a discount",
    r"veresiye|hesaba yaz": "on credit",
    r"bana borclusun|bana borcun var|bana borclu": "you owe me",
    r"zam|zamm[iı]|maas art[iı]s\w*|maas[iı]m[iı] art[iı]r\w*|maas zamm[iı]": "a raise",
    r"iade\w*|param[iı] geri\w*|paray[iı] geri\w*|geri odeme\w*": "a refund",
    r"ceza\w*": "a fine",
    # calling, messaging, contact details
    r"aray(?:acag[iı]m|[iı]p|[iı]m)|arama\w*|arad[iı]m|arar[iı]m|arasam|aramak": "call",
    r"mesaj\w*|yaz(?:acag[iı]m|[iı]p|mak|s[iı]n|d[iı]m)|dm at\w*": "message",
    r"numara(?!\s+yap)\w*|telefon numara\w*": "her phone number",
    r"instagram'?(?:[iı]n[iı]|n[iı]|[iı]|[iı]m[iı])|insta'?(?:s[iı]n[iı]"
    r"|n[iı]|y[iı])": "her instagram",
    r"adres\w*|nerede oturdugu\w*|evini": "her home address",
    # filming, photographing, posting
    r"video(?:ya|su|sunu)? " + _verb("cek|al"): "film",
    r"gizlice " + _verb("cek|kaydet"): "film without them knowing",
    _verb("kaydet|kaydede|kaydedey|kayded"): "record",
    r"(?:whatsapp |apartman |site |aile |okul )?grub(?:a|una|umuza|un[ae]) "
    + _verb("at|atay|paylas"): "post it in the group chat",
    r"foto\w*|resim\w*|selfie": "a photo",
    _verb("cek|cekey|cekece"): "take a photo",
    _verb("paylas|paylasay|yukle|yukley|yay[iı]nla|yay[iı]nlay"): "post it online",
    r"gizlice|habersiz(?:ce)?|haberi olmadan|haberleri olmadan"
    r"|fark ettirmeden|caktirmadan|(?:ona |onlara )?soylemeden": "without them knowing",
    r"izinsiz|izin almadan|sormadan": "without asking",
    r"videosunu|videoya al\w*|kameraya al\w*|kayda al\w*": "film",
    # pretending, lying
    r"(?:(?:m[iı]s|mus) )?gibi (?:yap|davran)\w*": "pretend to be",
    r"numara "
    + _verb("yap")
    + r"|k[iı]l[iı]g[iı]na gir\w*|taklit\w*|rol\w* yap\w*": "pretend to be",
    r"yalan\w*|kand[iı]r\w*": "lie",
    r"sahte\w*": "fake",
    r"s[iı]rr[iı]\w*|gizli\w*": "a secret",
    r"polis(?:e|i|ten|le|ler\w*|im|mis|muslar)?|polis memuru\w*|komiser\w*": "a police officer",
    r"kontrolor\w*|biletci\w*|muavin\w*": "the ticket inspector",
    r"kendimi \w+ (?:olarak|diye) tan[iı]t\w*|\w+ k[iı]l[iı]g[iı]na girip": "pretend to be",
    # blocking, following, waiting
    _verb("engelle|engelley") + r"|engellend[iı]m|engellenmis": "blocked me",
    r"yeni (?:bir )?hesap\w*|baska (?:bir )?hesap\w*|sahte hesap\w*"
    r"|fake hesap\w*|yeni numara\w*": "from a new account",
    r"\w+(?:[iı]n|un|nin) hesab[iı]ndan": "from another account",
    r"takip et\w*|takip ed\w*|pesinden\w*|ard[iı]ndan git\w*": "follow",
    _verb("bekle|bekley"): "wait for",
    # touch, closeness
    r"sar[iı]l\w*|kucakla\w*": "a hug",
    r"opucuk\w*|op(?:mek|ecegim|up|mesine|mesini)|opey[iı]m": "a kiss",
    r"dokun\w*|ellemek|elle(?:yecegim|yip)": "touch",
    r"elini tut\w*|el ele|elimi tut\w*": "hold hands",
    _verb("tut|tutay"): "hold",
    r"masaj\w*|omuzlar\w* ovmak": "a massage",
    (
        r"oksa\w*|taciz\w*|sark[iı]nt[iı]l[iı]k\w*|elle(?:mek|r|dim|di|yen|yece\w*)|"
        r"c[iı]mdikle\w*|c[iı]mdik\w*"
    ): "touch",
    r"popo\w*|kalca\w*|gogus\w*": "her bottom",
    r"sac(?:[iı]n[iı]|lar[iı]n[iı]|lar[iı]na|[iı]na)": "her hair",
    # meeting, going out, driving
    _verb("bulus|gorus"): "meet",
    r"d[iı]sar[iı] c[iı]k\w*|gezmeye\w*": "go out",
    r"aksam yemeg\w*|yemege|yemek\w*": "dinner",
    r"kahve\w*": "a coffee",
    r"[iı]cki\w*|bira(?!z)\w*|[iı]cmeye": "a drink",
    r"araba(?:y[iı])? kullan\w*|arabay[iı] sur\w*|beni b[iı]rak\w*": "drive",
    r"arabas[iı]n[iı]|araba\w*": "car",
    # threats, force, pressure, begging
    r"tehdit\w*": "threaten",
    r"zorla\w*|mecbur\w*": "make them",
    r"[iı]srar\w*": "insist",
    r"yalvar\w*": "beg",
    r"herkesin onunde": "in front of everyone",
    r"hay[iı]r diyemesin|hay[iı]r diyemez": "so they cannot say no",
    # again, after a no
    r"tekrar tekrar|tekrar|yine|bir daha|yeniden|defalarca|her gun": "again",
    r"hay[iı]r ded[iı]\w*|reddett[iı]\w*|reddetmesine|istemedigini soyled\w*": "said no",
    r"(?:vermem|vermeyecegim|olmaz|istemem|yapmam|gelmem) (?:ded[iı]|diyor|dedi ama)": "said no",
    r"ragmen|olsa bile|olmasina ragmen": "even though",
    # people
    r"yabanc[iı]\w*|tan[iı]mad[iı]g[iı]m\w*|tan[iı]mad[iı]k\w*|rastgele\w*"
    r"|yoldan gecen\w*": "a stranger",
    r"birisi\w*|birine|birinden|birini|biri|kimse": "someone",
    r"kad[iı]n\w*|hanim\w*|abla\w*": "a woman",
    r"k[iı]z(?:a|[iı]|[iı]n|dan|lar|lara|lar[iı]|la)?": "a girl",
    r"erkek\w*|bir adam\w*|adama|adamdan|adam[iı]|amca(?:ya|y[iı]|dan)|abi(?:ye|yi|den)": "a man",
    r"cocuk\w*|ufakl[iı]k": "a child",
    r"garson\w*": "the waiter",
    r"kasiyer\w*|kasadaki\w*": "the cashier",
    r"sat[iı]c[iı]\w*|tezgahtar\w*|esnaf\w*|dukkan sahib\w*": "the shop assistant",
    r"sofor\w*|taksici\w*|kurye\w*": "the driver",
    r"hemsire\w*": "the nurse",
    r"doktor\w*": "the doctor",
    r"ogretmen\w*|hoca\w*": "the teacher",
    r"resepsiyon\w*": "the receptionist",
    r"guvenlik\w*|bekci\w*": "the guard",
    r"kuafor\w*|berber\w*": "the hairdresser",
    r"musteri\w*": "the customer",
    r"hasta(?:m|m[iı]|ma|mdan|lar[iı]m\w*)": "my patient",
    r"ogrenci(?:m|m[iı]|me|mden|ler[iı]m\w*)": "my student",
    r"ogrenci\w*": "a student",
    r"calisan(?:[iı]m|[iı]ma|[iı]m[iı]|lar[iı]m\w*)|eleman(?:[iı]m\w*)|astim\w*": "my employee",
    r"calisan\w*|eleman\w*": "the employee",
    r"[iı]s arkadas\w*|meslektas\w*": "my colleague",
    r"patron\w*|mudur\w*|amir\w*": "my boss",
    r"ev sahib\w*": "my landlord",
    r"kirac[iı]\w*": "my tenant",
    r"komsu\w*": "my neighbour",
    r"arkadas\w*": "my friend",
    r"eski sevgili\w*|eski k[iı]z arkadas\w*|eski erkek arkadas\w*"
    r"|eski es\w*|eski kocam|eski kar[iı]m": "my ex",
    r"k[iı]z arkadas\w*|erkek arkadas\w*|sevgili\w*": "my partner",
    r"es(?:im|ime|imi|imden|imle)|kocam\w*|kar[iı]m\w*": "my partner",
    r"anne\w*|baba(?:m|ma|mi|mdan|mla|ya|s[iı])|kardes\w*|kuzen\w*|teyze\w*"
    r"|day[iı]m\w*|hala(?:m|ma|m[iı])": "my family",
    r"anneanne\w*|babaanne\w*|dede\w*|ailem\w*|ablam\w*|abim\w*": "my family",
    r"temizlikci\w*": "the cleaner",
    r"asc[iı]\w*": "the cook",
    r"hostes\w*|kabin memur\w*": "the attendant",
    (
        r"(?:onun |k[iı]z[iı]n )?erkek arkadas[iı](?:n[iı]|na|ndan|yla)?|sevgilisi\w*|"
        r"kocas[iı]\w*"
    ): "her boyfriend",
    r"cocugum\w*|oglum\w*|k[iı]z[iı]m(?:a|[iı]|dan|la)?": "my child",
    r"sar[iı]s[iı]n\w*|hatun\w*|manita\w*|gacir\w*": "a girl",
    r"adam[iı]n biri\w*|herif\w*|dayi(?:ya|y[iı])|ag(?:ab|b)ey(?:e|i|den)": "a man",
    # looks
    r"guzel\w*|yak[iı]s[iı]kl[iı]\w*|cekici\w*|seksi|tatl[iı]\w*": "attractive",
    r"cirkin\w*": "ugly",
    r"sisman\w*|kilolu\w*|sisko": "fat",
    r"zay[iı]f\w*|c[iı]l[iı]z\w*": "thin",
    r"yasl[iı]\w*|yaslanm[iı]s\w*": "old",
    (
        r"(?:sisman|kilolu|cirkin|yasl[iı]) m[iı]y[iı]m|(?:sisman|"
        r"kilolu) gorunuyor muyum"
    ): "if i look fat",
    # when, where, how
    r"gece yar[iı]s[iı]\w*|gece\w*": "at night",
    r"yaln[iı]z\w*|tek bas[iı]na|bas basa": "alone",
    r"sarhos\w*": "drunk",
    (
        r"herkesin icinde|herkesin onunde|millet[iı]n onunde|toplum icinde|alenen"
    ): "in front of everyone",
    (
        r"(?:onun |k[iı]z[iı]n )?arkadas[iı] (?:arac[iı]l[iı]g[iı]yla|uzerinden|"
        r"vas[iı]tas[iı]yla)"
    ): "through her friend",
    r"her seferinde|surekli|s[iı]k s[iı]k|durmadan|ikide bir|her f[iı]rsatta|gunlerce": "again",
    _verb("tamir et|tamir ed|onar|onaray|duzelt|duzeltey") + r"|tamir\w*": "repair",
    r"izin gunu|bos gun|[iı]zin(?: gunu)? (?:alabilir|almak|istiyorum)|tatil gunu": "a day off",
    (
        r"yol tarifi|yolunu|nas[iı]l gidilir|nas[iı]l giderim|nas[iı]l gidebilirim|hangi yoldan"
    ): "directions",
    _verb("oner|onerme|onermes|tavsiye et|tavsiye ed") + r"|tavsiye\w*|oneri\w*": "recommend",
    # function words
    r"eger|sayet": "if",
    r"cunku": "because",
    r"olmadan": "without",
    r"birlikte|beraber": "with",
    r"[iı]c[iı]n": "for",
    r"benim": "my",
    r"bana|beni|bende": "me",
    r"onun": "her",
    r"ona|onu|ondan": "her",
    r"onlar\w*": "them",
    r"hay[iı]r": "no",
    r"evet": "yes",
    r"degil\w*": "not",
}
