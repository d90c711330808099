"""Reflection prompts: the short questions asked after an attempt.

Reflection is where the practice turns an awkward minute into something learned, so
the questions fit what just happened (a no, a yes, a maybe, not trying) and come with
one of the general questions every attempt deserves. Prompts live in
`data/prompts.yaml`; an adapter reads the file and hands the mappings here.

Choice is pure: the caller passes the outcome, the ids asked recently and a seeded
random generator, so the same inputs always give the same questions.
"""

from __future__ import annotations

import random
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

GENERAL = "any"
ASKED = "asked"
"""General questions that take an ask for granted ("what actually happened?"): they follow
every outcome but not trying, which gets its own questions about what held the person back."""
OUTCOMES = ("no", "yes", "partly", "waiting", "didnt_try")
NOT_ASKED = "didnt_try"
GROUPS = (*OUTCOMES, ASKED, GENERAL)
ID_PATTERN = re.compile(r"^[a-z][a-z0-9-]{2,40}$")
FIELDS = ("id", "after", "text")


@dataclass(frozen=True, slots=True)
class Prompt:
    id: str
    after: str
    text: str


def _prompt_problems(index: int, data: Mapping[str, Any]) -> list[str]:
    where = f"prompt #{index + 1} ({data.get('id', '?')})"
    found: list[str] = []
    for key in FIELDS:
        value = data.get(key)
        if isinstance(value, bool):
            found.append(f'{where}: \'{key}\' must be text; quote "yes" and "no" in YAML')
        elif not isinstance(value, str) or not value.strip():
            found.append(f"{where}: '{key}' must be non-empty text")
    for key in data:
        if key not in FIELDS:
            found.append(f"{where}: unknown field '{key}'")
    prompt_id = data.get("id")
    if isinstance(prompt_id, str) and not ID_PATTERN.match(prompt_id):
        found.append(f"{where}: id must be lowercase letters, digits and dashes")
    after = data.get("after")
    if isinstance(after, str) and after not in GROUPS:
        found.append(f"{where}: after {after!r} is not one of {', '.join(GROUPS)}")
    return found


def validate_prompts(raw: Iterable[Mapping[str, Any]]) -> tuple[list[Prompt], list[str]]:
    """Turn raw mappings into prompts, returning every problem at once."""
    prompts: list[Prompt] = []
    problems: list[str] = []
    seen: set[str] = set()
    for index, data in enumerate(raw):
        if not isinstance(data, Mapping):
            problems.append(f"prompt #{index + 1}: must be a mapping with id, after and text")
            continue
        found = _prompt_problems(index, data)
        prompt_id = data.get("id")
        if isinstance(prompt_id, str):
            if prompt_id in seen:
                found.append(f"prompt #{index + 1} ({prompt_id}): duplicate id")
            seen.add(prompt_id)
        if found:
            problems.extend(found)
            continue
        prompts.append(Prompt(id=data["id"], after=data["after"], text=data["text"].strip()))
    return prompts, problems


def _fresh_first(
    prompts: Iterable[Prompt], recent_ids: Collection[str], rng: random.Random
) -> list[Prompt]:
    """Shuffled, with prompts not asked recently ahead of the ones that were."""
    ordered = sorted(prompts, key=lambda p: p.id)
    rng.shuffle(ordered)
    return [p for p in ordered if p.id not in recent_ids] + [
        p for p in ordered if p.id in recent_ids
    ]


def choose_prompts(
    prompts: Sequence[Prompt],
    outcome: str,
    recent_ids: Collection[str],
    rng: random.Random,
    count: int = 2,
) -> list[Prompt]:
    """Pick `count` prompts for an outcome: its own questions, plus one general question.

    General questions are those for any outcome, and, when an ask was made, those that
    take one for granted (`ASKED`); not trying never hears "what actually happened?".
    With two or more to pick, exactly one general prompt is included (more only when the
    outcome's own prompts run out), and it comes last so the specific question leads.
    With one to pick, it comes from the outcome's own prompts and the general ones alike.
    Prompts not in `recent_ids` are preferred while any remain.
    """
    if outcome not in OUTCOMES:
        raise ValueError(f"unknown outcome {outcome!r}")
    if count <= 0:
        return []
    specific = _fresh_first((p for p in prompts if p.after == outcome), recent_ids, rng)
    fits = {GENERAL} if outcome == NOT_ASKED else {GENERAL, ASKED}
    general = _fresh_first((p for p in prompts if p.after in fits), recent_ids, rng)
    if count == 1:
        pool = _fresh_first([*specific, *general], recent_ids, rng)
        return pool[:1]
    chosen = specific[: count - 1] if general else specific[:count]
    spare = count - len(chosen)
    return chosen + general[:spare]
