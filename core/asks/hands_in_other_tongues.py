"""Touch asked in the words the user thinks in, and hands-on asks English had no word for.

"Le voy a pedir a mi compañero de contabilidad que me dé un masajito en el cuello" (a neck
massage from a colleague), "pedirle a la señora del camión que me deje recargarme en su
hombro" (lean on a stranger's shoulder on the bus), "pedirle a la practicante nueva que me deje
sobarle la espalda" (rub the new intern's back), "preguntarle al TA si le puedo tocar los
tatuajes", "que baile pegadito conmigo"; "een random meisje in de club vragen of ik haar hand
mag vasthouden" (Dutch); "die Frau neben mir im Wartezimmer fragen, ob ich ihre Hand halten
darf" (German); "hamile kadına karnına dokunup dokunamayacağımı soracağım" (Turkish: touch a
pregnant stranger's belly); "jestli ji můžu sáhnout na vlasy" (Czech: touch her hair);
"să mă țină de mână" (Romanian: hold my hand); "na akoumpisw to kefali mou ston wmo tis"
(Greek in Latin letters: rest my head on her shoulder); "megsimogathatom-e a szakállát"
(Hungarian: may I stroke his beard). And in English: a stranger's or a waitress's hair done,
tucked back or stroked, an order said "straight into the waiter's ear", a stranger helped to
"stretch her hamstrings", a bum slapped "for luck", and a team's trainer asked to "work on my
calves" because "she does it for the players".

Each is a body asked for, which the person did not offer. Touch from a partner or family
stays theirs to give (`core.asks.decide.hug_is_fine`: "mi novia", "meine Frau" and "mijn
vriendin" are read as partners), and a hand held by the user's own child is family's. Goods
touched ("la tela", a fabric, a pet) are no body: the patterns name a body part or a hold.
Fragments for `core.asks.affection.TOUCH`, over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_ES_BODY = (
    r"(?:pelo|cabello|barba|manos?|brazos?|espalda|cuello|cara|mejillas?|tatuajes?|panza"
    r"|barriga|pancita|piernas?|hombros?|cintura|rodillas?|pies|pecho|nuca|rizos|trenzas)"
)
_SPANISH = (
    r"masaj(?:e|es|ito|itos)\b",
    r"(?:recargar|apoyar|recostar|dormir|acostar)(?:me)? (?:\w+ ){0,2}?(?:en|sobre) su (?:hombro"
    r"|pecho|regazo|brazo)",
    rf"(?:tocar|sobar|acariciar|besar|agarrar|apretar|oler|peinar|trenzar|frotar|masajear)(?:le"
    rf"|la|lo|les)? (?:\w+ )?(?:el|la|los|las|sus?) {_ES_BODY}\b",
    r"(?:bail(?:e|ar|emos)|bailar) (?:\w+ )?pegad(?:it)?[oa]s?\b",
    r"(?:tomar|agarrar)(?:me|le)? de la mano|(?:me )?(?:tome|agarre) de la mano\b",
)
"""A massage, a head on a shoulder, a back rubbed, tattoos or hair touched, a dance held close,
a hand held, in Spanish."""
_OTHER = (
    # Dutch: a hand held, a body touched or stroked, a massage.
    r"(?:hand|handen|handje|arm) (?:\w+ ){0,2}?vast(?:houden|pakken|te houden)\b",
    r"(?:haar|zijn|hun) (?:haar|haren|gezicht|rug|buik|nek|baard|wang|arm) (?:\w+ ){0,2}?"
    r"(?:aanraken|aan te raken|aaien|strelen|masseren|voelen)\b",
    # German: a hand held, hair or a body touched or stroked.
    r"(?:hand|hände|händchen) (?:\w+ ){0,2}?(?:halten|hält|nehmen|anfassen)\b",
    r"(?:ihre|seine|ihren|seinen|ihr|sein|die|den|deren|dessen) (?:haare?|schulter|wange|bart"
    r"|bauch|arm|rücken|nacken|gesicht) (?:\w+ ){0,2}?(?:berühren|anfassen|streicheln"
    r"|massieren|kraulen|fühlen)\b",
    r"(?:kopf|mich) (?:\w+ ){0,2}?an (?:ihre|seine|ihrer|seiner) schulter (?:lehnen|legen)\b",
    # Turkish: a belly, hand, hair or face touched; a hand held; a head on a shoulder.
    r"(?:karn|el|saç|yüz|omz|kol|sakal|bacağ|sırt|yanağ)\w* (?:\w+ )?dokun\w*",
    r"(?:elini|elimi|ellerini) tut\w*|omzuna (?:\w+ )?(?:yaslan|koy)\w*",
    # Czech: hair, a beard or a belly touched; a hand held; a stroke.
    r"s[aá]h(?:nout|at|nu)(?: si)? na (?:\w+ )?(?:vlasy|dredy|ruku|tv[aá]ř|vousy|b[rř]icho|rameno"
    r"|tetov[aá]n[ií])",
    r"(?:dr[zž]et|drzet|chytit|vz[ií]t) (?:\w+ )?za ruku|pohladit (?:\w+ )?(?:po|na)\b",
    # Romanian: a hand held, hair or a face stroked.
    r"(?:țin[aă]|ţin[aă]|tina|ține|tine|ia|prind[aă]?) de m[aâ]n[aă]|de m[aâ]n[aă] pe drum",
    r"(?:s[aă] )?(?:ating|mângâi|mangai)\w* (?:\w+ )?(?:p[aă]rul|fa[țţt]a|m[aâ]na|barba|burta)",
    # Greek, in Greek or Latin letters: a head on a shoulder, a hand held, a caress.
    r"akoump\w* (?:\w+ ){0,3}?(?:ston|stin|sto) (?:wmo|omo|ómo)|ακουμπ\w* (?:\S+ ){0,3}?στον ώμο",
    r"(?:na )?(?:tis|tou) (?:pias|krat)\w* to (?:xeri|heri|cheri)|(?:χάιδ|χαϊδ)\w*",
    # Hungarian: a beard, hair or a face stroked or touched; a hand held.
    r"(?:meg)?(?:simogat|érint|fog)\w*(?:-e)? (?:a |az )?(?:szakáll|haj|kez|arc|vál|has|kar)\w*",
    r"kézen fog\w*|fog(?:hatom|ja|om)(?:-e)? a kez\w*",
)
"""A hand held or a body touched in Dutch, German, Turkish, Czech, Romanian, Greek or
Hungarian."""
_ENGLISH = (
    r"do (?:her|his|their) hair (?:back|in return|too|as well)\b|do (?:her|his|their) hair"
    r" (?:\w+ ){0,3}?(?:while|as) (?:she|he|they)(?:'s| is| does| do)\b",
    r"tuck (?:back |away )?(?:[\w']+ ){0,3}?(?:hair|strand|lock|curl)s?\b(?= (?:[\w']+ ){0,6}?"
    r"(?:her|his|their) (?:face|ear|eyes))"
    r"|tuck (?:back )?(?:her|his|their) (?:hair|strand|lock|curl)",
    r"(?:say|whisper|shout|speak|talk|yell|breathe|mutter) (?:\w+ ){0,5}?(?:into|in) (?:the|a"
    r"|their|his|her) (?:\w+'s )?ear\b",
    r"(?:help|helping|assist) (?:[\w']+ ){1,6}?stretch (?:her|his|their|out her|out his) (?:\w+ )?"
    r"(?:hamstrings?|legs?|back|calves|quads|shoulders|hips?|glutes|groin)",
    r"(?:slap|smack|pinch|grab|spank|squeeze|pat|tap) (?:[\w']+ ){0,3}?(?:bum|butt|arse|ass"
    r"|backside|bottom|booty)\b",
    r"(?:work on|rub|massage|stretch|tape) my (?:calves|back|shoulders|neck|legs|hamstrings|quads"
    r"|feet|glutes|hips)\b[^.!?]{0,80}\b(?:does (?:it|that|this) for|only (?:does it )?for) (?:the"
    r" )?(?:players|team|squad|athletes|members|guests|residents)\b",
)
"""Hair done or tucked back, an order said into an ear, a stretch helped, a bum slapped, and a
trainer's hands asked for by someone who is not one of the players."""

_THAI = (
    r"\S*?(?:หอมแก้ม|ขอหอม|ขอจูบ|ขอกอด|ขอนวด|ขอจับมือ|ขอลูบ)(?!(?:แม่|พ่อ|แฟน(?!เพื่อน)|ลูก|ยาย|ตา"
    r"|ย่า|ปู่|หลาน|ภรรยา|สามี|เมีย|ผัว))\S*",
)
"""A cheek kissed ("ขอหอมแก้ม"), a kiss, a hug, a massage, a hand held, asked in Thai, which is
written without spaces, so the pattern takes the whole run of letters it stands in; the user's
own mother, child or partner named right after the verb stays theirs to ask."""

PATTERNS = _SPANISH + _OTHER + _ENGLISH + _THAI
