""" "Talk it through" after a no: two or three short Socratic questions, the kind cognitive
behavioural practice asks (what did you predict, what happened, what does it say about the
assumption), never advice on health, medication or diagnosis.

The embedded questions come from templates filled with the user's own guesses; the
optional model may tailor them to what the user wrote, and its questions pass only when
each is a short question, screens clear and gives no clinical advice (`read_questions`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from core.care import Screener
from core.i18n import _
from core.model import Attempt

TALK_PURPOSE = "talk"
MAX_QUESTION_CHARS = 240
_CLINICAL = re.compile(
    r"\b(medic\w*|diagnos\w*|disorder|therap\w*|doctor|pills?|dose|dosage|prescri\w*|"
    r"psychiatr\w*|symptom\w*|treatment)\b",
    re.IGNORECASE,
)

TALK_SYSTEM = (
    "You help a person reflect on an ask that got a no, in the style of a gentle Socratic "
    "conversation. Write two or three short questions (one sentence each, ending with a "
    "question mark) that help them compare what they predicted with what happened and "
    "what it says about their assumption. Use their own words where it helps. Never give "
    "advice on health, medication, therapy or diagnosis, never judge them, never suggest "
    'asking the same person again. Answer with JSON only: {"questions": ["...", "..."]}.'
)


def embedded_questions(attempt: Attempt) -> list[str]:
    """Three questions, with the user's own guesses where they gave them."""
    if attempt.predicted_yes is not None and attempt.expected_fear is not None:
        first = _(
            "Before you asked, you gave a yes a {chance}% chance and expected it to feel "
            "{fear}/10. What did you predict would happen if they said no?"
        ).format(chance=attempt.predicted_yes, fear=attempt.expected_fear)
    else:
        first = _("Before you asked, what did you predict would happen if they said no?")
    if attempt.felt_fear is not None:
        second = _(
            "What actually happened, and it felt {felt}/10: what was different from what "
            "you expected?"
        ).format(felt=attempt.felt_fear)
    else:
        second = _("What actually happened, and what was different from what you expected?")
    third = _(
        "What does that say about the assumption behind the fear? Is there a truer, kinder "
        "way to put it?"
    )
    return [first, second, third]


def talk_prompt(ask: str, attempt: Attempt, written: Sequence[str]) -> str:
    """What is sent: the card's ask, the user's guesses and what they wrote about it."""
    return json.dumps(
        {
            "ask": ask,
            "predicted_yes_percent": attempt.predicted_yes,
            "expected_fear_0_to_10": attempt.expected_fear,
            "felt_fear_0_to_10": attempt.felt_fear,
            "what_they_wrote": list(written),
        },
        ensure_ascii=False,
    )


def read_questions(answer: str, screener: Screener) -> list[str] | None:
    """Two or three checked questions from the model's answer, or None."""
    text = answer.strip().removeprefix("```json").removeprefix("```").removesuffix("```")
    try:
        parsed = json.loads(text)
    except ValueError:
        return None
    questions = parsed.get("questions") if isinstance(parsed, dict) else None
    if not isinstance(questions, list) or not 2 <= len(questions) <= 3:
        return None
    cleaned = [" ".join(q.split()) for q in questions if isinstance(q, str)]
    if len(cleaned) != len(questions):
        return None
    for question in cleaned:
        if not 10 <= len(question) <= MAX_QUESTION_CHARS or not question.endswith("?"):
            return None
        if _CLINICAL.search(question) or screener.screen(question) is not None:
            return None
    return cleaned
