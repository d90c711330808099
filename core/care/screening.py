"""Screening a message for risk, in two tiers: clear risk and possible risk.

Clear risk (explicit intent, a plan or a method, a farewell, self-harm now) gets the
crisis reply at once. Possible risk (hopelessness, feeling a burden, wanting to
disappear, a method named without intent, ambiguous shorthand) gets a private check-in
that asks the person directly. The word rules in `core.safety` catch clear risk; a
small statistical model, when one is given, adds what the words miss.

The `Screener` is built once at start-up: the composition root loads the shipped model
(core never reads files) and tests build one with `Screener.rules_only()`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from core.safety import CrisisKind, screen


class Risk(StrEnum):
    CLEAR = "clear"
    """Answer with the crisis reply at once."""
    POSSIBLE = "possible"
    """Ask the person directly, with a private check-in."""


@dataclass(frozen=True, slots=True)
class Screening:
    """What a message suggests: how sure, and of what kind of crisis."""

    risk: Risk
    kind: CrisisKind


class Screener:
    """Screens free text; deterministic, and fast enough to run on every message."""

    __slots__ = ()

    @classmethod
    def rules_only(cls) -> Screener:
        """The word rules alone: every hit is clear risk, nothing is possible risk."""
        return cls()

    def screen(self, text: str) -> Screening | None:
        """The risk a message suggests, or None when it suggests none."""
        kind = screen(text)
        return None if kind is None else Screening(Risk.CLEAR, kind)
