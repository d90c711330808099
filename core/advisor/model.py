"""The optional language model, behind a port, and what may pass from it to a person.

Safe by construction: the engine only asks it after the user agreed (for this host), never
with a text that screens as risk, and everything it returns goes through `read_steps`:
parsed strictly, each step screened for crisis language, checked by the own-card check and
the level rubric. Anything that fails (or no answer at all) means the embedded advisor's
words are used instead; the user never sees an error. Prompts and answers are never logged.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Protocol

from core import own_cards
from core.advisor.plan import Goal
from core.care import Screener
from core.deck import Card
from core.deck_rubric import level_disagreements

PLAN_PURPOSE = "plan"
MAX_ANSWER_CHARS = 6000
MIN_STEP_CHARS = 20


class LanguageModel(Protocol):
    @property
    def host(self) -> str:
        """Where the words go, named in the consent message."""
        ...

    async def complete(self, system: str, prompt: str) -> str | None:
        """The model's reply; None on any failure (timeout, refusal, bad status or body)."""
        ...


SYSTEM = (
    "You help a person practise rejection therapy: small, ethical asks of other people, "
    "climbing towards asks they fear. You are not a therapist; never give advice on health, "
    "medication or diagnosis. For each goal you are given, write ONE warm-up ask that trains "
    "the same courage with lower stakes: kind, legal, easy for the other person to refuse, "
    "never pressuring, deceiving, recording or pursuing anyone, never asking a stranger for "
    "money, contact details or judgement of looks. Answer with JSON only, exactly "
    '{"steps": ["<warm-up for goal 1>", "<warm-up for goal 2>", ...]}, one short sentence '
    "or two per step, in the order of the goals."
)


def plan_prompt(goals: Sequence[Goal]) -> str:
    """What is sent: the goals' words and how scary each feels; nothing else about the user."""
    listed = [{"goal": g.text, "fear_0_to_10": g.fear} for g in goals]
    return json.dumps({"goals": listed}, ensure_ascii=False)


def _step_is_fair(text: str, goal: Goal, screener: Screener) -> bool:
    if not MIN_STEP_CHARS <= len(text) <= own_cards.MAX_ASK:
        return False
    if screener.screen(text) is not None or own_cards.refuses(text):
        return False
    level = max(1, goal.level - 1)
    card = Card("plan-check", own_cards.title_from(text), text, level, goal.domain, "")
    return not level_disagreements(card)


def read_steps(answer: str, goals: Sequence[Goal], screener: Screener) -> list[str] | None:
    """One warm-up step per goal from the model's answer, or None when anything is off:
    not JSON of the asked shape, a step missing, too long, risky, unfair or at the wrong level."""
    if len(answer) > MAX_ANSWER_CHARS:
        return None
    text = answer.strip().removeprefix("```json").removeprefix("```").removesuffix("```")
    try:
        parsed = json.loads(text)
    except ValueError:
        return None
    steps = parsed.get("steps") if isinstance(parsed, dict) else None
    if not isinstance(steps, list) or len(steps) != len(goals):
        return None
    if not all(isinstance(s, str) for s in steps):
        return None
    cleaned = [" ".join(s.split()) for s in steps]
    if not all(_step_is_fair(s, g, screener) for s, g in zip(cleaned, goals, strict=True)):
        return None
    return cleaned
