"""Money or someone's things asked in Korean, Indonesian, Pidgin, Portuguese, Hindustani,
Finnish or Ukrainian, and wealth given as reason.

"편의점 앞에서 아무 학생한테 5천원만 달라고 해보기" (ask any student outside the convenience
store for just 5,000 won), "minta penumpang pinjemin HP-nya seminggu" (ask my passenger to lend
me his phone for a week), "bapaknya kelihatan orang kaya" (he looks rich), "abeg na small
thing for am" (it's a small thing for him): a sum or a thing of theirs asked, and their wealth
given as the reason, read like the English words in `core.asks.requests` and
`core.asks.deep_pockets`. "Chegar num cara na Paulista e pedir 20 conto pro uber", "pedir pra
mulher do lado pagar meu xis", "kisi anjaan uncle se 500 rupay maangna", "kysy joltain
tuntemattomalta, saisinko lainata vitosen", "попросити незнайомця оплатити мені таксі": a sum,
a loan or the user's bill asked of someone the words name as a stranger (`STRANGERS`, read by
`core.asks.soft_touches`). Buying something for 5,000 won, a pen borrowed for a minute, and a
shop's price stay fair. Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_WON = r"(?:\d[\d,]*|[일이삼사오육칠팔구십백천만]+) ?(?:천|만|백)? ?원"
MONEY = (
    rf"{_WON}(?:만|을|씩|이라도|만이라도)? ?(?:만 )?(?:좀 )?(?:달라|빌려|꿔|보태)\w*",
    r"돈(?:을|좀)? ?(?:좀 )?(?:달라|빌려|꿔|보태)\w*",
    r"pedir (?:uns |umas )?\d+ (?:contos?|reais|real|pilas?|mangos?)|(?:pagar|bancar) (?:o |a )?"
    r"(?:meu|minha|meus|minhas)\b",
    r"\d+ (?:rupay|rupaye|rupees?|rupiya|rs|taka)\w* (?:maang|mang|udhaar|udhar)\w*"
    r"|(?:paise|pese|paisa) (?:maang|mang|udhaar|udhar)\w*",
    r"(?:lainata|lainaa|lainaisi\w*|antaa|antaisi\w*) (?:\w+ )?(?:vitose\w*|kympi\w*|rahaa"
    r"|euro\w*|\d+)",
    r"оплат\w* мені|оплат\w* мне|позич\w*|одолж\w*|(?:дати|дать|дав) (?:мені |мне )?(?:грош\w*"
    r"|денег|гривн\w*|рубл\w*)",
    r"make (?:e|im|she|he|dem|una) (?:give|borrow|lend|send|dash) (?:me|us) (?:small )?"
    r"(?:\d[\d,]*k?|money|cash|naira)\b",
)
"""A sum in won, or money, asked to be given or lent ("5천원만 달라고", "돈 좀 빌려"); a sum, or the
user's bill, in Portuguese ("pedir 20 conto", "pagar meu xis"), Hindustani ("500 rupay
maangna"), Finnish ("lainata vitosen"), Ukrainian and Russian ("оплатити мені таксі") or
Pidgin ("make e give me 5k", "make she borrow me small money": that he give, that she lend)."""

_SMALL_LOAN = r"(?:pulpen|pena|pensil|korek|charger|casan|tisu)"
THEIR_THINGS = (
    rf"(?:pinj[ae]m|minjem|meminjam)(?:in|kan)?(?: (?:saya|aku|gue|gw|kami))?"
    rf" (?!{_SMALL_LOAN})[\w]+-?nya\b",
    r"(?:pinj[ae]m|minjem|meminjam)(?:in|kan)?(?: (?:saya|aku|gue|gw|kami))? (?:uang|duit)\b",
)
"""Their thing lent to the user in Indonesian ("pinjemin HP-nya", lend me his phone), or money
("pinjem duit"); a pen or a lighter for a moment stays fair."""

WEALTH = (
    r"(?:kelihatan|keliatan|kelihatannya|kayaknya|tampak|nampak|nampaknya) (?:\w+ )?(?:orang )?"
    r"kaya\b|orang kaya (?:kok|sih|deh|lah|tu|itu)\b",
    r"(?:na|is|'s|be|it's) (?:a |just |only )?(?:small thing|small money|small change|peanuts"
    r"|pocket change|chump change|pocket money) (?:for|to) (?:am|dem|her|him|them)\b",
)
"""Wealth in Indonesian ("kelihatan orang kaya", looks like a rich man) and a sum called small
to them ("na small thing for am", "it's pocket change to him")."""

STRANGERS = (
    r"(?:모르는|지나가는|낯선) (?:사람|분|학생|여자|남자)\w*|행인\w*|아무(?:나| 사람| 학생| 분)\w*",
    r"(?:num|um|uma|numa) (?:cara|mina|mano|tiozinho|tiazinha|desconhecid[oa]|estranh[oa]"
    r"|gringo|gringa)\b|(?:mulher|cara|mo[çc][oa]|senhor[a]?|tiozinho|tia|mina) do lado\b",
    r"(?:kisi )?(?:anjaan|anjan|anjane|ajnabi|ajnabee)\w*",
    r"tuntemattom\w*",
    r"незнайом\w*|незнаком\w*|перехож\w*",
    r"(?:any|one|some) (?:oga|madam|aunty|auntie|uncle|bros|sisi|mama|papa) (?:wey|wen|way|dey"
    r"|for)\b",
)
"""A stranger named in Korean ("모르는 사람", someone I don't know; "아무 학생", any student;
"행인", a passer-by), Portuguese ("num cara", a guy; "a mulher do lado", the woman beside me),
Hindustani ("anjaan", unknown), Finnish ("tuntemattomalta", from a stranger) or Ukrainian and
Russian ("незнайомця"), or anyone met at a place in Pidgin ("any oga wey dey the filling
station", whichever man is there), for `core.asks.soft_touches.A_STRANGER_ABROAD`."""
