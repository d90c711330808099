"""Someone only met online or a stranger, met alone at night or somewhere deserted, in other
tongues.

"Ir sozinha ter com um tipo do Tinder às 2h a uma praia deserta na Caparica" (Portuguese: go
alone to meet a guy from Tinder at 2 a.m. on a deserted beach), "küsi võõralt mehelt
Telegramis, kas ta saab mind öösel sadamas üksi kohata" (Estonian: ask a strange man on
Telegram whether he can meet me alone at the harbour at night): the English lexicons of
`core.asks.just_met` read the match, the small hours and "alone" only in English, so neither was
unsafe. Each reading needs the person met online (or called a stranger) with a deserted place,
or with the night and the user alone together: a coffee with a Tinder match in the afternoon,
or a night out with friends, stays fair. Read into the ask's `unsafe` through
`core.asks.just_met.alone_with_someone_just_met`; fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_APPS = (
    r"(?:tinder|bumble|hinge|grindr|badoo|happn|(?:a |o |la |l')?(?:app|appli|aplicação"
    r"|aplicativo|aplicación)|facebook|instagram|insta|internet|telegram|whatsapp|wechat|snap"
    r"|snapchat|discord|grupo|groupe|gruppe)"
)
JUST_MET_ABROAD = words(
    rf"(?:tipo|gajo|rapaz|homem|cara|moço|mulher|rapariga|moça|miúda) (?:do|da|de|que conheci"
    rf" n[oa]) {_APPS}",
    rf"(?:tipo|chico|chica|vato|wey|güey|pibe|mina|hombre|mujer|señor|man) (?:de|del|que conocí"
    rf" en) (?:la )?{_APPS}",
    rf"(?:mec|gars|type|fille|meuf|homme|femme) (?:de|rencontrée? sur) {_APPS}",
    rf"(?:typ|typen|mann|kerl|frau) (?:von|aus) (?:der |dem )?{_APPS}",
    r"võõra\w* (?:mehe|naise|inimese|tüübi)\w*|(?:tinder|telegram|facebook|internet|instagram)is\b",
)
"""Someone from Tinder, an app or a group chat, in Portuguese, Spanish, French or German; a
stranger, or someone on Telegram, in Estonian."""
_LATE = words(
    r"(?:às|as|a las|à) (?:[0-5]|0[0-5])(?: ?h\b|:\d\d)|(?:à|a) meia-noite|de madrugada|à noite"
    r"|de noite|a altas horas|öösel|keskööl|öösiti|de noche|a medianoche|la nuit|à minuit"
    r"|en pleine nuit|nachts|um mitternacht|in der nacht|um [0-5] uhr",
)
"""The small hours, in Portuguese, Estonian, Spanish, French or German."""
_DESERTED = words(
    r"(?:praia|playa|plage|rua|calle|parque|parc|estrada|carretera) (?:\w+ )?(?:desert[ao]"
    r"|desiert[ao]|déserte?|vazi[ao]|isolad[ao]|abandonad[ao])|mahajäetud|inimtühj?\w*"
    r"|verlassene\w* (?:strand|parkplatz|straße|ort)",
)
"""A deserted beach, street or car park, where no one is about to call on."""
_ALONE = words(
    r"sozinh[ao]s?|só nós|nós dois|üksi|kahekesi|a solas|sol[oa]s? (?:con|contigo|nosotros)"
    r"|seule?s?\b|allein|zu zweit",
)
"""The user alone with them."""


def alone_with_someone_met_online(text: str) -> bool:
    """Whether the ask, in another tongue, puts the user with someone met online or a stranger
    in a deserted place, or alone with them at night. `text` is in normal form."""
    if not has(JUST_MET_ABROAD, text):
        return False
    return has(_DESERTED, text) or (has(_LATE, text) and has(_ALONE, text))
