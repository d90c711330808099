"""A private line asked for in Vietnamese, Indonesian or Malay.

"Xin Zalo của chị khách quen" (ask the regular lady for her Zalo), "hỏi chị ở quầy cá cho em
Facebook của chị" (ask the woman at the fish counter for her Facebook), "minta nomor WA-nya"
(ask for her WhatsApp number): the person's own line, theirs to give, not a counter's, read
like "her own number" in `core.asks.doorsteps.PRIVATE_LINE_ASKED`. The user's own line given
("Facebook của em", my Facebook, said by the younger speaker) and a shop's number ("nomor WA
toko") stay fair. Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_APPS = r"(?:zalo|facebook|fb|insta(?:gram)?|messenger|viber|telegram|whatsapp|wa|line)"

PRIVATE_LINES = (
    rf"(?:{_APPS}|số điện thoại|sđt|số phone|số đt) (?:riêng )?của (?:chị|anh|cô|chú|bác|bạn"
    r"|cậu|ông|bà|người)\b",
    rf"(?:nomor|nombor|no) (?:hp|handphone|telepon|telefon|{_APPS})[- ]?nya\b|(?:nomor|nombor)"
    rf" (?:hp |handphone |telepon |telefon |{_APPS} )?(?:dia|beliau|mbaknya|masnya|cewek itu"
    r"|cowok itu)\b",
)
"""A Vietnamese line "của chị" (hers, whoever is called sister), an Indonesian or Malay number
"-nya" or "dia" (his, hers)."""
