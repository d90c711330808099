"""The user's looks or worth put to someone, in the shapes the other lexicons leave unread.

"Si j'ai des grosses cuisses dans ce jean" (French: whether my thighs are big in these jeans),
"czy jestem jeszcze atrakcyjna jak na swój wiek" (Polish: whether I'm still attractive for my
age), "আমাকে দেখতে কেমন লাগে" (Bengali: how I look), "se acha que eu ainda sou uma mulher
atraente" (Portuguese: whether I'm still an attractive woman, said with words between),
"إذا شايفني حلوة" (Levantine Arabic: whether he sees me as pretty), "क्या मैं मोटा दिखता हूँ"
(Hindi: whether I look fat), "kung gwapa ba ko" (Cebuano and Tagalog: whether I'm pretty), and
in English "whether I seem like a worthwhile person to them" or "whether I have big thighs".
Each asks someone to judge the user. The patterns name the user ("je", "jestem", "আমাকে", "मैं",
"ko", "i"): a dress or a friend judged ("si la robe est belle", "czy ta sukienka jest ładna")
names no verdict on the user. Indic patterns end in `\\w*`, so the word boundary falls after
the letters, not inside a vowel sign. Fragments for `core.asks.judgement.JUDGEMENT`, over the
normal form of `core.asks.text`.
"""

from __future__ import annotations

_EN_PERSON = r"(?:person|human(?: being)?|guy|girl|man|woman|bloke|lad|lass|friend|catch|partner)"
_EN_WORTH = (
    r"(?:worthwhile|decent|likeable|likable|lovable|loveable|worthy|valuable|respectable"
    r"|interesting|attractive|normal|nice|kind|fun|desirable|good|bad|boring|weird|creepy)"
)
_FR_BODY = r"(?:cuisses|fesses|hanches|bras|joues|mollets|seins|pieds|oreilles|ventre|nez|cul)"
_FR_LOOKS = (
    r"(?:grosses?|gros|grasse|enrobée?|moche|laide?|belle|beau|jolie?|attirante?|vieille|vieux"
    r"|canon|sexy|bonne|mignonne?|potable|baisable)"
)
_PL_LOOKS = (
    r"(?:atrakcyjn\w*|ładn\w*|ladn\w*|brzydk\w*|grub\w*|star[ay]|staro|przystojn\w*|piękn\w*"
    r"|piekn\w*|seksown\w*|szczupł\w*|gruba|grubo|dobrze|źle|zle)"
)
_PT_LOOKS = (
    r"(?:gord[oa]|gordinh[oa]|fei[oa]|bonit[oa]|lind[oa]|velh[oa]|magr[oa]|gat[oa]|atraente"
    r"|desejável|desejavel|sex[yi]|charmos[oa]|interessante)"
)
_PT_BETWEEN = (
    r"(?:(?:ainda|mesmo|realmente|uma|um|mulher|homem|pessoa|rapaz|moça|moca|garota|menina|cara"
    r"|muito|mais|t[aã]o|bem|meio) ){0,4}"
)
_BN_LOOKS = r"(?:কেমন|সুন্দর|মোটা|ভালো|ভাল|খারাপ|বুড়ো|বুড়ি|কালো|রোগা|কুৎসিত|বয়স্ক)"
_BN_STEMS = r"(?:কেমন|সুন্দর|মোট|ভাল|খারাপ|বুড়|কাল|রোগ|কুৎসিত|বয়স্ক)"
"""The same words cut before a closing vowel sign, for the end of a pattern."""
_HI_LOOKS = (
    r"(?:मोटा|मोटी|सुंदर|सुन्दर|बदसूरत|बूढ़ा|बूढ़ी|अच्छा|अच्छी|पतला|पतली|काला|काली|हैंडसम|खूबसूरत"
    r"|कैसा|कैसी|बुरा|बुरी)"
)
_AR_LOOKS = (
    r"(?:حلو|حلوة|حلوه|سمين|سمينة|سمينه|بشع|بشعة|بشعه|جميل|جميلة|جميله|ناصح|ناصحة|مليح|مليحة"
    r"|زين|زينة|كيوت|عادي|عادية|قبيح|قبيحة)"
)
_CEB_LOOKS = (
    r"(?:gwapa|gwapo|guwapa|guwapo|maanyag|pangit|panget|tambok|mataba|taba|maganda|pogi|cute"
    r"|sexy|payat|nindot)"
)

JUDGEMENT = (
    rf"(?:if|whether) i (?:seem|come across|look) (?:to (?:them|her|him|people) )?(?:like |as )?"
    rf"(?:a |an )?(?:really |genuinely |truly )?{_EN_WORTH} {_EN_PERSON}",
    rf"(?:if|whether|that) (?:i'm|i am|i'd be) (?:a |an )?(?:worthwhile|likeable|likable|lovable"
    rf"|loveable|worthy|valuable|desirable) {_EN_PERSON}",
    r"(?:if|whether) i (?:have|'ve got|got|have got) (?:a |such )?(?:really |too |very )?(?:big"
    r"|fat|chunky|thick|huge|wide|massive|flabby|saggy) (?:thighs|arms|bum|butt|hips|belly|nose"
    r"|ears|forehead|legs|calves|cheeks|chin|tummy|stomach)",
    rf"si (?:j'ai|je fais|je me trouve avec) (?:des|les|un|une|de|trop de) (?:trop )?(?:grosses?"
    rf"|gros|grandes?|grands?|énormes?|enormes?) {_FR_BODY}",
    rf"si je (?:suis|fais|parais|reste|semble) (?:(?:encore|toujours|trop|vraiment|assez|une?"
    rf"|femme|homme|fille|mec|personne) ){{0,3}}{_FR_LOOKS}\b",
    rf"si (?:il|elle|on|ils|elles|vous|tu) me (?:trouve|trouvent|trouvez|trouves) (?:\w+ )?"
    rf"{_FR_LOOKS}\b|(?:me grossit|me fait (?:un )?(?:gros|grosse|grand) (?:cul|ventre|fesses))",
    rf"czy (?:\w+ ){{0,2}}(?:jestem|wyglądam|wygladam|jeszcze jestem) (?:\w+ ){{0,2}}{_PL_LOOKS}"
    r"|czy (?:mnie|mi) (?:uważa|uwaza|uważają|uwazaja) za (?:atrakcyjn\w*|ładn\w*|ladn\w*"
    r"|brzydk\w*|przystojn\w*)",
    r"se (?:(?:ela|ele|você|voce|vc|acha|achas|acham|que|eu|me|ainda|mesmo|realmente) ){0,6}"
    rf"(?:sou|estou|pare[cç]o|fico) {_PT_BETWEEN}{_PT_LOOKS}\b",
    r"si (?:\w+ ){0,4}(?:soy|estoy|me veo|parezco) (?:(?:todavía|todavia|aún|aun|una|un|mujer"
    r"|hombre|persona|muy|más|mas|tan|bastante) ){0,3}(?:atractiv[oa]|guap[oa]|fe[oa]|gord[oa]"
    r"|bonit[oa]|lind[oa]|viej[oa])\b",
    rf"আমাকে (?:\S+ ){{0,2}}{_BN_LOOKS} (?:লাগ|দেখা)\w*|আমি কি (?:দেখতে )?{_BN_STEMS}\w*",
    rf"(?:मैं|में) (?:\S+ ){{0,2}}{_HI_LOOKS} (?:दिख|लग)\w*",
    rf"(?:شايفني|شايفيني|شايفتني|بتشوفني|تشوفني|يشوفني|بتلاقيني|شايفني) (?:\S+ )?{_AR_LOOKS}"
    rf"|(?:إذا|اذا|هل|لو) (?:انا|أنا) (?:\S+ )?{_AR_LOOKS}",
    rf"(?:kung|if) (?:\w+ )?{_CEB_LOOKS} (?:ba )?(?:ko|ako)\b|{_CEB_LOOKS} ba (?:ko|ako)\b",
)
"""Whether the user seems a worthwhile person, has big thighs, is still attractive, or how
they look, asked in English, French, Polish, Portuguese, Spanish, Bengali, Hindi, Levantine
Arabic, Cebuano or Tagalog."""
