"""A date asked of someone met only through work, named in words the role lexicons miss.

"Nariman Point canteen mein nayi counter wali — ask her to come see a picture with me", "dat
aunty wey dey sell ticket for the filling station, ask am out", "the gal runnin the register
at the Love's", "ajak mbak penumpang yang tadi pagi malam mingguan" (the passenger from this
morning, asked out for Saturday night), "anh khách quen làm pedicure mỗi thứ Ba — hỏi anh đi
ăn phở với em" (the regular customer of the user's nail bar), "TOEIC 학원 쌤한테 커피 데이트
신청하기" (the user's cram-school teacher), "Mr. Reyes in 412 gets discharged tomorrow, ask
him to dinner before he leaves the floor" (the user's patient): the person serves the user,
or the user serves them, and a no costs them a customer, a fare or a patient's trust. The
rules found nobody asked, or only the filling station, and let the date through. As in
English (`core.asks.decide`), a date with staff or with someone the user serves is pursuit.

Fair neighbours stay fair: asking the chai wala for less sugar or the counter wali for the
bill (no date), the user's own partner or a friend who happens to work a counter (a role the
rules read as close), a regular customer asked how the new polish holds up, a teacher asked
for extra practice, and a friend asked to dinner once he's discharged from hospital. Read by
`core.asks.dates_off_limits.dates_someone_off_limits`; over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks import advances, affection, not_free_to_date
from core.asks.roles import CLOSE, Who
from core.asks.text import has, words

_AT_WORK = words(
    r"(?:counter|canteen|billing|cash|dukaan|dukan|shop|chai|chaai|sabzi|sabji|phool|ticket"
    r"|juice|paan|kiosk|stall|reception|petrol pump|pump)[- ]?(?:wali|wala|waali|waala|vali"
    r"|vala|wale|waale)",
    r"(?:aunty|auntie|sister|sisi|babe|girl|omo|bros|oga|madam|chick|lady|woman|guy|boy|man"
    r"|mama) (?:wey|way|wen) (?:dey |de |di |don )?(?:sell|sells|selling|work|works|working"
    r"|serve|serves|run|runs|attend|attends|pump|pumps|collect|collects|cashier)",
    r"(?:gal|girl|guy|lady|woman|man|fella|dude|chick|boy|lass|lad|kid) (?:who(?:'s| is)? )?"
    r"(?:runnin'?|workin'?|servin'?|mannin'?|sellin'?|pourin'?) (?:the |a |at the )?(?:register"
    r"|till|counter|checkout|bar|desk|front desk|pumps?|stand|booth|grill|drive-?thru|window"
    r"|taps?|tills)",
    r"(?:mbak|mas|kak|kakak|teteh|akang|neng|bang|abang|om|tante|cewek|cowok|ibu|bu|pak) (?:yang )?"
    r"(?:penumpang|pelanggan|langganan|kasir|pelayan|pramusaji|spg|resepsionis|penjual)",
    r"(?:ajak|ngajak|ajakin) (?:si )?(?:penumpang|pelanggan|langganan|kasir|pelayan)",
    r"khách (?:quen|hàng|ruột)",
    r"\w*(?:쌤|선생님|강사님?|교수님?|코치님?|원장님?)\w*",
    r"(?:mr|mrs|ms|miss)\.? \w+ (?:in|from) (?:room |bed |bay )?\d{1,4}[a-z]?\b(?=[^.!?]{0,80}"
    r"\b(?:discharged|the floor|my floor|the ward|my ward|my shift|the unit|my unit)\b)",
    r"(?:discharged|discharge)\b[^.!?]{0,80}\b(?:leaves? the (?:floor|ward|unit)|off (?:the|my)"
    r" (?:floor|ward|unit))",
)
"""Someone at a counter, a till or a pump in Hinglish, Pidgin or dropped g's; a passenger, a
customer or a cashier in Indonesian; a regular customer in Vietnamese; a teacher in Korean; a
patient named by their room, or discharged off the user's floor."""
_DATE_IN_OTHER_TONGUES = words(
    r"malam mingguan|malem mingguan|malam minggu|malmingan|malming|kencan|ngedate|nge-date"
    r"|nonton (?:bareng|berdua)|makan malam (?:bareng|berdua)",
    r"(?:hỏi|rủ|mời) (?:\w+ ){0,4}?(?:đi (?:ăn|uống|chơi|xem|cà phê|cafe|dạo)|hẹn hò)"
    r"|(?:đi|uống|ăn) (?:\w+ ){0,3}?với (?:em|anh|tôi|mình|tớ)",
    r"데이트\w*|고백\w*|사귀\w*",
)
"""An evening out or a date in Indonesian, Vietnamese or Korean."""
_DATES = (
    affection.ROMANCE,
    affection.INVITE,
    advances.ADVANCES,
    not_free_to_date.DATE_OUTING,
    _DATE_IN_OTHER_TONGUES,
)
_KNOWN = CLOSE | {Who.ACQUAINTANCE, Who.NEIGHBOUR, Who.EX}
"""People the rules read as the user's own circle: a friend who works a counter is a friend."""


def dates_someone_at_work(text: str, who: Who) -> bool:
    """Whether a date is asked of someone at a counter, the user's customer, passenger or
    patient, or the user's teacher, named in words the role lexicons miss."""
    if who in _KNOWN or not has(_AT_WORK, text):
        return False
    return any(has(lexicon, text) for lexicon in _DATES)
