"""Places and pastimes that are other people's: their table, their kitchen, their book.

- a table named as other people's, sat down at ("sit down at the table of the family eating
  at the chop bar"): joining strangers, whoever else the words mention; the user's own family
  or friends' table ("my family's table") is no stranger's;
- a shift asked in a business's kitchen or behind its bar on a whim ("walk into a restaurant
  and ask to work a shift in their kitchen tonight"): their workplace, their insurance and
  their staff's rota, not a stage for the user's nerve; a trial shift asked when applying for
  a job there is how hiring works, and is kept;
- a game or a table joined whatever its people say ("if they hesitate, sit down anyway");
- someone busy with a book or a meal, in Spanish, Portuguese or French too ("interrumpir a
  una chica que lee"), as `core.asks.manners.ABSORBED` reads it in English.

The lexicons match the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks import busy_in_other_tongues
from core.asks.text import words

_THEY = (
    r"(?:the|a|an|some|that|this|another|two|three|four|those) (?:(?:bunch|group|crowd|mob|load"
    r"|lot|gaggle) of )?(?:\w+ )?(?:family|families"
    r"|couple|group|people|strangers?|men|women|guys|girls|ladies|lads|students|tourists|workers"
    r"|aunties|uncles|party|mums|dads|friends|regulars|old (?:men|women|ladies))\b"
)
OTHERS_TABLE = words(
    r"(?:sit|sit down|squeeze in|plonk myself|pull up a chair) (?:at|on|with|by) (?:some|a"
    r"|another|a random|random|the next|other) (?:\w+ )?(?:family|families|couple|group|people"
    r"|stranger|strangers|person|party|table)(?:'s|s'|') (?:\w+ )?(?:table|picnic|blanket|booth"
    r"|bench|group)",
    r"(?:sit|sit down|plonk myself) (?:at|on|with) (?:a stranger's|strangers'|someone's|somebody's"
    r"|someone else's) (?:table|picnic|blanket|booth)",
    r"(?:sit|sit down|squeeze|squeeze in|join|plonk myself|pull up a chair) (?:\w+ ){0,2}(?:at"
    r"|on|to) (?:the|a) (?:\w+ )?(?:table|booth|bench|picnic) (?:where|that) (?:a|an|some|two"
    r"|three|four|the|another|other|other people|people|strangers|someone|somebody) (?:[\w']+ )"
    r"{0,2}(?:having|eating|sitting|drinking|already|having their)",
    r"(?:sit|sit down|squeeze|squeeze in|join|plonk myself|pull up a (?:chair|stool|seat))"
    r" (?:\w+ ){0,2}?(?:at|on|to) (?:the|a) (?:\w+ )?(?:table|booth|bench|picnic|mat) of"
    rf" {_THEY}",
    rf"(?:walk|go|wander|stroll|roll|rock) up to {_THEY}[^.!?]{{0,60}}\b(?:sit down|plonk myself"
    r"(?: down)?|pull up a (?:chair|seat|stool)) (?:and (?:just )?join\b|with (?:them|em|'em))",
    r"strangers (?:\w+ ){0,2}(?:braai\w*|barbecu\w*|bbq\w*|grilling|picnicking|eating|having"
    r" (?:a |their )?(?:braai|barbecue|barbie|bbq|picnic|lunch|dinner))\b[^.!?]{0,40}\bask"
    r" (?:\w+ )?for (?:a|an|some|one of)\b",
)
"""Sitting down at a table named as other people's ("the table of the family eating at the
chop bar"), or sitting down with a bunch of strangers walked up to at their barbie: joining
strangers, whoever else the words mention ("like we're relatives" does not make them family)."""

_VENUE = (
    r"(?:restaurant|cafe|café|bar|bakery|shop|bistro|brasserie|pub|hotel|kitchen|diner|chop bar"
    r"|canteen|pizzeria|taqueria|trattoria|izakaya|patisserie|boulangerie|food truck|stall)"
)
_A_SHIFT = (
    r"(?:work|do|pull|help (?:out )?(?:with|on|in)) (?:a |one |the |their |tonight's )?"
    r"(?!trial)(?:\w+ )?(?:shift|service|lunch rush|dinner rush)\b"
)
KITCHEN_SHIFT = (
    rf"{_A_SHIFT} (?:in|at|behind) (?:their|its|the|a) (?:\w+ )?(?:kitchen|bar|counter|till"
    r"|grill|pass|line)\b",
    rf"(?:walk|go|stroll|pop|wander|barge) (?:straight )?in(?:to)? (?:a|an|some|the|any|a random)"
    rf" (?:[\w'-]+ ){{0,3}}?{_VENUE}\b[^.!?]{{0,80}}\b(?:ask|see) (?:\w+ ){{0,3}}?(?:to|if i can"
    rf"|if i could|whether i can|whether i could) {_A_SHIFT}",
)
"""A shift asked in a stranger's kitchen or behind their bar, on a whim."""

BUSY = (
    r"interr?omp\w*|molestar a|déranger|deranger",
    r"(?:una?|la|el|los|las|alguien|gente|persona|chica|chico|mujer|hombre|señora|señor)"
    r" (?:\w+ )?que (?:está |esta )?(?:lee|leyendo|estudia|estudiando|come|comiendo|duerme"
    r"|durmiendo)\b",
    r"(?:quelqu'un|une? \w+) qui (?:lit|mange|dort|étudie)\b",
    r"reading (?:his|her|their) (?:own )?(?:book|novel|paper|newspaper|kindle|magazine)\b",
    r"(?:stop|put down|leave|break off) (?:\w+ )?(?:reading|studying|eating|praying|working)\b"
    r"|mid-(?:conversation|sentence|meal|prayer|call|service|song)",
    r"(?:famous|celebrity|celeb|rapper|singer|actor|actress|footballer|star|politician)"
    r" (?:\w+ )?(?:eating|eatin|dining|having (?:dinner|lunch|breakfast|a meal))\b",
    r"keep (?:chatting|talking|going|asking)(?: \w+){0,3} (?:until|till|til) (?:she|he|they)"
    r" (?:closes|shuts|puts down|puts away|gives up on) (?:the|her|his|their) (?:book|novel"
    r"|paper|newspaper|kindle|laptop|crossword)\b",
    *busy_in_other_tongues.BUSY,
)
"""Someone reading, studying, eating or sleeping, in Spanish or French ("interrumpir a una
chica que lee en el Retiro"), or reading their own paper or book, asked to stop it or stopped
mid-conversation, or someone famous seen at their meal, or talked at "until she closes the
book": an ask of them has to interrupt it."""

JOINED_ANYWAY = words(
    r"(?:if|when|even if) (?:they|he|she) (?:\w+ ){0,2}?(?:hesitate|hesitates|refuse|refuses"
    r"|say no|says no|decline|declines|object|objects|look unsure|looks unsure)\b,? (?:then )?"
    r"(?:just |i(?:'ll| will)? (?:just )?)?(?:sit|join|deal myself in|pull up a (?:chair|stool"
    r"|seat)|play|stay)\b(?: \w+){0,2} anyway\b",
)
"""A game or a table joined whatever its people say ("ask the old men playing cards to deal me
in, and if they hesitate, sit down anyway"): the ask is no ask, and their no is overruled
before they give it. The user's own plan after a no ("if he says no, I'll buy it anyway")
joins nobody."""
