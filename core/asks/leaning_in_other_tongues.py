"""Leaning on a no in Nigerian Pidgin, Indonesian and Korean: a sit-in, a debt told to them.

"Tell the customer I no go comot from im gate until e pay the extra 500" (I won't leave his
gate until he pays), "I no go take no for answer, na yes or nothing" (I won't take no for an
answer, it's yes or nothing), "duduk di kantor leasing, minta restrukturisasi cicilan, bilang
saya nggak akan pulang sebelum disetujui" (sit in the leasing office, ask to restructure the
instalments, say I won't go home before it's approved), "조별과제 파트너한테 '내가 PPT
다 했으니까 너 나한테 빚진 거야' 하고 필기 빌려달라고 하기" (tell my group-project partner
"I did the whole PPT so you owe me" and ask to borrow the notes). `core.asks.worn_down` and
`core.asks.leverage` read the English shapes; these are the same in the words the user thinks
in.

Fair neighbours stay fair: a time of the user's own ("saya nggak akan pulang sebelum jam lima",
not before five; "nggak pulang sebelum dijemput", not before I'm picked up), and a debt of the
user's ("내가 친구한테 빚진 돈", the money I owe my friend). Read into the ask's `demands`
through `core.asks.hard_nos`; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

SIT_IN = words(
    r"(?:no go|no dey go|no wan|no fit) (?:comot|commot|go|leave|waka|shift|move)\b[^.!?;]{0,40}"
    r"\b(?:until|till|unless) (?:e|im|dem|she|he|they|una|the \w+|oga|madam) (?:\w+ )?(?:pay"
    r"|gree|agree|give|sign|bring|settle|refund|release)\b",
    r"(?:nggak|ngga|enggak|gak|ga|gk|tidak|tak) (?:akan |mau |bakal )?(?:pulang|pergi|keluar"
    r"|beranjak|cabut|berdiri|bangun)\b(?: \w+){0,3}? (?:sebelum|sampai|sampe|kalau belum|kalo"
    r" belum) (?:di(?:setujui|acc|approve|kabulkan|terima|bayar|kasih|proses|tandatangani|tanda"
    r" tangani)\b|(?:dia|mereka|bapak|ibu|pak|bu|petugas|manajer|\w+nya) (?:\w+ )?(?:setuju|acc"
    r"|approve|mau|bayar|kasih|tanda ?tangan|oke|ok)\b)",
)
"""Staying put until they give: "I no go comot until e pay", "nggak akan pulang sebelum
disetujui"."""

NO_NOT_TAKEN = words(
    r"(?:no go|no dey|no fit|no wan|i no) (?:take|accept|hear|gree for|gree) (?:any )?no\b"
    r"(?! (?:from (?:me|myself)|excuse|excuses|shortcut)\b)",
)
"""A no told in advance it won't be taken, in Pidgin: "I no go take no for answer from anybody"
("na yes or nothing" is read with "it's yes or nothing", `core.asks.shouted_down`)."""

OWED_TO_ME = words(r"(?:나한테|나에게|내게) (?:\S+ )?빚\w*")
"""A debt told to the person: "너 나한테 빚진 거야" (you owe me)."""


def leans_in_other_tongues(text: str) -> bool:
    """Whether the ask, in Pidgin, Indonesian or Korean words, sits in until a yes, says no no
    will be taken, or tells the person they owe the user."""
    return any(has(lexicon, text) for lexicon in (SIT_IN, NO_NOT_TAKEN, OWED_TO_ME))
