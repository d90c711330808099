"""Hiligaynon (Ilonggo) words an ask turns on and the everyday words around them, in the
English the rules read (`core.asks.gloss`).

Hiligaynon shares many words with Cebuano and Tagalog and is read with their glossaries
(`READS_WITH`: Cebuano's, which reads Tagalog's); this one holds what Hiligaynon says its own
way: "hingyo"/"hingian" (ask), "akon" (my), "sang" (of), "atubangan" (in front of),
"balibad" (refuse), "kada semana" (every week), and "bilang" (as, where Malay and Indonesian
"bilang" is to say). Its short words ("sa", "ko", "nga", "sang", "siya") are written only inside
phrases."""

from __future__ import annotations

READS_WITH = ("cebuano",)
"""An ask in Hiligaynon is read with the Cebuano (and so the Tagalog) glossaries too."""

GLOSSES: dict[str, str] = {
    # asking, telling
    r"hingyo(?:a|an)?|hingian|ginhingyo|maghingyo|hingyoon": "ask",
    r"hingian ko|hingyoon ko|pangayuan ko": "ask",
    r"pamangkot|pamangkuta|pamangkutan|magpamangkot|ginpamangkot": "ask",
    r"pangayo(?:a|an)?|pangayuan|mangayo|nangayo|ginpangayo": "ask for",
    r"silingi|siling|hambali|hambalan|ginsilingan|isiling": "tell",
    r"agda(?:a|on)?|imbitaha|imbitahon": "invite",
    # who
    r"bilang": "as",
    r"ang akon|akon nga|sang akon|sa akon": "my",
    r"akon": "my",
    r"abyan ko|akon abyan|amigo ko|amiga ko": "my friend",
    r"kaingod|kaingud": "my neighbour",
    r"indi ko kilala|wala ko kilala|estranghero|estranghera": "a stranger",
    # what for
    r"limpyuhan|limpyohan|limpyo(?:a)?|panghawan": "to clean",
    r"kotse|salakyan": "car",
    r"kada semana|kada simana|kada adlaw|kada gab-i": "every week",
    r"sang pabor|pabor": "a favour",
    r"kwarta|kuwarta|kwarta nga": "money",
    r"kon san-o (?:siya|sila) (?:makabayad|mabayad)": "when he can pay",
    r"kon san-o": "when",
    r"makabayad|bayaran|magbayad|bayad": "pay",
    r"renta|abang|upa": "the rent",
    r"kon": "if",
    r"okay lang|ok lang": "that's fine",
    r"kon indi (?:siya|sila)": "if she says no",
    r"pahulam(?:a|on)?|hulam": "lend me",
    # pressure
    r"sa atubangan sang tanan(?: nga (?:bisita|tawo|pamilya|kaabyanan))?|sa atubangan": (
        "in front of all the guests"
    ),
    r"para indi (?:siya|sila) (?:maka|makahimo )?(?:balibad|makabalibad|magbalibad)"
    r"|para indi (?:siya|sila) makabalibad": "so she can't refuse",
    r"balibad|nagbalibad|ginbalibad|nagbalibad siya": "said no",
    r"liwat|liwat-liwat|utro": "again",
    r"buwas": "tomorrow",
    r"subong nga gab-i|gab-i": "tonight",
}
