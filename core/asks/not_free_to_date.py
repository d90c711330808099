"""People a date may not be asked of, in more words: taken, served, taught, or under age.

`core.asks.off_limits` reads a date asked of someone's partner, of someone the user serves,
or of someone under the user. Users also write it as "he wears a wedding ring", "her
boyfriend's just gone to the loo", "ask table six out" (the waiter's table), "a student from
the course where I am TA", "one of my second-year students", "la muchacha nueva que yo
superviso", "a wedding ring but she kept laughing", "o marido da cliente", "the buyer I'm
showing round the flat", "my wife's best mate is single again". `PATTERNS` joins
`off_limits.OFF_LIMITS`.

A date is also written as an outing: "ask her to the pictures", "to the dance Saturday",
"to dinner at my house", "to come back alone one evening", "for a ride to the river one
evening, only us", "to meet me near the crew area after midnight" (`DATE_OUTING`), one to one,
as a date would be.

A date asked of someone under age is `core.asks.under_age_dates`. All over the normal form
of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

_PARTNER = r"(?:boyfriend|girlfriend|husband|wife|partner|fella|fiancée?|missus|hubby|date|man)"
_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
PATTERNS = (
    r"(?:wears?|wearing|has (?:got )?|with) (?:a |his |her )?wedding (?:ring|band)",
    rf"(?:her|his) {_PARTNER}(?:'s| has| is) (?:just |only )?(?:gone|popped|nipped|stepped"
    r"|went|run) (?:off |out |outside |away )?(?:to|for|out|off|outside|away)\b",
    rf"(?<!the couple at )(?<!the family at )\btable {_NUMBER}\b(?! (?:at|in) (?:the|my)\b)",
    r"(?:course|class|module|section|lab|seminar|tutorial|unit)s? (?:where|in which|that)"
    r" i(?:'m| am)? (?:the |a |their )?(?:ta|teaching assistant|tutor|demonstrator|lecturer"
    r"|teacher|instructor|marker|assistant)\b",
    r"(?:one of|a few of) my (?:[\w-]+ ){0,2}?(?:students|pupils|trainees|mentees|apprentices"
    r"|interns|tutees)\b|my (?!fellow )(?:[\w-]+ )?(?:student|pupil|mentee|tutee|trainee)\b(?!s|')"
    r"(?! (?:loan|card|id|debt|visa|account|discount|days|house|flat|halls|union|advis\w+|services?"
    r"|finance|accommodation|life|years?|friends?|mates?|buddy|rep|nurse|doctor|teacher)\b)"
    r"|a (?:student|pupil|mentee|tutee|trainee) of mine\b",
    r"(?:who|that|whom) i (?:supervise|line-?manage|manage|train|mentor|oversee)\b",
    r"que (?:yo )?(?:superviso|dirijo|entreno|mando)\b",
    r"(?:her|his|a) wedding (?:ring|band) (?:on|but)\b|wedding (?:ring|band),? but\b",
    r"(?:marido|esposa|espos[oa]|namorad[oa]|noiv[oa]|novi[oa]|pareja|mari|femme|copine"
    r"|copain) (?:d[aoe]s?|del|de la|de l'|du) (?:\w+ )?(?:client[ea]?s?|cliente|chefe|jef[ea]"
    r"|patr[oã]o?|colega|vizinh[oa]|vecin[oa]|voisin[e]?|collègue|amig[oa])\b",
    r"(?:buyers?|viewers?|house-?hunters?|renters?|guests?|clients?|customers?|patients?"
    r"|passengers?|students?) (?:that |who |whom )?i(?:'m| am)? (?:showing|show|driving|drive"
    r"|serving|serve|selling to|sell to|treating|treat|teaching|teach|looking after)\b",
    r"(?:my )?(?:wife|husband|girlfriend|boyfriend|partner|missus|hubby|fiancée?)'s"
    r" (?:best |closest |oldest )?(?:mate|friend|pal|bestie|sister|cousin) (?:is|'s) (?:now )?"
    r"single\b",
    r"ask (?:the|a|that|this) (?:[\w-]+ ){0,3}?(?:student|pupil|trainee|tutee|intern)\b(?:[^.!?;]"
    r"{0,80}?)\b(?:after|once|when) (?:she|he|they) (?:hands?|turns?|submits?|sends?) in (?:her|his"
    r"|their)\b",
)
"""Someone taken (a wedding ring noted, someone's spouse in Portuguese, Spanish or French), served
at the user's table or shown round by them, under the user (their student, their trainee, the
new starter they supervise), or the friend of the user's own partner, noted single. A student
asked out "after she hands in her protocol" is one whose work the user receives: a classmate
would say "after we hand in"."""

DATE_OUTING = words(
    r"(?:ask|invite|take) (?:[\w'-]+ ){1,10}?(?:to|out to) (?:(?:the|a|an|our|their|this|that)"
    r" (?:[\w-]+ )?(?:pictures|movies|cinema|flicks|dance|ball|formal|disco|prom)|prom)\b",
    r"(?:invite|ask) (?:[\w'-]+ ){1,10}?(?:to|for|round for|over for) (?:a )?(?:dinner|supper"
    r"|drinks?) (?:at|in|round at) my (?:house|place|flat|apartment|home)\b",
    r"(?:alone|on (?:her|his|their) own),? (?:\w+ ){0,3}?(?:one|some|an|this|that|tomorrow"
    r"|saturday|friday) (?:evening|night)\b",
    r"(?:evening|night|midnight|ride|drive|walk)\b[^.!?]{0,30}?\b(?:only|just) (?:us|the two"
    r" of us|you and me|me and (?:her|him))\b",
    r"meet (?:up with )?me (?:[\w'-]+ ){0,4}?(?:after|at|around|past) midnight|meet (?:up with )?me"
    r" (?:[\w'-]+ ){0,4}?late at night",
    r"(?:go|come|going|coming) (?:for|to|and see|and watch) (?:a |the )?(?:movie|film|pictures"
    r"|cinema|flick)s? with me\b",
    r"(?:chamar|convidar|chamo|convido)(?: \w+)? (?:pra|para) sair\b|(?:invitare|invito|chiedere"
    r"|chiedo)(?: \w+)? (?:a|di) uscire\b",
    r"(?:wants?|would like|fancies|fancy|like) me to show (?:her|him) (?:around |round )?"
    r"(?:[\w'-]+ ){1,3}?(?:after (?:my|her|his|the) (?:shift|work|class)|tonight|this evening)\b",
)
"""A one-to-one outing asked as a date would be: to the pictures, to the dance, to dinner at
the user's house, alone one evening, a ride at night "only us", a meeting after midnight, "to
go for movie with me", "if she wants me to show her Napoli after my shift", or asked out in
Portuguese or Italian ("chamar pra sair", "invitare a uscire")."""
