"""A no left free in the user's own words, which the deception lexicons read as a claim.

"Ask my aunt if I can borrow her dress for my wedding, it's fine if not": `DECEPTION` in
`core.asks.deception` reads ", it's fine" as a thing said to be fine against a claim ("say it
broke, it's fine"), but "it's fine if not", "that's ok if she says no", "totally fine if they
can't" says the answer is theirs. `core.asks.plain_truths` blanks these before deception is
read, so a claim elsewhere in the ask ("tell the shop it arrived broken, it's fine if not")
is still read. Over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_ANSWER = (
    r"(?:not|no|they say no|she says no|he says no|the answer is no|it's a no|it is a no"
    r"|(?:she|he|they) (?:can't|cannot|won't|doesn't|don't|isn't|aren't|would rather not"
    r"|says? no|said no|needs? it|is using it|are using it)|(?:she|he|they)(?:'s|'re| is| are)"
    r" (?:busy|using it|not comfortable|not sure))"
)
PATTERNS = (
    r"(?:it's|it is|that's|that is|it'll be|it will be|totally|completely)(?: totally| completely"
    r"| absolutely| perfectly| really| honestly| genuinely| also)? (?:fine|ok|okay|cool|alright"
    rf"|all right|no problem|no worries|no bother|understandable) if {_ANSWER}\b",
)
"""The no made easy ("it's fine if not", "that's okay if she needs it herself"), the answer
left to the person asked."""
