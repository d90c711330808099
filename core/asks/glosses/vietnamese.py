"""Vietnamese words an ask turns on, written with or without their marks, in the English
the rules read (`core.asks.gloss`).

The gloss takes off only the marks of the letters up to U+024F ("ư" is "u", "ơ" is "o",
"â" is "a", "á" is "a"); the letters with a tone mark under or over a changed vowel ("ạ",
"ờ", "ố") and "đ" stay as written. So each key is written in Vietnamese and `_either`
lets every such letter be written with its mark or without it ("người lạ" matches "nguoi
la" too). A word that without its marks is another language's word or an English one
("bạn", "chị", "cho") is written with `_marked` and matches only as written with its marks.
"""

from __future__ import annotations

import unicodedata


def _base(letter: str) -> str:
    return unicodedata.normalize("NFD", letter)[0]


def _marked(key: str) -> str:
    """The key as the gloss sees it: marks up to U+024F taken off, the rest kept."""
    return "".join(
        _base(letter) if 0xC0 <= ord(letter) < 0x250 and letter != "đ" else letter for letter in key
    )


def _either(key: str) -> str:
    """The key matching its words with or without their marks."""
    out = []
    for letter in _marked(key):
        if letter == "đ":
            out.append("[dđ]")
        elif 0x1EA0 <= ord(letter) <= 0x1EF9:
            out.append(f"[{_base(letter)}{letter}]")
        else:
            out.append(letter)
    return "".join(out)


_EITHER: dict[str, str] = {
    # phrases of two or more words, and single words no other language writes
    # asking, telling, inviting
    "hỏi xin|hỏi mượn|nhờ xin|xin phép|xin": "ask for",
    "hỏi thăm|hỏi han|hỏi": "ask",
    "nhờ giúp|nhờ vả|nhờ": "ask for help",
    "nói với|nói cho|kể với|kể cho|bảo với": "tell",
    "rủ rê|mời đến|mời về": "invite",
    "rủ đi chơi|mời đi chơi|mời đi ăn|rủ đi ăn|rủ đi cà phê|mời đi cà phê"
    "|rủ đi uống": "ask her out on a date",
    "hẹn hò|đi hẹn hò|hẹn đi chơi|tán tỉnh|làm quen|xin làm quen": "ask her out",
    "làm người yêu|làm bạn gái|làm bạn trai|làm vợ": "be my girlfriend",
    # lending, giving, paying, borrowing
    "cho mượn|mượn|cho vay|vay tiền|mượn tiền|vay": "lend me",
    "cho tôi|cho em|cho anh|cho mình|cho tao|cho tớ": "give me",
    "biếu|tặng cho|tặng quà": "give",
    "tặng tôi|tặng em|tặng anh|tặng mình|tặng tớ|biếu tôi|biếu em": "gift me",
    "trả tiền|thanh toán|chi trả": "pay",
    # what is paid for: "trả tiền ly bạc xỉu" (pay for a glass of iced coffee)
    "trả tiền ly|trả tiền cốc|trả tiền tách|trả tiền chai|trả tiền lon|trả tiền nước"
    "|trả tiền cà phê|trả tiền trà sữa|trả tiền đồ uống": "pay for a drink",
    "trả tiền bữa|trả tiền cơm|trả tiền đồ ăn|trả tiền món|trả tiền tô|trả tiền bát"
    "|trả tiền phở|trả tiền bánh": "pay for a meal",
    "trả giùm|trả giúp|trả hộ|bao ăn|khao ăn|bao nước|mời ăn|đãi ăn": "pay for me",
    "miễn phí|không mất tiền|không trả tiền|cho không|không lấy tiền": "for free",
    "tiền lẻ|nghìn|ngàn đồng|triệu|chục nghìn|trăm nghìn|tiền mặt": "money",
    "giảm giá|bớt giá|bớt chút|khuyến mãi|chiết khấu": "a discount",
    "ghi sổ|mua chịu|ghi nợ|thiếu nợ|cho nợ": "on credit",
    # calling, messaging, contact details
    "gọi điện|gọi cho|điện thoại cho|gọi": "call",
    "nhắn tin|tin nhắn|chat với|gửi tin": "message",
    "số điện thoại|số đt|sđt|số phone": "phone number",
    "số điện thoại của cô|số điện thoại của chị|số điện thoại của em"
    "|số đt của cô|số đt của chị|sđt của cô|sđt của chị": "her phone number",
    "địa chỉ nhà|địa chỉ|nhà ở đâu|sống ở đâu|chỗ ở": "her home address",
    # filming, photographing, posting
    "quay phim|quay video|quay lén|quay clip|quay lại|quay": "film",
    "ghi âm|thu âm|ghi hình": "record",
    "chụp ảnh|chụp hình|chụp lén|chụp": "take a photo",
    "đăng lên|đưa lên mạng|đăng facebook|đăng tiktok|đăng mạng|chia sẻ lên"
    "|phát trực tiếp|đăng bài": "post it online",
    "lén lút|không cho biết|không cho họ biết|không xin phép|mà không hỏi"
    "|lén lén": "without them knowing",
    # pretending, lying
    "giả vờ|giả làm|giả bộ|giả danh|đóng vai|mạo danh": "pretend to be",
    "nói dối|nói láo|bịa chuyện|lừa đảo|nói xạo|lừa": "lie",
    "lý do giả|lý do bịa|giấy tờ giả": "a fake reason",
    # blocking, following, waiting
    "bị chặn|đã chặn": "blocked me",
    "nick mới|tài khoản mới|nick khác|tài khoản khác|nick phụ|nick clone"
    "|acc mới|số mới|số khác": "from a new account",
    "theo dõi|đi theo|bám theo|theo đuôi": "follow",
    "chờ đợi|đứng chờ|đứng đợi": "wait for",
    # touch, closeness
    "ôm chặt|ôm một cái|cái ôm": "a hug",
    # "ôm" bare is "om" without its mark, which is "if" in the Nordic glossaries
    "xin ôm|xin được ôm|xin cái ôm|cho tôi ôm|cho em ôm|cho anh ôm|được ôm": "ask for a hug",
    "hôn má|cái hôn|hôn một cái": "a kiss",
    "nắm tay|cầm tay|dắt tay": "hold hands",
    "chạm vào|đụng vào|sờ mó|sờ vào": "touch",
    "mát xa|xoa bóp|đấm lưng|bóp vai|mát-xa": "a massage",
    # meeting, going out, driving
    "gặp mặt|gặp nhau|hẹn gặp": "meet",
    "đi chơi|ra ngoài|đi dạo": "go out",
    "ăn tối|bữa tối|đi ăn|ăn cơm|ăn phở": "dinner",
    "cà phê|cà fê|uống cà phê": "a coffee",
    "uống bia|đi nhậu|uống rượu|đồ uống": "a drink",
    "lái xe|chở về|chở đi|đưa về|cho đi nhờ|đi nhờ|quá giang": "drive me",
    # threats, force, pressure, begging
    "đe dọa|hăm dọa|dọa nạt": "threaten",
    "ép buộc|bắt buộc|cưỡng ép|bắt phải": "make them",
    "nài nỉ|năn nỉ|van xin|cầu xin|nằn nì": "beg",
    "cho đến khi|tới khi|đến khi": "until",
    "đồng ý|gật đầu": "says yes",
    # again, after a no
    "lần nữa|thêm lần nữa|một lần nữa|lại lần nữa|hỏi lại|xin lại|rủ lại"
    "|mỗi ngày|nhiều lần": "again",
    "từ chối|không đồng ý|nói không|bảo không|không chịu|đã từ chối": "said no",
    "mặc dù|dù cho|mặc kệ|kể cả khi": "even though",
    # the noes counted ("từ chối 3 lần rồi": said no three times already)
    "lần rồi": "times already",
    # a dare to jump from a height into water
    "thách thức|thách đố": "dare",
    "thách mình|thách tôi|thách em|thách tớ|thách anh": "dare me to",
    "nhảy từ|nhảy khỏi|nhảy từ trên": "jump off",
    "nhảy xuống": "jump into",
    "hồ bơi|bể bơi": "the swimming pool",
    "hồ sơ": "the papers",
    "con sông|dòng sông": "the river",
    "nhảy từ cầu|nhảy khỏi cầu|nhảy từ trên cầu|nhảy xuống từ cầu": "jump off the bridge",
    "cây cầu|chiếc cầu": "the bridge",
    "xuống sông|xuống hồ|xuống biển|xuống suối|xuống nước": "into the river",
    # people
    "một người lạ|người lạ|người không quen|người qua đường|khách lạ|người đi đường"
    "|người ngoài": "a stranger",
    "ai đó|người nào đó|một người|mấy người": "someone",
    "con gái|cô gái|phụ nữ|mấy em|em kia|chị kia|cô kia|bà kia": "a woman",
    "đàn ông|con trai|anh chàng|thanh niên|anh kia|chú kia|ông kia": "a man",
    "trẻ em|trẻ con|đứa bé|em bé|con nít": "a child",
    "phục vụ|bồi bàn|nhân viên phục vụ|chạy bàn": "the waiter",
    "thu ngân|nhân viên thu ngân|quầy tính tiền": "the cashier",
    "nhân viên bán hàng|người bán hàng|người bán|chủ quán|chủ tiệm"
    "|cô bán hàng|chị bán hàng": "the shop assistant",
    "nhân viên": "the staff",
    "ngân hàng": "the bank",
    "có thể": "can",
    "(?:em|tôi|mình|tớ) có(?! thể)": "am i",
    "tài xế|bác tài|xe ôm|lái xe ôm|anh xe ôm": "the driver",
    "y tá|điều dưỡng": "the nurse",
    "bác sĩ": "the doctor",
    "giáo viên|thầy giáo|cô giáo|giảng viên": "the teacher",
    "lễ tân|tiếp tân": "the receptionist",
    "bảo vệ|an ninh": "the guard",
    "thợ cắt tóc|thợ làm tóc|thợ nail|thợ làm móng": "the hairdresser",
    "khách hàng|khách quen": "the customer",
    "bệnh nhân": "the patient",
    "học sinh|sinh viên|học trò": "a student",
    "nhân viên của tôi|nhân viên của em|nhân viên của anh"
    "|nhân viên của mình|cấp dưới|người làm|giúp việc": "my employee",
    "đồng nghiệp|người cùng công ty|bạn cùng công ty": "my colleague",
    "sếp|quản lý|giám đốc|trưởng phòng": "my boss",
    "chủ nhà|chủ trọ|bà chủ nhà|ông chủ nhà": "my landlord",
    "người thuê nhà|khách thuê|người thuê": "my tenant",
    "hàng xóm|nhà bên cạnh|bên cạnh nhà": "my neighbour",
    "bạn bè|bạn thân|bạn cùng phòng|bạn cùng lớp|bạn cùng quê": "my friend",
    "người yêu|bạn gái|bạn trai": "my partner",
    "bà xã|ông xã|chồng": "my partner",
    "người yêu cũ|vợ cũ|chồng cũ|bồ cũ|ny cũ": "my ex",
    "bố mẹ|ba mẹ|ông bà|bà ngoại|ông ngoại|bà nội|ông nội|anh trai|chị gái"
    "|em trai|họ hàng": "my family",
    # looks
    "xinh đẹp|dễ thương|đẹp trai|hấp dẫn|quyến rũ|đẹp|xinh": "attractive",
    "xấu xí|xấu trai|xấu gái|xấu": "ugly",
    "mập ú|béo phì|tăng cân|béo": "fat",
    "gầy gò|ốm nhách": "thin",
    "nhìn già|trông già|già đi|có già": "old",
    # when, where, how
    "ban đêm|nửa đêm|đêm khuya|tối khuya|lúc nửa đêm|giữa đêm|khuya": "at night",
    "tối nay|đêm nay": "tonight",
    "một mình|chỉ hai người|hai đứa": "alone",
    "say rượu|say xỉn|có men": "drunk",
    "bí mật|chuyện riêng": "a secret",
    # function words
    "nếu như": "if",
    "bởi vì|tại vì": "because",
    "mà không": "without",
    "cùng với": "with",
    "dành cho": "for",
    "của tôi|của em|của mình|của anh|của tớ": "my",
    "của cô ấy|của chị ấy|của em ấy|của bạn ấy|của cô|của chị": "her",
    "của anh ấy|của ông ấy|của chú": "his",
    "cô ấy|chị ấy|em ấy|bạn ấy|cô ta|chị ta": "she",
    "anh ấy|ông ấy|anh ta|ông ta": "he",
    "bọn họ|mọi người": "they",
    "không": "not",
    "đừng có": "do not",
}

_MARKED: dict[str, str] = {
    # single words that without their marks are other languages' words (or English ones):
    # matched only as written with the marks the gloss keeps
    "bạn": "a friend",
    "mời": "invite",
    "nhắn": "message",
    "rủ": "invite",
    "tặng": "give",
    "thách": "dare",
    "hồ": "the lake",
    "tiền": "money",
    "quay": "film",
    "đăng": "post it online",
    "chặn": "blocked me",
    "đợi": "wait for",
    "chạm": "touch",
    "gặp": "meet",
    "nhậu": "a drink",
    "chở": "drive me",
    "dọa": "threaten",
    "bồ": "my partner",
    "vợ": "my partner",
    "mập": "fat",
    "xỉn": "drunk",
    "nếu": "if",
    "với": "with",
    "hông": "not",
    "chẳng": "not",
    "đừng": "do not",
    "chờ": "wait for",
    "ảnh": "a photo",
    "nợ": "a debt",
    "mẹ": "my mother",
    "ở": "at",
    "để": "for",
    "tớ": "i",
    "họ": "they",
    "lỡ": "if",
    "gầy": "thin",
    "ốm": "thin",
}

GLOSSES: dict[str, str] = {
    **{_either(key): english for key, english in _EITHER.items()},
    **{_marked(key): english for key, english in _MARKED.items()},
}
