"""People a date may not be asked of, in more words: taken, served, taught, or under age.

`core.asks.off_limits` reads a date asked of someone's partner, of someone the user serves,
or of someone under the user. Users also write it as "he wears a wedding ring", "her
boyfriend's just gone to the loo", "ask table six out" (the waiter's table), "a student from
the course where I am TA", "one of my second-year students", "la muchacha nueva que yo
superviso". `PATTERNS` joins `off_limits.OFF_LIMITS`.

A date is also written as an outing: "ask her to the pictures", "to the dance Saturday",
"to dinner at my house" (`DATE_OUTING`), one to one, as a date would be.

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
)
"""Someone taken, served at the user's table, or under the user (their student, their
trainee, the new starter they supervise)."""

DATE_OUTING = words(
    r"(?:ask|invite|take) (?:[\w'-]+ ){1,10}?(?:to|out to) (?:(?:the|a|an|our|their|this|that)"
    r" (?:[\w-]+ )?(?:pictures|movies|cinema|flicks|dance|ball|formal|disco|prom)|prom)\b",
    r"(?:invite|ask) (?:[\w'-]+ ){1,10}?(?:to|for|round for|over for) (?:a )?(?:dinner|supper"
    r"|drinks?) (?:at|in|round at) my (?:house|place|flat|apartment|home)\b",
)
"""A one-to-one outing asked as a date would be: to the pictures, to the dance, to dinner at
the user's house."""
