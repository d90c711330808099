"""The user's looks put to someone in more tongues, and English shapes of it left unread.

"Perguntar ao empregado de mesa se acha que estou gorda neste vestido" (Portuguese: whether he
thinks I'm fat in this dress), "customer se poochna ke main mota lagta hoon kya" (Hindi in
Latin letters: whether I look fat), "saree te amake kemon lagche, figure ta thik ache?"
(Bengali in Latin letters: how I look in the sari, whether my figure is all right), "إذا شكلي
سمينة" (Arabic: whether I look fat), "kas ma olen tema meelest ilus" (Estonian: whether I'm
beautiful to her), "дали според нея съм привлекателен" (Bulgarian: whether she finds me
attractive), "szerinte jól nézek-e ki ma" (Hungarian: whether I look good today), "näytänkö
lihavalta" (Finnish: whether I look fat). In English: "if my face looks better without
glasses", "if my face is symmetrical". Each asks someone to judge the user's looks. Asking
about someone else's looks or about a thing ("se o vestido é bonito") names no verdict on the
user. Fragments for `core.asks.judgement.JUDGEMENT`, over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_PT_LOOKS = (
    r"(?:gord[oa]|gordinh[oa]|fei[oa]|bonit[oa]|lind[oa]|velh[oa]|magr[oa]|gir[oa]|atraente"
    r"|bel[oa]|sex[yi]|horr[ií]vel|elegante)"
)

JUDGEMENT = (
    rf"se (?:\w+ ){{0,3}}(?:estou|sou|fico|pare[cç]o|me acha|me acham) (?:muito |mais |t[aã]o"
    rf" |demasiado |bem )?{_PT_LOOKS}\b",
    r"(?:main|mai|mein) (?:\w+ ){0,4}?(?:mota|moti|patla|patli|buddha|buddhi|kala|kali|sundar"
    r"|smart|handsome|ugly|bura|buri|accha|achha|achhi|acchi) (?:lag(?:ta|ti|rha|rhi)|dikh(?:ta"
    r"|ti)|(?:lag|dikh) (?:raha|rahi|rha|rhi|rahe))\b",
    r"(?:if|whether) (?:i|i'm|i am|i be|my (?:face|body|figure|shape|skin|looks|smile)(?: is| be)?)"
    r" (?:\w+ )?(?:fine|finer|fresh|fresher|sharp) (?:pass|than)\b",
    r"amake (?:\w+ ){0,3}(?:kemon|kmn|sundor|mota|moti|bhalo|kharap) (?:lag\w*|dekha\w*)"
    r"|(?:my |amar )?figure ?ta (?:thik|bhalo) (?:ache|achhe|ase)",
    r"(?:إذا|اذا|لو|هل) (?:\w+ )?شكلي|شكلي (?:\w+ )?(?:سمين|حلو|قبيح|بشع|زين|جميل|كبير)\w*",
    r"kas ma olen (?:\w+ ){0,3}(?:ilus|kena|kole|paks|vana|atraktiivne|seksikas|ilusam)\b",
    r"дали (?:\w+ ){0,3}(?:съм|изглеждам) (?:\w+ )?(?:привлекател\w*|красив\w*|грозн\w*"
    r"|дебел\w*|стар\w*|хубав\w*|секси)",
    r"(?:jól|jol|rosszul|szépen|szepen|öregnek|kövérnek|kovernek|dagadtnak) nézek-?e ki"
    r"|nézek-?e ki (?:jól|jol)|(?:szépnek|szepnek|vonzónak|vonzonak|csúnyának) (?:talál|tart)\w*",
    r"(?:näytänkö|naytanko|olenko) (?:\w+ )?(?:lihava\w*|ruma\w*|kaunii\w*|kaunis|komea\w*"
    r"|vanha\w*|vanhalta|hyvältä|hyvalta)",
    r"(?:if|whether) my (?:face|nose|skin|body|smile|teeth|figure|jawline|profile|jaw|chin"
    r"|eyes) (?:looks?|seems?) (?:\w+ )?(?:better|worse|nicer|prettier|younger|older|fatter"
    r"|thinner|uglier|weird|odd|off|lopsided|crooked)\b",
    r"(?:if|whether) my (?:face|nose|smile|teeth|jaw|jawline|eyes|eyebrows|features|body) (?:is"
    r"|are) (?:\w+ )?(?:symmetrical|asymmetrical|lopsided|uneven|crooked|wonky)\b",
)
"""Whether the user looks fat, beautiful, attractive or good, asked in Portuguese, Hindi or
Bengali in Latin letters, Arabic, Estonian, Bulgarian, Hungarian or Finnish ("kya mai is kurti
mein moti lag rahi hu", the progressive "lag rahi" too), whether the user is finer than someone
("whether my face fine pass my guy own", in Nigerian Pidgin), and whether the user's face looks
better one way or is symmetrical, in English."""
