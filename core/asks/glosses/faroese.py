"""Faroese words an ask turns on and the everyday words around them, in the English the rules
read (`core.asks.gloss`).

Faroese is close to Icelandic (`core.asks.glosses.icelandic`) but spells many of the words an
ask turns on its own way ("kassadaman", the woman at the till; "telefonnummarið", the phone
number; "við mær", with me), so it has a glossary of its own, which knows more of a Faroese
ask's words than the Icelandic one and so is read first. "Konan" is the user's wife in
everyday Faroese ("eg og konan"), "ein kona" a woman. Accents come off as elsewhere ("túr" is
"tur"); "ð", "ø" and "æ" stay. Short words Faroese shares with other languages ("i", "um",
"til", "hon") are written only inside phrases, so they do not make it claim a Swedish or an
Italian ask."""

from __future__ import annotations

GLOSSES: dict[str, str] = {
    # asking, telling, inviting
    r"spyrja|spyr|spyrji|spurdi|spurt|spyrjið|at spyrja": "ask",
    r"biðja|bið|biður|bað|biðja um|bið um": "ask",
    r"siga við|sig við|sigi við|segði við|siga": "tell",
    r"bjoða|bjoð|bjoðar|bjoða ut|bjoða til": "invite",
    r"spyr (?:hana|hann|tey) ut|bjoða (?:henni|honum) ut": "ask out",
    # money, numbers, photos
    r"lan mær|lana mær|lanar mær|lanið mær": "lend me",
    r"lana|lanar|fa til lans": "borrow",
    r"gjalda fyri meg|rinda fyri meg|gjalda fyri mær": "pay for me",
    r"gjalda|rinda|gjaldar": "pay",
    r"keypa mær|keyp mær|keypir mær": "buy me",
    r"keypa|keyp|keypti": "buy",
    r"pengar|pening|peningar|peningarnar|kruna|krunur": "money",
    r"okeypis|uttan at gjalda": "for free",
    (
        r"(?:um )?(?:telefonnummarið|telefonnummar|telefonnummari|nummarið|fartelefonnummarið)"
        r"(?: hja henni| hennara)?"
    ): "for her phone number",
    r"taka mynd|mynd|myndir|myndina|selfie": "a photo",
    r"filma|filmar|filmaði|taka upp": "film",
    r"leggja ut|leggja a netið|posta": "post online",
    # people
    r"okendan|okendur|okend|okenda|fremmandan|fremmandur": "a stranger",
    r"kassadaman|kassadamuna|kassadamuni|kassamann|kassamanninum|kassamaðurin": "the cashier",
    r"ekspeditricuna|ekspeditrican|ekspedientin|ekspedientinum|handilsfolk": "the shop assistant",
    r"tænaran|tænarin|tænaranum|tænastugentuna": "the waiter",
    r"bilførarin|bilførarann|bussførarin|bussførarann|koyrarin": "the driver",
    r"ein kona|eina konu|einari konu": "a woman",
    r"konan|konuna|konuni|kona min|konu mina": "my wife",
    r"maðurin min|mann min|manninum minum": "my husband",
    r"genta|gentu|gentan|gentuna|gentuni": "a girl",
    r"vinur min|vin min|vinkona min|vinkonu mina|vinkonuna": "my friend",
    r"granni|granna|grannan|grannakonan|grannakonuna": "my neighbour",
    r"arbeiðsfelagi|arbeiðsfelaga|starvsfelagi|starvsfelaga": "my colleague",
    r"stjorin|stjoran|leiðarin|leiðaran": "my boss",
    # closeness and going out
    r"kramma|krammu|ein krammi": "a hug",
    r"kyssa|koss|ein koss": "a kiss",
    r"stevnumot|a stevnumot|a date": "a date",
    r"ganga ein tur|fara ein tur|ein tur": "go for a walk",
    r"drekka ein øl|ein øl|ein drykk": "a drink",
    r"ein kaffi|a kaffi|kaffi": "a coffee",
    # again, no, time
    r"aftur|enn einaferð|einaferð enn": "again",
    r"letur aftur|latið aftur|lata aftur": "closes",
    r"sagdi nei|segði nei|hevur sagt nei|sigur nei": "said no",
    r"i morgin": "tomorrow",
    r"i kvøld": "tonight",
    r"i dag": "today",
    r"a nattini|um natta": "at night",
    # the small words, only in phrases
    r"um hon vil|um hon vildi": "if she wants to",
    r"um hann vil|um hann vildi": "if he wants to",
    r"um tey vilja": "if they want to",
    r"við mær|saman við mær": "with me",
    r"hja henni|hennara": "her",
}
