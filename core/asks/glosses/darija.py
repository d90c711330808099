"""Moroccan Darija words an ask turns on, in Arabic script, in the English the rules read
(`core.asks.gloss`).

Darija shares most of its words with the Arabic of `arabic` and `arabic_everyday` and is read
with them (`READS_WITH`); this module holds what Darija says its own way: "نسول" (ask), "مول
الحانوت" (the shopkeeper), "فابور" (for free), "زوين" (good-looking), "عاجباني" (I fancy her),
"واخا" (all right), "غدا" (tomorrow, where the East's "غدا" is lunch), the "ف" (in) written
onto a place ("فالطوبيس", on the bus) and the "كن" of the present ("كنطلب", I ask). Keys are
written and loosened as in `arabic` (`arabic._loose`). Romanised Darija is in `arabizi`."""

from core.asks.glosses.arabic import _NOUN, _VERB, _loose

READS_WITH = ("arabic",)
"""An ask in Darija is read with the Arabic glossaries too (`core.asks.glosses.LANGUAGES`)."""

_VERBS: dict[str, str] = {
    # asking, telling, again
    r"نسول|نسولك|سول|تسول|يسول|كنسول|نسقسي|سقسي|كنسقسي": "ask",
    r"نسولها|سولها|نسقسيها": "ask her",
    r"نسولو|سولو|نسولوه|نسقسيه": "ask him",
    r"نسولهم|سولهم|نسقسيهم": "ask them",
    r"كنطلب منهم|كنطلب منو|كنطلب منها|كنطلب": "ask for",
    r"نعاود نسول(?:و|ها|هم)?|عاود سول(?:و|ها|هم)?|نعاود نطلب(?:و|ها|هم)?": "ask again",
    r"نعاود|نزيد نعاود": "again",
    r"نقول ليها|نقولها|نقوليها": "tell her",
    r"نقول ليهم|نقولهم": "tell them",
    # filming, posting
    r"نصور|نصورهم|نصورها|نصورو|كنصور": "film",
    r"نحطهم|نطلعهم|نبارطاجيهم": "post them",
    r"نحطها|نحطو|نطلعها|نبارطاجيها": "post it",
    # going in, eating with
    r"ندخل|نتسلل|نزرب": "go into",
    r"نتعشى معاهم|ناكل معاهم|نتغدى معاهم|نتعشاو معاهم": "eat with them",
    r"نقدر|نقدرو": "i can",
}

_NOUNS: dict[str, str] = {
    # people
    r"مول الحانوت|مول المحل|مولات الحانوت|مول البقالة|مول الحانوت ديالنا": "the shopkeeper",
    r"مول الطاكسي|مول التاكسي|طاكسيست|الطاكسيست": "the taxi driver",
    r"مرات صاحبي|مرت صاحبي|مرات صديقي|مرات خويا": "my friend's wife",
    r"مرات جاري|مرات الجار|مرت جاري": "my neighbour's wife",
    r"ناس": "people",
    r"خويا|خوي": "my brother",
    r"ختي|اختي": "my sister",
    r"ماما|مامتي|الوالدة": "my mum",
    r"راسي": "myself",
    # things
    r"حانوت": "the shop",
    r"باكية|باكيت": "a pack",
    r"بيسكوي|بيسكوية|بسكوي": "biscuits",
    r"موطور|موطورة": "motorbike",
    r"نمرة|نمرتها|نمرة ديالها|نمرة التيليفون": "her phone number",
    r"درهم|دريهم": "a dirham",
    r"عرس": "a wedding",
}

_PLAIN: dict[str, str] = {
    r"فابور|بلا فلوس": "for free",
    r"ديال|د": "of",
    r"ديالو": "his",
    r"ديالها": "her",
    r"ديالي": "my",
    r"غادي": "going to",
    r"شي": "some",
    r"واش": "whether",
    r"انا زوين|انا زوينة": "i am good-looking",
    r"انا خايب|انا خايبة": "i am ugly",
    r"زوين|زوينة": "good-looking",
    r"ولا لا": "or not",
    r"ليها": "her",
    r"ليهم": "them",
    r"بلي|باللي": "that",
    r"بلي (?:هي )?(?:عاجباني|كتعجبني|عجباتني)|بلي (?:هو )?(?:عاجبني|كيعجبني)": (
        "that i have a crush on her"
    ),
    r"ملي|فاش": "while",
    r"باش يديني|باش يوصلني|باش يدخلني": "so he takes me",
    r"باش": "so",
    r"عندي واحد مريض|عندي شي واحد مريض|عندي مريض": "i have a patient",
    r"(?:ف|فال|في ال)(?:سبيطار|صبيطار)": "in hospital",
    r"قبل الناس(?: اللي واقفين| اللي كيتسناو)?|قبل الصف": "before the people waiting",
    r"(?:ف|فال|في ال)(?:طوبيس|توبيس)": "on the bus",
    r"(?:ف|فال|في ال)كورنيش": "on the corniche",
    r"تشد ليا يدي|تشدلي يدي|يشد ليا يدي|يشدلي يدي|تشدني من يدي|يشدني من يدي": "to hold my hand",
    r"حتى نوصل|حتى نوصلو": "until we arrive",
    r"(?:قال|قالت) ليا لا|قاليا لا|قالتليا لا": "said no",
    r"حتى (?:يقول|تقول) واخا|حتى (?:يقبل|تقبل|يوافق|توافق)": "until he says yes",
    r"واخا": "all right",
    # a parent's anger raised against a no ("ila ma jach", if he doesn't come)
    r"(?:غادي|غا|غير) (?:تزعف|يزعف|تغضب|يغضب|تقلق|يقلق|تتقلق)": "will be angry",
    r"تزعف|يزعف|زعفانة|زعفان": "angry",
    r"(?:الا|ايلا) ما (?:جاش|جاتش|جاوش|بغاش|بغاتش|قبلش|جاش معايا)": "if he doesn't come",
    r"الا|ايلا": "if",
    r"غدا": "tomorrow",
    r"(?:و)?بعد غدا": "the day after tomorrow",
    r"شي واحد ما كنعرفوش|واحد ما كنعرفوش|شي وحدة ما كنعرفهاش|شي حد ما كنعرفوش": (
        "someone i don't know"
    ),
    r"يوصلني للدار|يديني للدار|يوصلني لدار|توصلني للدار": "to drive me home",
    r"ما كنعرفهمش|ما كنعرفوش|ما كنعرفهاش|ما نعرفهمش": "i don't know",
    r"بلا ما (?:نقول ليهم|نقولهم|يعرفو|نعلمهم)": "without telling them",
    r"بلا ما (?:نقول ليها|نقولها|تعرف)": "without telling her",
}

GLOSSES: dict[str, str] = {
    **{_loose(key, _VERB): english for key, english in _VERBS.items()},
    **{_loose(key, _NOUN): english for key, english in _NOUNS.items()},
    **{_loose(key, ""): english for key, english in _PLAIN.items()},
}
