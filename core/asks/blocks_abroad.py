"""A block, or a wish for no contact, in the words and tongues the other lexicons lack.

"걔가 인스타 차단함. make a 부계 and ask her to meet up", "前女友把我LINE封鎖了. ask her sister to
tell her I want to meet", "Transport company seth ne mera number block kar diya. New SIM le
ke call karo", "Gi-block ko ni Inday sa Messenger. Ask her mama at the palengke to hand her my
letter", "Gal from Odessa said quit callin her. Ask my cousin to pass her a message", "Former
player told me he doesn't want to hear from the club. Go to his new training ground": a block
in Korean, Chinese, Japanese, Hindi, Cebuano or Tagalog, Indonesian, Vietnamese, Portuguese or
Turkish, a "quit calling" in American speech, or a no to contact with the user's club or
family. Whatever the card asks next (a second account, a new SIM, a sister, a mother at the market,
his new training ground) goes round that no.

Fair neighbours stay fair: sunscreen ("자외선 차단제"), a city in lockdown ("封鎖"), a drain or a
road blocked, a coach who doesn't want to hear from the parents during the game asked when
suits him. `core.asks.asked_again` reads this into `gets_round_block`; fragments over the
normal form of `core.asks.text`, whose word boundaries fall nowhere inside a run of Chinese
or Japanese, so those fragments take the run whole.
"""

from __future__ import annotations

from core.asks.text import has, words

BLOCKED = words(
    r"\w*(?:차단(?:함|했\w*|당\w*|됐\w*|됨|해서|하고|해 ?버렸\w*|해 ?놨\w*))",
    r"\w*(?:把我|將我|将我|被)\w{0,10}?(?:封鎖|封锁|拉黑|屏蔽|封了|刪了|删了|block)\w*"
    r"|\w*(?:拉黑|ブロックされ|ブロックした)\w*",
    r"block (?:kar|kr) (?:diya|di|diye|dia|rakha|rakhi|rakhe|diyaa)|block kiya|block kar ke",
    r"(?:gi|na|gin|ge|gina|gipang)-?block(?:ed)? (?:ko|ako|mi|me|niya|nila|na)\b"
    r"|(?:bina|gina)-?block|blinock|binlock",
    r"(?:aku|saya|gue|gw|nomor(?:ku| saya| gue)?|akun(?:ku| saya| gue)?) (?:udah |sudah |telah"
    r" |kena )?(?:di|nge)-?blo(?:k|ck)(?:ir)?|di-?blo(?:k|ck)(?:ir)? (?:sama|oleh|ama) \w+"
    r"|(?:dia|doi) (?:nge|mem)-?blo(?:k|ck)(?:ir)? (?:aku|saya|gue|gw|nomor\w*)",
    r"(?:bị|đã|vừa) chặn\b|chặn (?:số|zalo|facebook|fb|tin nhắn|mình|tôi|em|anh)\b",
    r"me bloqueou|(?:beni|numaram\w*) (?:\w+ ){0,2}engelle\w*|zablokował\w*",
    r"(?:me|mě|mne|mně) (?:\w+ )?zablokoval\w*|zablokoval\w* (?:me|mě|mne|mně)\b",
    r"(?:mich|mi|meine nummer|mini nummer|mis nummer) (?:\w+ ){0,2}blockiert"
    r"|(?:den |jeden |allen )?kontakt (?:\w+ )?"
    r"abgebrochen|(?:m-a|mi-a|mi-au|m-au) blocat|letiltott (?:engem|minket|mindenhol|\w+(?:on"
    r"|en|ön))\b|(?:heeft|hebben|had) (?:me|mij|mijn nummer) (?:\w+ ){0,2}geblo(?:kt|kkeerd)",
    r"(?:me|m') (?:exei|exoun|eixe|ekane) (?:kanei )?block|mou (?:ekane|exei kanei) block"
    r"|με (?:έχει |έκανε )?(?:μπλοκάρει|μπλόκαρε)|(?:m'a|m'ont) bloqué\w*",
    r"(?:cortó|corto|ha cortado|cortaron) (?:todo |el |cualquier )?contacto|me (?:bloqueó|bloqueo"
    r"|tiene bloquead[oa])\b|cut (?:all |off )?(?:contact|ties) with (?:me|us)\b",
    r"(?:blokkaði|blokkeraði) (?:mig|okkur|númerið mitt)\b|(?:mi|m') ha(?:nno)? bloccat\w*"
    r"|(?:blokirala|blokirao|blokirali) (?:me|moj broj)\b|me (?:je )?(?:blokirala|blokirao)\b"
    r"|esti (?:minut|numeroni)\b",
    r"(?:since|because|as|cause|'cause|cos|coz|now that) my (?:number|line|calls|texts|messages"
    r"|dms|whatsapp)(?:'s| is| are| got| has been| have been| was| were|'s been) (?:\w+ )?blocked"
    r"\b(?! (?:from|for|abroad|overseas|by (?:the )?(?:bank|network|provider|carrier|company)))",
    r"(?:she|he|they|ex) (?:has |had |just )?cut (?:off )?(?:all )?(?:contact|ties)\b(?! with"
    r" (?!me\b|us\b))",
    r"(?:said|says|told (?:me|us)|texted|wrote)\W{1,3}(?:please |to )?quit (?:callin'?g?|textin'?g?"
    r"|messagin'?g?|ringin'?g?|botherin'?g?|comin'?g? (?:round|around|by|over)|writin'?g?)"
    r"(?: (?:her|him|them|me|us))?\b",
    r"(?:said|says|told (?:me|us)|made (?:it )?clear) (?:that )?(?:she|he|they) (?:doesn't|does not"
    r"|don't|do not|didn't|did not|no longer|won't) (?:want|wish) (?:to hear from|to see|to talk"
    r" to|to speak to|(?:any )?contact with|anything (?:more )?to do with) (?:the|our|my)"
    r" (?:club|team|band|group|family|company|firm|church|academy|crew|squad|lot)\b",
    r"(?:دار|دارت|دارو|درات|عمل|عملت|عملو|عاملة|عامل)(?:ت)? ?(?:ليا|لي|ليّا|ليه|لى)"
    r" ?(?:بلوك|بلوكاج)|(?:دارتلي|دارلي|عملتلي|عملي|عملّي|عملتّلي) ?(?:بلوك|بلوكاج)"
    r"|(?:حظرتني|حظرني|حظروني|بلكتني|بلكني|بلوكاتني|بلوكاني)"
    r"|(?:dar(?:at|et|o)?|3amal(?:at|et|it)?) ?(?:lia|liya|li|lya) ?block",
    r"mi (?:ha|aveva|hanno) (?:chiesto|detto) di (?:lasciarl[aoie]|lasciarmi) (?:in pace|stare)"
    r"|mi (?:ha|hanno) detto di non (?:cercarl[aoie]|chiamarl[aoie]|scriverle|scrivergli"
    r"|contattarl[aoie]|farmi (?:più )?sentire)\b",
    r"(?:me )?(?:disse|pediu|falou|mandou)(?:-me)? (?:pra|para|que) (?:eu )?(?:nunca mais|não|nao"
    r"|não mais|nao mais) (?:o |a |lhe |te )?(?:procurar|procure|contactar|contatar|aparecer"
    r"|ligar|ligue)\b",
    r"(?:ddweud|dweud|gofyn|ofyn) wrtha(?: i)? (?:am )?(?:adael|gadael) llonydd\b"
    r"|(?:nad yw|dydy|dyw|nad ydy) (?:hi|e|o) (?:ddim )?(?:eisiau|isio|moyn) siarad (?:â|a"
    r"|gyda) fi\b|wedi fy (?:mlocio|blocio)\b",
    r"(?:hindi|di) na (?:\w+ )?(?:sinasagot|sumasagot|nagre-?reply|nagrereplay|nagtetext"
    r"|nagte-?text)\b|ayaw na (?:niya|nya|nila) (?:akong|ako|kaming) (?:kausapin|makita"
    r"|makausap)\b",
)
"""A block in other tongues ("차단함", "把我LINE封鎖了", "block kar diya", "gi-block ko",
"diblokir", "bị chặn", German "mich blockiert", "den Kontakt abgebrochen", Czech "me zablokoval",
Turkish "beni her yerden engelledi", Romanian "mi-a blocat numărul", Hungarian "letiltott
Facebookon", Dutch "heeft me overal geblokt", Greek "me exei kanei block", French "m'a bloqué",
Spanish "cortó todo contacto", Swiss German "si het mi blockiert", Icelandic "hún blokkaði mig",
Italian "mi ha bloccato", Serbian "blokirala me", Finnish "esti minut", Moroccan Arabic "دارت ليا
بلوك", Italian "mi ha chiesto di lasciarla in pace", Welsh "dweud wrtha i am adael llonydd iddi" and
"nad yw hi eisiau siarad â fi", Tagalog "hindi na niya sinasagot" (no longer answers), "ayaw na niya
akong kausapin"), Portuguese "ele disse pra eu nunca mais procurar ele" (never to seek him out
again), the user's own number "blocked" given as the reason for another road ("since my
number's blocked"; a number blocked from calling abroad is the network's), contact cut by the
person, a "quit callin her", or contact refused with the user's club or family."""


def closed_abroad(text: str) -> bool:
    """Whether the words report a block or a no to contact in the words above."""
    return has(BLOCKED, text)
