"""A no given, in more tongues and trades, and the same ask planned past it day after day.

"She said déedéet to coming to my shop opening. Ask again tomorrow, and the day after, until I
hear waaw", "Boat owner said hapana to me joining his night crew. Go back tomorrow", "Mbak
warung kopi bilang nggak mau foto bareng. Besok coba tanya lagi", "Chị chủ nói không cho nghỉ
Tết sớm, ask again every shift", "Mi hija ya me dijo que no. Se lo vuelvo a pedir en cada
almuerzo hasta que me diga que sí", "That VC passed in Feb. Send the same partner the same
deck this week, and next week, and the next", "Bank said no. Go back tomorrow, same guy, same
ask, and the day after. Eventually he breaks", "Prof. Adler declined. Send another email
rephrasing it, and another if she still says no": a no in Wolof, Swahili, Indonesian,
Vietnamese, Hindi or an investor's "passed", and beside it the next try: the same ask
this week and next, "tanya lagi", "vuelvo a pedir", another email next week, the ask
rephrased. Some words only exist to wear a no down, and need no reported no: "until she
says yes" in Spanish or Cebuano, "eventually he breaks", "she gets tired and says yes in the
end".

Fair neighbours stay fair: an application made again to an office (`core.asks.due_again`), a
fallback asked after a no ("if they still say no, ask to see the manager"), another email
asking who else could help, the same gran asked every Sunday how her week was, a sister who
declined an invitation asked tomorrow and the day after how her exams went, a bank gone back
to with the papers it asked for, the user's own "passed" exam. `core.asks.asked_again` reads
this into `repeats_after_no`, after its own exemptions; fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks import persistence
from core.asks.text import has, words

_NO_WORD = (
    r"(?:d[ée]+d[ée]+t|dedet|hapana|nahi|nahin|nahi{2}|hindi|ayaw|dili|nggak|ngga|gak|enggak"
    r"|tidak|ndak|không|khong|nein|niet|nope|nah|hayır|hayir)"
)
NO_GIVEN = words(
    rf"(?:said|says|told (?:me|us)|replied|answered),? {_NO_WORD}(?= to\b|[.,;:!?]|$)",
    r"(?:bilang|ngomong|jawab|katanya) (?:nggak|ngga|gak|enggak|tidak|ndak|ga) (?:mau|bisa|boleh"
    r"|usah)\b|(?:udah |sudah )?(?:nolak|menolak|ditolak)\b",
    r"(?:nói|bảo|trả lời) (?:là )?không\b|(?:đã )?từ chối\b",
    r"(?:mana|manaa) (?:kar|kr) (?:diya|di|diye|dia)|(?:na|nahi|nahin) (?:bol|keh|kah) (?:diya"
    r"|di|dia)",
    r"(?:vc|vcs|investor|investors|fund|angel|publisher|agent|label|studio|editor|buyer|recruiter"
    r"|producer)s? (?:\w+ )?passed(?: on (?:it|us|me|the \w+))?(?: (?:in|last|back in|at|on)\b"
    r"|[.,;:!?]|$)",
    r"\w*(?:거절\w*|싫다고\w*|안 된다고\w*|拒絕\w*|拒绝\w*|断られ\w*)",
    r"(?:alikataa|amekataa|alisema hapana|nidumili|mibalibad)\b",
    r"(?:hayır|hayir|olmaz) de(?:di|mişti|misti)\w*|reddet(?:ti|mişti)\w*"
    r"|geri çevir(?:di|mişti)\w*",
)
"""A no in other words: Wolof "déedéet", Swahili "hapana", Indonesian "bilang nggak mau",
Vietnamese "nói không", Hindi "mana kar diya", Korean "거절", Chinese "拒絕", Turkish "hayır dedi"
("Selin geçen ay hayır dedi ama bu sefer onu yemeğe davet edeceğim": said no last month, but
this time I will invite her to dinner), or an investor,
an agent or a publisher who "passed" (not an exam, nor a gran)."""

AGAIN = words(
    r"(?:tanya|coba|minta|ajak) lagi|lagi besok|hỏi lại|hỏi tiếp|xin lại",
    r"vuelv\w* a (?:pedir|preguntar|invitar|insistir)|se lo (?:vuelvo|volveré) a \w+"
    r"|(?:otra vez|de nuevo) (?:mañana|el \w+|cada)|en cada (?:almuerzo|comida|cena|domingo|visita"
    r"|reunión)",
    r"balik (?:ko|ako|mi) (?:ugma|bukas|unya)|(?:ugma|bukas) (?:ulit|usab|balik)",
    r"(?:the )?same ask\b|ask the same (?:thing|question)",
    r"(?:this|next) week,? and (?:next week|the week after|the next)"
    r"|and the next,? (?:till|until|til)\b",
    r"(?:and )?another (?:one |email |message |letter |text )?(?:next week|tomorrow|the day after"
    r"|next month)|(?:and )?another (?:one )?if (?:she|he|they) still (?:says?|say) no",
    r"rephras\w* (?:it|the (?:ask|request|question|email)|my (?:ask|request|question|email))",
    r"ask (?:him|her|them) (?:again )?(?:at|on) (?:his|her|their) (?:door|doorstep|house|home"
    r"|flat|place|work|office)",
    r"(?:bu sefer|bu kez|tekrar|yine|bir daha)\b[^.!?]{0,40}?\b(?:sor|davet|iste|dene|çağır)\w*",
)
"""The next try, in other words: "tanya lagi", "hỏi lại", "vuelvo a pedir", "balik ko ugma",
"bu sefer ... davet edeceğim" (Turkish: this time I will invite),
the same ask, the same deck this week and next, another email if she
still says no, the ask rephrased, or the one who said no at the club and on the phone asked
"at his door" today."""

WEARS_DOWN = words(
    r"hasta que (?:me |nos |le |les )?(?:diga|digan) que s[ií]\b|hasta que (?:acepte|ceda)\b",
    r"(?:until|till|til|hangtod|hanggang) (?:mo-?oo|mu-?oo|moo) (?:siya|sya|sila)\b",
    r"(?:until|till|til) (?:i|we) hear (?:a )?(?:waaw|waw|ndiyo|haan|iya|vâng|oo|sí|si|oui|ja)\b",
    r"eventually (?:she|he|they|the \w+) (?:breaks|caves|cracks|folds|gives in|gives up|says yes"
    r"|relents|agrees)\b",
    r"(?:she|he|they) (?:gets?|grows?) (?:tired|fed up|sick of it) and (?:says? yes|gives? in"
    r"|agrees?|caves?|lets? me)\b",
    r"sampai (?:dia |doi )?(?:mau|bilang iya|setuju)\b|cho đến khi (?:\w+ )?(?:đồng ý|chịu)\b",
)
"""Words that only wear a no down: until she says yes (Spanish, Cebuano, Wolof, Indonesian,
Vietnamese), "eventually he breaks", "she gets tired and says yes in the end"."""


def asks_again_past_it(text: str) -> bool:
    """Whether the words wear a no down, or report a no (in these words or
    `core.asks.persistence`'s) with the next try planned (in these or its)."""
    if has(WEARS_DOWN, text):
        return True
    no = has(NO_GIVEN, text, guided=False)
    again = has(AGAIN, text)
    if no:
        return again or has(persistence.AGAIN, text)
    return again and has(persistence.PRIOR_NO, text, guided=False)
