"""Favours counted back to someone, or their family's shame raised, so that a no costs them.

`core.asks.leverage` reads a ledger read out in the shapes the earlier rounds wrote ("remind
her I drove her to the airport", "everything I've done for you"). The forty-second round's
hands counted in other words: "remind her of all the Dashain money I've given her", "remind
her how much I've done for her over the years", Spanish "si dice que no recordarle que yo la
crié" (remind her I raised her), and a parent's shame raised by a name the earlier lexicon
lacks: "let him know Mama would be ashamed of him if he didn't". Reminding someone of a good
time had together, or of how much the user enjoyed their help, counts nothing against them
and is not read. Read into the ask's `demands` through `core.asks.hard_nos`; fragments over
the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_GIVEN = (
    r"(?:given|gave|lent|loaned|done|did|paid|spent|bought|sent|covered|sacrificed|given up"
    r"|put in|helped|raised|fed)"
)

COUNTED = words(
    rf"remind (?:him|her|them|\w+) (?:of )?(?:all|every|each) (?:of )?(?:the |those |that )?"
    rf"(?:\w+ ){{0,4}}?(?:that )?(?:i|we)(?:'ve| have)? (?:ever |already )?{_GIVEN}\b",
    rf"remind (?:him|her|them|\w+) (?:of )?how (?:much|many \w+|often) (?:i|we)(?:'ve| have)?"
    rf" (?:ever |already )?{_GIVEN}\b",
    r"recordarle (?:a \w+ )?(?:que )?(?:yo )?(?:la|lo|los|las|le) (?:crié|cuidé|mantuve|ayudé"
    r"|saqué adelante|di de comer|pagué)\b|recordarle (?:todas )?las veces que (?:yo )?"
    r"(?:la|lo|le) (?:ayudé|cuidé|salvé|presté)\b",
)
"""Favours counted back as a debt: money given, years of help, a childhood raised."""

KIN_ASHAMED = words(
    r"(?:mama|mamma|mammy|mummy|mommy|maa|amma|ammi|umma|ummi|ima|abba|appa|baba|papa|pappa"
    r"|daddy|abbu|abu|dada|dadi|nana|nani|granny|grandma|grandpa|grandad|gran|nan|lola|lolo"
    r"|oma|opa|(?:our|his|her|their) (?:late )?(?:mother|father|mum|mom|dad|parents|grandmother"
    r"|grandfather|grandma|grandpa|gran|nan)) (?:\w+ )?(?:would|will|'d|'ll) (?:be )?(?:so"
    r" |very |really |deeply )?(?:ashamed|disappointed|heartbroken|turn(?:ing)? in (?:her|his"
    r"|their) grave)\b(?: (?:of|in) (?:him|her|them|you)\b)?",
)
"""A parent's or grandparent's shame raised over a no ("Mama would be ashamed of him"),
in the names for them the earlier lexicon lacks."""


def counts_favours(text: str) -> bool:
    """Whether the ask counts favours back to the person or raises their family's shame."""
    return has(COUNTED, text) or has(KIN_ASHAMED, text)
