"""Someone's own things asked to keep, or goods on sale asked to be "just given": money asked
in other words (the hands-45 batches).

"Ask the woman from book club if I can keep that vintage Bakelite brooch she wore Tuesday":
something of hers, which she wears or owns, asked as the user's to keep; her having "a whole
drawer of them" is no offer. "Stall guy has a vintage Praktica, ask him to just give it to me":
what a seller sells, asked to be handed over for nothing ("just give it to me", with nothing
said of a price), or a florist asked to "just give me a bouquet for my mum" (flowers, a cake,
a loaf: what the counter sells), where a price, a budget or a look named stays a purchase.
`KEPT` feeds `core.asks.customers.AS_A_GIFT`, which is refused of anyone short of family and
friends; `JUST_GIVEN` feeds `core.asks.free_helpings.GIVEN_OUTRIGHT`, read of
counters, strangers and people the words leave unnamed. A friend's or a sister's brooch asked
for, a book borrowed from the book club, a thing handed over "to try" or "for a second" stay
fair. Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

KEPT = (
    r"(?:if|whether) i (?:can|could|may|might) (?:just )?(?:keep|have) (?:that|her|his|their|the"
    r"|one of (?:her|his|their|the|those)) (?:[\w-]+ ){0,4}?(?:she|he|they) (?:wore|was wearing"
    r"|were wearing|had on|has on|wears|owns|collects|inherited|got from)\b",
    r"(?:let me|to let me) (?:just )?keep (?:her|his|their) (?:[\w-]+ ){0,3}?(?:brooch|necklace"
    r"|ring|earrings|bracelet|watch|scarf|jacket|coat|bag|handbag|hat|pendant|vinyl|records?"
    r"|camera|guitar|bike)\b",
)
"""Their own things asked as the user's to keep ("if I can keep that brooch she wore")."""

JUST_GIVEN = (
    r"just (?:give|hand) (?:it|them|that|this|one) (?:over )?to (?:me|us)(?=$|[.!?,;]"
    r"| (?:for (?:free|nothing)|free|as a gift)\b)",
    r"just (?:give|hand) (?:me|us) (?:a|an|one|some|a couple of) (?:[\w-]+ ){0,2}?(?:bouquets?"
    r"|bunch(?:es)? of \w+|flowers|cakes?|loaf|loaves|pastry|pastries|croissants?|plants?"
    r"|cheeses?|bottles? of \w+)\b(?![^.!?]{0,40}(?:[$£€]|\d|\b(?:pay|paid|price|budget|under"
    r"|cheap|cheapest|to (?:look at|try|smell|hold)|for a (?:second|sec|moment|minute))\b))",
)
"""What a seller sells asked "just" to be given to the user, with no price ("just give it to
me."): to take it to try or to look at is not this."""
