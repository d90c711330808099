"""Neighbours named the way many users name them: by the word "neighbour" before a person, or by
a family name and a word of respect, with where they live.

"Ask the neighbour woman if I can keep my tomato boxes in her shed for one night": the roles
read "the neighbour" and, longer, "the ... woman" as a passer-by, and a favour asked of a
passer-by is more than a moment of their day. "Ask Patil kaka next door to lend me his
ladder": in Marathi, Hindi and many Indian languages an older neighbour is "kaka" (uncle),
"kaku", "aunty", "mama" or "bhabhi" after the family name, and "kaka" alone is also an East
African word for a shopkeeper, so the ladder was read as a shop's goods taken from staff.
Said with "next door", "upstairs" or "across the road", they are the neighbour the words say;
so is "boudi from the next flat" (Bengali: an elder brother's wife, said of a woman next door),
whom a head laid in her lap asks a body of, though the user then says "I miss my ma".
Fragments for the role patterns of `core.asks.local_roles`, over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

_KIN_AFTER_A_NAME = (
    r"(?:kaka|kaki|kaku|kaki|uncle|aunty|auntie|chacha|chachi|mama|mami|mausi|mausa|bhabhi|bhaiya"
    r"|bhai|didi|dada|dadi|nana|nani|tai|anna|akka|amma|appa|ji|saheb|sahab|baba|bibi|mzee|ammavra"
    r"|uncle ji|aunty ji)"
)

NEIGHBOUR = (
    r"(?:the|my|our|a) neighbou?r (?:woman|man|lady|guy|bloke|fella|chap|aunty|auntie|uncle"
    r"|grandma|granny|grandpa|couple|family|mum|mom|dad|lady's|folks)s?\b(?!')",
    rf"[a-z]+ {_KIN_AFTER_A_NAME} (?:from )?(?:next door|upstairs|downstairs|across the (?:road"
    r"|street|hall|landing|way|lane)|in the next (?:flat|house|room|compound|unit|building))\b",
    rf"(?:boudi|boudidi|kakima|jethima|mashima|{_KIN_AFTER_A_NAME}) from (?:the )?(?:next|next-door"
    r"|neighbouring|opposite) (?:flat|house|door|building|apartment|bari)\b",
)
"""A person named as a neighbour ("the neighbour woman"), or by a family name and a word of
respect with where they live ("Patil kaka next door")."""
