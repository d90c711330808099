"""Slovene words an ask turns on and the everyday words around them, in the English the rules
read (`core.asks.gloss`).

Slovene shares many words with Serbian and Croatian and is read with that glossary too
(`READS_WITH`, `core.asks.glosses.serbocroatian`); this one holds what Slovene says its own
way: "vprašaj" (ask, where Croatian says "pitaj"), "lahko" (can, where Croatian "lako" is
easy), "sosed" (the neighbour), "brez izpita" (without a licence), "zapeljem" (I drive), and
the words round them. Accents come off as elsewhere ("vprašaj" is "vprasaj")."""

from __future__ import annotations

READS_WITH = ("serbocroatian",)
"""An ask in Slovene is read with the Serbian and Croatian glossary too."""

GLOSSES: dict[str, str] = {
    # asking, telling, inviting
    r"vprasaj(?:te)?|vprasati|vprasam|vprasal[ai]?|povprasaj|povprasati": "ask",
    r"prosi(?:te)?|prositi|prosim ga|prosim jo|poprosi(?:te)?|poprositi": "ask",
    r"povej(?:te)?|povedati|povem|reci|reci mu|reci ji": "tell",
    r"povabi(?:te)?|povabiti|povabim": "invite",
    r"povabi(?:ti)? (?:jo|ga) ven|zmenek|na zmenek": "a date",
    # money, numbers, photos
    r"posodi(?:te)? mi|posoditi mi|posodil mi|posodila mi|posodi|posoditi": "lend me",
    r"izposoditi si|izposodim si|sposodim si": "borrow",
    r"placaj|placati|placa|placal|placala": "pay",
    r"(?:da )?(?:mi )?placa (?:kavo|pijaco|kosilo|vecerjo)|placati zame|placa zame": (
        "to pay for me"
    ),
    r"denar|denarja|evrov|evre|drobiz": "money",
    r"(?:njeno |njegovo )?telefonsko stevilko|stevilko|telefonska stevilka": "her phone number",
    r"slikati|slikaj|sliko|fotografijo|fotko|selfi": "a photo",
    r"posneti|posnemi|snemati|snemam": "film",
    r"objaviti|objavi|objavim|dati na splet": "post online",
    # people
    r"neznanca|neznanec|neznanko|neznanka|neznancu|tujca|tujec": "a stranger",
    r"natakarico|natakarica|natakar|natakarja|natakarju": "the waiter",
    r"blagajnicarko|blagajnicarka|blagajnicarki|blagajnika|blagajnik": "the cashier",
    r"prodajalko|prodajalka|prodajalca|prodajalec": "the shop assistant",
    r"voznika|voznik|vozniku|sofer(?:ja)?": "the driver",
    r"soseda|sosed|sosedo|soseda|sosedu|sosedi|sosedov": "the neighbour",
    r"prijatelj(?:a|ico|ica|u)?|frend(?:a)?": "a friend",
    r"sodelavca|sodelavec|sodelavko|sodelavka": "a colleague",
    r"sefa|sef|sefico|sefica|nadrejenega": "my boss",
    r"punco|punca|dekle|dekleta": "a girl",
    r"moja zena|mojo zeno|zeno|zena": "my wife",
    r"moj mozo?|mojega moza|moza": "my husband",
    # closeness
    r"objem|objeti|objemi|objel": "a hug",
    r"poljub|poljubiti|poljubi|poljubil": "a kiss",
    # what is done, and how
    r"(?:ce )?lahko|ali lahko|smem": "if i can",
    r"(?:ce|ali) (?:mi|nam) lahko": "if they can",
    r"brez (?:vozniskega )?izpita|brez vozniske|brez vozniskega dovoljenja": ("without a licence"),
    r"zapeljem|zapeljati|zapelji|peljem|peljati|vozim|voziti|vozi": "drive",
    r"njegov(?:o|a|ega)?": "his",
    r"njen(?:o|a|ega)?": "her",
    r"do vasi|v vas": "to the village",
    r"domov": "home",
    # again, no, time
    r"spet|ponovno|se enkrat|znova": "again",
    r"(?:je )?rekla ne|(?:je )?rekel ne|(?:je )?zavrnila|(?:je )?zavrnil": "said no",
    r"ponoci|sredi noci": "at night",
    r"zvecer|nocoj": "tonight",
    r"jutri": "tomorrow",
    r"danes": "today",
    r"pijan(?:a)?|vinjen(?:a)?": "drunk",
}
