"""The monthly digest, "assumptions disproven": every 30 days of practice, what the user
predicted against what happened (the chance of a yes, the fear expected and felt, by kind
of ask), the rungs of their plan climbed, and a few of their own sentences about what they
assumed, quoted back to them alone.

It comes with the record that completes each 30th practice day (`is_digest_day`), so it
needs no schedule and no stored state: the same history always gives the same answer.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from statistics import mean

from core.care import Screener
from core.deck import domain_label
from core.i18n import _
from core.model import Attempt, Outcome, Reflection

EVERY_DAYS = 30
MAX_QUOTES = 3
QUOTE_CHARS = 160
_ASSUMING = re.compile(
    r"\b(thought|expected|assum\w*|predict\w*|worried|afraid|feared|imagined|sure they|"
    r"would)\b",
    re.IGNORECASE,
)


def is_digest_day(attempt: Attempt, attempts: Sequence[Attempt]) -> bool:
    """Whether recording `attempt` completed a 30th, 60th ... day of practice."""
    if not attempt.attempted:
        return False
    tried = [a for a in attempts if a.attempted]
    first_that_day = min((a.id for a in tried if a.local_date == attempt.local_date), default=None)
    days = {a.local_date for a in tried}
    return first_that_day == attempt.id and len(days) % EVERY_DAYS == 0


def _yes_rate(attempts: Sequence[Attempt]) -> float | None:
    answered = [a for a in attempts if a.outcome in (Outcome.YES, Outcome.NO, Outcome.PARTLY)]
    if not answered:
        return None
    return sum(a.outcome is Outcome.YES for a in answered) / len(answered)


def _fears(attempts: Sequence[Attempt]) -> tuple[float, float] | None:
    both = [a for a in attempts if a.expected_fear is not None and a.felt_fear is not None]
    if not both:
        return None
    return mean(a.expected_fear or 0 for a in both), mean(a.felt_fear or 0 for a in both)


def _kind_line(domain: str, attempts: Sequence[Attempt]) -> str:
    line = _("{kind}: {n} asks").format(kind=domain_label(domain), n=len(attempts))
    rate = _yes_rate(attempts)
    if rate is not None:
        line += _(", {rate:.0%} yes").format(rate=rate)
    fears = _fears(attempts)
    if fears is not None:
        line += _(", fear expected {expected:.1f}, felt {felt:.1f}").format(
            expected=fears[0], felt=fears[1]
        )
    return "• " + line


def quotes(reflections: Sequence[Reflection]) -> list[str]:
    """Up to three of the user's latest sentences about what they assumed."""
    found = [r.text.strip() for r in reflections if _ASSUMING.search(r.text)][-MAX_QUOTES:]
    return [q if len(q) <= QUOTE_CHARS else q[: QUOTE_CHARS - 1] + "…" for q in found]


def digest_text(
    attempts: Sequence[Attempt], reflections: Sequence[Reflection], rungs: tuple[int, int] | None
) -> str:
    tried = [a for a in attempts if a.attempted]
    days = len({a.local_date for a in tried})
    lines = [
        _("{days} days of practice: what your fear predicted, and what happened.").format(
            days=days
        ),
        "",
    ]
    guesses = [a.predicted_yes for a in tried if a.predicted_yes is not None]
    rate = _yes_rate(tried)
    if guesses and rate is not None:
        said = _("• You gave a yes about {guess:.0f}% on average; people said yes {rate:.0%}.")
        lines.append(said.format(guess=mean(guesses), rate=rate))
    elif rate is not None:
        lines.append(_("• People said yes {rate:.0%} of the time.").format(rate=rate))
    fears = _fears(tried)
    if fears is not None:
        said = _("• You expected your asks to feel {expected:.1f}/10; they felt {felt:.1f}/10.")
        lines.append(said.format(expected=fears[0], felt=fears[1]))
    for domain in sorted({a.domain for a in tried}):
        mine = [a for a in tried if a.domain == domain]
        if len(mine) >= 2:
            lines.append(_kind_line(domain, mine))
    if rungs is not None:
        lines.append(
            _("• Your plan: {done} of {total} rungs climbed.").format(done=rungs[0], total=rungs[1])
        )
    quoted = quotes(reflections)
    if quoted:
        lines += ["", _("In your own words:"), *(f"“{q}”" for q in quoted)]
    lines += ["", _("No one else using the bot will see this. Every one of those asks took nerve.")]
    return "\n".join(lines)


DIGEST_PURPOSE = "digest"
MAX_INTRO_CHARS = 500
DIGEST_SYSTEM = (
    "You write two or three warm, plain sentences to open a person's monthly summary of "
    "rejection-therapy practice, from the figures you are given: notice the courage, and "
    "where their guesses were gloomier than what happened. No advice on health, medication, "
    "therapy or diagnosis, no questions, no new figures. Answer with JSON only: "
    '{"intro": "..."}.'
)
_CLINICAL = re.compile(
    r"\b(medic\w*|diagnos\w*|disorder|therap\w*|doctor|pills?|dose|prescri\w*|psychiatr\w*)\b",
    re.IGNORECASE,
)


def read_intro(answer: str, screener: Screener) -> str | None:
    """The model's opening sentences, or None when they are not the asked shape or fail a check."""
    text = answer.strip().removeprefix("```json").removeprefix("```").removesuffix("```")
    try:
        parsed = json.loads(text)
    except ValueError:
        return None
    intro = parsed.get("intro") if isinstance(parsed, dict) else None
    if not isinstance(intro, str):
        return None
    intro = " ".join(intro.split())
    if not 20 <= len(intro) <= MAX_INTRO_CHARS or "?" in intro or _CLINICAL.search(intro):
        return None
    return intro if screener.screen(intro) is None else None
