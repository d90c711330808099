"""Stories told for a favour in Hindi-Urdu, Arabic and Caribbean Spanish, in the Latin letters
or the script the user types.

"Museum mein bolunga main student hoon taake discount mil jaye, halanke padhai chhode 5 saal
ho gaye", "أقول لموظف الاستقبال إني في شهر العسل عشان يرقّي لي الغرفة، وأنا مو متزوجة أصلاً",
"decirle al del colmado que mi mamá me mandó a buscar fiado a nombre de ella": a student's
standing told for the discount, a honeymoon told for the upgrade by someone who says she is
not even married, a mother's errand told so the goods go on her account, a mother's illness
told for credit ("दुकानदार से कहना कि माँ बीमार है, आज उधार दे दो"). The English lexicons
have no words for these, and `core.asks.stories_in_other_tongues` reads the tongues of Europe.

Fair neighbours stay fair: a student asking whether there is a discount ("poochunga ki student
discount hai kya"), a honeymoon told with nothing asked for it, an errand a mother sent the user
on with nothing put on her account, a mother's illness told with nothing asked on it.
`core.asks.stories_in_other_tongues` joins them to its own; fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

_BOLUNGA = (
    r"(?:bol(?:unga|ungi|enge|engi|ega|egi|na|o|ke|denge|dunga|dungi|oonga|oongi)|keh(?:unga"
    r"|ungi|enge|na|ke|dunga|dungi)|kahunga|kahungi|bolbo|bolbe|bolte hobe)"
)
_MAIN_HOON = (
    r"(?:ki |ke )?(?:main|mai|hum|ham|ami|aami) (?:\w+ ){1,3}?(?:hoon|hun|hu|hain|hai|achi"
    r"|achhi)"
)
_FOR_A_PERK = (
    r"(?:taake|taaki|taki|take|jisse|jis se|ta ?ki|so|jeno|jate)\b[^.!?]{0,30}?\b(?:discount"
    r"|free|muft|concession|chhoot|chhut|kam paise|sasta|upgrade|entry|udhaar|udhar"
    r"|(?:andar )?(?:jaane|jane|aane|ane|ghusne) (?:de|dega|degi|denge|do|dein))\b"
)
_STANDING_FOR_A_PERK = rf"{_BOLUNGA}\b[^.!?]{{0,20}}?\b{_MAIN_HOON}\b[^.!?]{{0,10}}?\b{_FOR_A_PERK}"
"""A standing told "taake discount mil jaye": the perk it is told for."""

_ARABIC_TOLD = r"(?:أقول|اقول|بقول|راح اقول|رح قول|نقول|قول|أخبر|اخبر|أكذب|اكذب)"
_ARABIC_NOT_SO = (
    r"(?:و ?(?:أنا|انا|احنا|إحنا|نحن) (?:مو|مش|ما|مب|لست|لسنا|مانيش|مني)|مع إني (?:مو|مش|ما|لست)"
    r"|مع اني (?:مو|مش|ما|لست)|وهو مو صحيح|وهذا مو صحيح|وهي كذبة)"
)
_ARABIC_UNDONE = rf"{_ARABIC_TOLD}[^.!?]{{0,120}}?{_ARABIC_NOT_SO}"
"""A claim told in Arabic, and the user's own "and I'm not even" after it."""

_SENT_ON_HER_ACCOUNT = (
    r"(?:decir\w*|dile|diles|le digo|dizer|diga)\b[^.!?]{0,40}?\bque (?:mi|mis|meu|minha) \w+"
    r" (?:me )?(?:mandó|mandaron|envió|mandou|pidió)\b[^.!?]{0,40}?\b(?:fiado|a (?:su )?nombre"
    r"|a nombre de|a (?:su )?cuenta|a cuenta de|en (?:su|la) cuenta|no nome d\w+|na conta d\w+)"
)
"""A mother's errand told so the goods are put on her account ("fiado a nombre de ella")."""

_KIN_ILL = (
    r"(?:माँ|मां|मम्मी|पापा|पिताजी|बेटा|बेटी|दादी|दादा|नानी|नाना|भाई|बहन|बीवी|पत्नी|पति|maa|mummy"
    r"|papa|beta|beti|dadi|nani|bhai|behen|biwi) (?:\S+ )?(?:बीमार|अस्पताल में|गुज़र|गुजर|मर"
    r"|bimaar|bimar|hospital mein|guzar|mar)"
)
_TOLD_HINDI = r"(?:कहना|कहूँगा|कहूंगा|कहूँगी|बोलना|बोलूँगा|बोलूंगा|बताना|बताऊँगा|बताऊंगा)"
_GIVEN = (
    r"(?:उधार|मुफ्त|मुफ़्त|फ्री|छूट|डिस्काउंट|सस्ता|कम पैसे|udhaar|udhar|muft|free|discount"
    r"|chhoot|sasta)"
)
_KIN_ILL_FOR_CREDIT = (
    rf"(?:{_TOLD_HINDI}|{_BOLUNGA})[^.!?]{{0,30}}?{_KIN_ILL}[^.!?]{{0,40}}?{_GIVEN}"
)
"""A relative's illness told to a shopkeeper with credit or a discount asked on it ("माँ बीमार
है, आज उधार दे दो"), as `core.asks.misfortunes` reads it in English."""

PATTERNS = (
    _STANDING_FOR_A_PERK,
    _KIN_ILL_FOR_CREDIT,
    _ARABIC_UNDONE,
    _SENT_ON_HER_ACCOUNT,
)
"""Each story told for a favour; `core.asks.stories_in_other_tongues` joins them to its own."""
