"""Persian (Farsi) words an ask turns on, in Arabic script, in the English the rules read
(`core.asks.gloss`).

Keys are written in Persian letters ("ی", "ک"), which Arabic keys (written "ي", "ك") do not
match, so the two glossaries meet only on words both languages share with one meaning
("قرض", "بوس"). Persian writes its prefixes apart or after a zero-width non-joiner ("می‌پرسم")
rather than on the word as Arabic does, so no key carries Arabic's attached "و", "ب", "ال";
`_worded` lets a noun carry the pronoun and object endings chat writes onto it ("شمارشو",
"دوستم", "رئیسم")."""

import re

_ENDING = "(?:\u200c?(?:اش|ام|ت|ش|م|شو|مو|رو|و|ها|هاش|های|ی))?"


def _worded(key: str) -> str:
    return "|".join(f"(?:{part}){_ENDING}" for part in re.split(r"\|(?![^()]*\))", key))


_NOUNS: dict[str, str] = {
    # what is asked
    r"شماره تلفن|شماره موبایل|شماره|شمار": "phone number",
    r"آیدی|اینستا|اینستاگرام|پیج|تلگرام|واتساپ": "her instagram",
    r"آدرس خونه|آدرس|آدرس منزل": "her home address",
    r"پول|تومن|تومان|ریال|پول نقد": "money",
    r"عکس|سلفی": "a photo",
    r"فیلم|ویدیو|ویدئو": "a video",
    r"دروغ|بهانه": "a lie",
    r"بغل": "a hug",
    r"بوس|ماچ": "a kiss",
    r"ماساژ": "a massage",
    r"قرار|دیت": "a date",
    r"شام|ناهار": "dinner",
    r"نوشیدنی|مشروب": "a drink",
    r"تخفیف": "a discount",
    r"ماشین": "car",
    # people
    r"غریبه|آدم غریبه|ناشناس|یه غریبه": "a stranger",
    r"رهگذر|عابر": "a passer-by",
    r"دختر|دختره|خانم|خانمه|زن": "a woman",
    r"پسر|پسره|آقا|آقاهه|مرد": "a man",
    r"بچه": "a child",
    r"گارسون|پیشخدمت": "the waiter",
    r"صندوقدار": "the cashier",
    r"فروشنده|مغازه‌دار|مغازه دار": "the shop assistant",
    r"راننده|راننده تاکسی|راننده اسنپ": "the driver",
    r"پرستار": "the nurse",
    r"دکتر|پزشک|دندانپزشک": "the doctor",
    r"معلم|استاد": "the teacher",
    r"منشی|پذیرش": "the receptionist",
    r"نگهبان": "the guard",
    r"آرایشگر": "the hairdresser",
    r"مشتری": "the customer",
    r"بیمار|مریض": "the patient",
    r"دانشجو|دانش‌آموز|دانش آموز|شاگرد": "a student",
    r"کارمند|زیردست|کارگر": "my employee",
    r"همکار": "my colleague",
    r"رئیس|مدیر|کارفرما": "my boss",
    r"صاحبخونه|صاحب‌خونه|صاحبخانه|صاحب خونه|موجر": "my landlord",
    r"مستاجر|مستأجر": "my tenant",
    r"همسایه": "my neighbour",
    r"دوست|رفیق": "my friend",
    r"دوست دختر|دوست‌دختر": "my girlfriend",
    r"دوست پسر|دوست‌پسر": "my boyfriend",
    r"اکس|دوست دختر سابق|دوست پسر سابق|همسر سابق": "my ex",
    r"همسر|شوهر": "my partner",
    r"مامان|بابا|مادر|پدر|خواهر|برادر|داداش|آبجی|مادربزرگ|پدربزرگ|خاله|عمه|دایی|عمو": "my family",
}

_PLAIN: dict[str, str] = {
    # object and verb together
    r"(?:شمارشو|شماره‌شو|شمارش رو|شماره‌اش را|شماره‌اش رو|شماره‌ش رو) (?:بگیرم|بگیری|بخوام|بخواهم"
    r"|بپرسم|گرفتن)": "ask for her phone number",
    r"(?:آیا )?(?:من )?چاقم|چاق به نظر می‌رسم|چاق شدم": "ask if i look fat",
    # asking, telling, inviting
    r"(?:می[\u200c ]?|ب)?پرس(?:م|ی|ه|یم|ید|ن)|پرسیدن|پرسیدم|سوال کنم|سوال بپرسم|بپرس": "ask",
    r"ازش بخوام|ازش بخواهم|ازش خواستم|ازش بخوای|درخواست کنم|درخواست|خواهش کنم|خواهش": "ask",
    r"التماس|التماسش|گدایی": "beg",
    r"(?:به(?:ش)? )?بگم|بگو|بگویم|بهش بگم|گفتن|بگی": "tell",
    r"دعوت(?:ش)?(?: کنم| کنی| کردن)?": "invite",
    (
        r"قرار بذاریم|قرار بگذاریم|بریم بیرون|باهام بیاد بیرون|باهام بیرون بیاد|دیت بریم"
    ): "out on a date",
    r"دوست بشیم|باهام دوست بشه|پیشنهاد دوستی": "go out with me",
    # lending, giving, paying
    r"قرض بده|قرض بدی|قرض بگیرم|قرض گرفتن|قرض بده بهم|بهم قرض": "lend me",
    r"بده|بدی|بدید|بهم بده|بهم بدی": "give me",
    r"مهمونم کن|مهمونم کنه|حساب کنه|پول منو بده|پولمو بده": "pay for me",
    r"مجانی|رایگان|مفتی|بدون پول|بی‌پول": "for free",
    r"\d+ ?(?:هزار )?(?:تومن|تومان)": "money",
    r"پول(?:م|مو) پس بده|پس گرفتن پول|برگشت پول": "a refund",
    r"بدهکاری|بهم بدهکاره|بهم بدهکاری": "you owe me",
    # calling, messaging
    r"زنگ بزنم|زنگ بزنی|زنگ زدن|زنگ": "call",
    r"پیام بدم|پیام بدی|پیام دادن|پیام|پی‌ام|دایرکت|مسیج": "message",
    # filming, posting, secrecy
    (
        r"یواشکی (?:ازش )?(?:فیلم|عکس) بگیرم|مخفیانه (?:ازش )?(?:فیلم|عکس) بگیرم"
    ): "film without them knowing",
    r"(?:ازش |از اون )?فیلم (?:بگیرم|بگیری|گرفتن|بردارم)|فیلمبرداری|فیلم‌برداری": "film",
    r"(?:ازش |از اون )?عکس (?:بگیرم|بگیری|گرفتن)": "take a photo of",
    (
        r"پست کنم|پست بذارم|بذارم (?:تو|توی) اینستا|بذارم اینترنت|آپلود|منتشر کنم|پخش کنم|لایو"
    ): "post it online",
    r"یواشکی|مخفیانه|بدون اینکه بفهمه|بی‌اجازه|بدون اجازه|بی اجازه": "without them knowing",
    # pretending, lying
    r"وانمود کنم|وانمود|خودمو جای|خودم رو جای|جا بزنم|ادای": "pretend to be",
    r"دروغ بگم|دروغ بگی|دروغ گفتن|گول بزنم|گولش بزنم": "lie",
    r"جعلی|قلابی|تقلبی|فیک": "a fake",
    # blocking, following, waiting
    r"بلاکم کرده|بلاکم کرد|منو بلاک کرده|بلاک کرده|بلاکم": "blocked me",
    r"اکانت جدید|اکانت دیگه|پیج فیک|اکانت فیک|شماره جدید|شماره دیگه": "from a new account",
    r"تعقیب|دنبالش کنم|دنبالش برم": "follow",
    r"منتظرش|منتظر بمونم": "wait for",
    # touch
    r"بغلش کنم|بغل کنم|بغلش": "a hug",
    r"ببوسمش|ببوسم|بوسش کنم|ماچش کنم": "a kiss",
    r"دستشو بگیرم|دستش رو بگیرم|دست همو بگیریم": "hold hands",
    r"دست بزنم|دست بزنی|لمس|لمسش": "touch",
    # going out, driving, home
    r"منو برسونه|منو برسونی|برسونتم|برسونه|برسونی|سوارم کنه": "a lift",
    r"سوار ماشینش بشم|سوار ماشینش|تو ماشینش": "get in his car",
    r"بیاد خونه‌ام|بیاد خونم|بیاد خونه من|بریم خونه من|بریم خونه‌ام|بریم خونم": "come home with me",
    r"قهوه|کافه": "a coffee",
    r"تو مدرسه|توی مدرسه|در مدرسه|مدرسه‌ی|مدرسه بچه": "at school",
    # pressure
    r"تهدید(?:ش)?": "threaten",
    r"مجبور(?:ش)?": "make them",
    r"اصرار|پاپیچ|گیر بدم": "insist",
    r"تا قبول کنه|تا راضی بشه|تا بگه آره": "until she says yes",
    r"جلوی همه|جلو همه|جلوی جمع": "in front of everyone",
    # again, after a no
    r"دوباره|یه بار دیگه|یک بار دیگر|بازم|باز هم": "again",
    r"(?:با اینکه|با این که|حتی اگه|حتی اگر|هرچند)(?: اون)? (?:گفت نه|گفته نه|قبول نکرد|رد کرد"
    r"|جواب رد داد|بگه نه)": "even though she said no",
    r"گفت نه|گفته نه|قبول نکرد|رد کرد|جواب رد": "said no",
    # looks
    r"خوشگل|زیبا|جذاب|خوش‌تیپ|خوشتیپ": "attractive",
    r"زشت": "ugly",
    r"چاق": "fat",
    r"لاغر": "thin",
    r"پیر": "old",
    # when, how
    r"نصف شب|نیمه شب|آخر شب|دیروقت|شب": "at night",
    r"تنها|تنهایی": "alone",
    r"مست|مستی": "drunk",
    # fair words
    r"افزایش حقوق|اضافه حقوق": "a raise",
    r"مرخصی|روز تعطیل": "a day off",
    r"آدرس بپرسم|راه رو بپرسم|مسیر": "ask directions",
    r"پیشنهاد|توصیه": "recommend",
    r"تعمیر": "repair",
    r"کمک": "help",
    # function words
    r"اگه|اگر": "if",
    r"چون|چونکه": "because",
    r"بدون|بی": "without",
    r"باهام|با من": "with me",
    r"بهش|به اون": "her",
    r"ازش": "from her",
}

GLOSSES: dict[str, str] = {
    **{_worded(key): english for key, english in _NOUNS.items()},
    **_PLAIN,
}
