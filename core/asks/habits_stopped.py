"""A habit of theirs the user asks someone to stop, read apart from a secret the user keeps.

"Ask my little brother to stop borrowing my clothes without asking": "without asking" is what
the brother does, the habit complained of, not something kept from anyone; the ask is that he
stops. The same words for what the user would do ("take the money from his piggy bank without
asking", "borrow her car without telling her") are the secret `conduct.SECRETLY` reads, and
stay one. Read into the ask's `keeps_a_secret`; fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks import conduct
from core.asks.text import has, without, words

STOPPED = words(
    r"(?:to )?(?:stop|quit|give up|not to|never to|no more) (?:\w+ ){0,1}\w+ing?\b(?: [\w']+){0,4}"
    r" without (?:asking|telling)(?: (?:me|us|first|anyone))*",
    r"(?:to )?(?:stop|quit) (?:\w+ ){0,1}(?:taking|borrowing|using|eating|wearing|reading"
    r"|going through|coming into|touching)\b(?: [\w']+){0,4} without (?:asking|telling)"
    r"(?: (?:me|us|first|anyone))*",
)
"""A habit asked to stop ("stop borrowing my clothes without asking", "not to take my charger
without asking first")."""


def keeps_a_secret(text: str) -> bool:
    """Whether the ask keeps something from someone, leaving out a habit asked to stop."""
    return has(conduct.SECRETLY, without(STOPPED, text))
