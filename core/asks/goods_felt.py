"""Goods touched before buying them: the cloth felt, the fruit pressed, no person touched.

"Ask the seller at HLM market if I can touch the wax cloth to feel the quality before I buy":
the touch lexicon (`core.asks.affection.TOUCH`) reads "touch" as touching someone, and the ask
was refused as touch. What is touched here is the seller's goods, felt as any buyer does before
paying. `core.asks.wants` reads touch on the text with these spans blanked out. Only the goods
on sale are covered, named with "the", "this" or "some" (not "her scarf", which she wears),
or "it" felt to check the quality before the user buys; "touch her hair", "feel his arm" and
"the fabric of her dress" (worn, so her) are still read. Fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

_GOODS = (
    r"(?:cloth|cloths|fabrics?|materials?|textiles?|silk|wool|cotton|linen|leather|suede|velvet"
    r"|wax ?(?:cloth|print)s?|wax|kente|batik|ankara|kitenge|kanga|sarong|saris?|sarees?|shawls?"
    r"|scarf|scarves|rugs?|carpets?|mattress(?:es)?|cushions?|pillows?|blankets?|towels?|yarn"
    r"|skeins?|beads|fruit|fruits|mangoes|mangos|avocados?|melons?|peaches|tomatoes|loaves|bread"
    r"|pottery|pots?|vases?|bowls?|goods|items?|products?|samples?|swatch(?:es)?|jackets?|coats?"
    r"|dresses|dress|shirts?|jumpers?|sweaters?|knitwear|paper|stationery|leaves|tea leaves)"
)

GOODS_FELT = words(
    r"(?:touch|feel|handle|squeeze|press)\w* (?:the|this|that|these|those|a|an|some|one of the"
    rf"|a bit of the|the \w+'s) (?:[\w-]+ ){{0,3}}?{_GOODS}\b(?! (?:of|on|in) (?:her|his|their|my)"
    r"\b)(?! (?:\w+ )?(?:she|he|they)(?:'s|'re| is| are) (?:wearing|wearin|got on|in)\b)",
    r"(?:touch|feel|handle|squeeze|press)\w* (?:it|them) (?:first |quickly )?(?:to (?:feel|check"
    r"|test|see) the (?:quality|texture|weight|ripeness|thickness|softness)|before (?:i|we)"
    r" (?:buy|pay|decide|choose|pick))\b",
)
"""The goods on sale felt before buying: "touch the wax cloth", "feel the silk", "squeeze the
avocados", "feel it to check the quality"."""
