"""Azerbaijani words an ask turns on and the everyday words around them, in the English the
rules read (`core.asks.gloss`).

Azerbaijani is close to Turkish and is read with that glossary too (`READS_WITH`,
`core.asks.glosses.turkish`, which already knows "tanımadığım", someone I don't know); this
one holds what Azerbaijani says its own way: "xahiş etmək" (to ask a favour), "ödəməsini"
(that they pay), "pulunu" (the money for), "kişi" (a person), "qonşu" (the neighbour), and the
words round them. Keys are written as the gloss sees them: "ş", "ç", "ğ", "ö", "ü" plain, "ı"
as "i", and "ə", which has no accent to take off, as it is. Azerbaijani puts the verb last, so
a verb is glossed with what it governs where the two go together ("pulunu ödəməsini", to pay
for)."""

from __future__ import annotations

READS_WITH = ("turkish",)
"""An ask in Azerbaijani is read with the Turkish glossary too."""

GLOSSES: dict[str, str] = {
    # asking, telling, inviting
    r"xahis (?:etmək|et|edim|edərəm|edəcəyəm|etdim|edin|edirəm)": "ask",
    r"sorusmaq|sorus|sorusum|sorusaram|sorusacagam|sorusun": "ask",
    r"istəmək|istə|istəyim|istəyərəm|istəyəcəyəm": "ask for",
    r"demək|deyim|deyərəm|soyləmək|soylə": "tell",
    r"dəvət (?:etmək|et|edim|edərəm)": "invite",
    r"gorusə (?:cagirmaq|cagir|dəvət etmək)|randevu|gorus": "a date",
    # money and what it pays for
    r"borc (?:vermək|ver|versin|verməsini)": "lend me",
    r"borc (?:almaq|alim|istəmək)": "borrow",
    r"cayimin pulunu (?:odəməsini|odəsin|odəmək)": "to pay for my tea",
    r"qəhvəmin pulunu (?:odəməsini|odəsin|odəmək)": "to pay for my coffee",
    r"yeməyimin pulunu (?:odəməsini|odəsin|odəmək)": "to pay for my meal",
    r"pulunu (?:odəməsini|odəsin|odəmək)": "to pay for",
    r"odəmək|odə|odəsin|odəməsini|odəməyi": "to pay",
    r"cayimin|cayimi|cayi|cay": "my tea",
    r"qəhvəmin|qəhvəmi|qəhvə": "my coffee",
    r"yeməyimin|yeməyimi|nahar": "my meal",
    r"pul|pulu|pulunu|manat|qəpik": "money",
    r"(?:telefon )?nomrəsini|nomrəsi|nomrə": "her phone number",
    r"səkil|səklini|səkil cəkmək": "a photo",
    r"cəkmək|cək|videoya cəkmək": "film",
    r"paylasmaq|paylas|instaqrama qoymaq": "post online",
    # people
    r"tanimadigim (?:bir )?(?:kisidən|kisiyə|kisi|birindən|birinə|adamdan|adama)": (
        "someone i don't know"
    ),
    r"bir kisidən|bir kisiyə|bir kisi|kisidən|kisiyə|kisi": "a person",
    r"yad (?:adam|birindən|birinə|biri)|qərib|qəribə": "a stranger",
    r"ofisiant(?:a|dan|i|in)?": "the waiter",
    r"kassir(?:ə|dən|i)?": "the cashier",
    r"satici(?:ya|dan|ni)?": "the seller",
    r"surucu(?:yə|dən|nu)?|taksici(?:yə|dən)?": "the driver",
    r"qonsu(?:ya|dan|nu|muz|mdan|ma)?": "the neighbour",
    r"dost(?:um|uma|umdan|a|dan)?|rəfiqə(?:m|mə|mdən)?": "a friend",
    r"is yoldasi(?:ma|mdan|m)?": "a colleague",
    r"mudir(?:ə|dən|imə|imdən)?|rəis(?:ə|dən)?": "my boss",
    r"qiz(?:a|dan|i)?": "a girl",
    # closeness, again, no, time
    r"qucaqlamaq|qucaqla|qucaq": "a hug",
    r"opmək|opus": "a kiss",
    r"yenə|yenidən|bir də": "again",
    r"yox dedi|rədd etdi|imtina etdi": "said no",
    r"gecə|gecəyarisi": "at night",
    r"sabah": "tomorrow",
    r"bu axsam": "tonight",
    r"meydaninda|meydanda": "at the square",
}
