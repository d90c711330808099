"""A choice between things the user might wear, which `core.asks.judgement` must not read as
the user asking to be judged.

"Ask the shop assistant in Primark which of the two cardigans suits me better", "which of two
aprons suits me better, I always buy alone": the person is asked to pick between two things,
as a shop assistant is asked every day, and the answer changes a purchase, not how the user
sees themself; it is the very ask the check offers instead of a judgement ("a shop assistant
which of two shirts suits the occasion better"). "Whether my new haircut suits me" or "which
dress makes me look thinner" still put the user up for a verdict and are read as ever. It
matches the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

CHOICE = words(
    r"which (?:one )?(?:of )?(?:(?:the|my|these|those|two|2|three|3|both) ){0,2}(?:[\w-]+ )?"
    r"[\w-]+ (?:suits?|fits?|looks? (?:better|best) on) me (?:better|best)\b",
)
"""Which of two cardigans or aprons suits the user better: a pick between things."""
