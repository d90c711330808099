"""Two things on sale compared on the user: a choice between goods, not a verdict on the user.

"Ask the sales assistant which of two aprons suits me better", "ask the shop assistant in
Primark which of the two cardigans suits me better": what is weighed is a pair of aprons or
cardigans, and the answer is one to buy, the help a shop floor is there to give. The judgement
lexicon's "suits me better" would read the same words as the user's looks put to someone
("whether my new haircut suits me"), so `core.asks.judgement` leaves these spans out. A pair
of haircuts, faces or photos of the user stays a judgement of the user; so does "does this
make me look old", which weighs no two things at all. Fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

import re

GOODS_COMPARED = re.compile(
    r"\bwhich (?:one )?of (?:the |these |those |my |her |his |their )?(?:two|2|both|three|3)"
    r" (?!(?:\w+ )?(?:haircuts?|hairstyles?|hair|fades?|beards?|faces?|photos?|pictures?|pics"
    r"|selfies?|looks?|bod(?:y|ies)|noses?|smiles?)\b)(?:[\w-]+ ){1,2}?(?:suits?|looks?"
    r"|fits?) (?:me|on me)(?: better| best)?\b"
)
"""Which of two things on sale suits the user ("which of two aprons suits me better")."""
