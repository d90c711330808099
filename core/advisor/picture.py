"""What the ladder picture shows: each rung, bottom to top, and where the user stands."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

from core.advisor.plan import Plan, RungKind


class Standing(StrEnum):
    DONE = "done"
    HERE = "here"
    AHEAD = "ahead"


@dataclass(frozen=True, slots=True)
class PictureRung:
    number: int
    title: str
    level: int
    fear: int
    goal: bool
    standing: Standing


@dataclass(frozen=True, slots=True)
class LadderPicture:
    rungs: tuple[PictureRung, ...]
    """Rung 1 first (drawn at the bottom)."""


def ladder_picture(plan: Plan, done: Collection[str], current: int | None) -> LadderPicture:
    def standing(index: int, card_id: str) -> Standing:
        if card_id in done:
            return Standing.DONE
        return Standing.HERE if index == current else Standing.AHEAD

    return LadderPicture(
        tuple(
            PictureRung(
                i + 1,
                r.title,
                r.level,
                r.fear,
                r.kind is RungKind.GOAL,
                standing(i, r.card_id),
            )
            for i, r in enumerate(plan.rungs)
        )
    )
