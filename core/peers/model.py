"""A note for the next person: a few words one user leaves on a card for whoever gets it
later. Anonymous to readers; it belongs to its writer (their export, their erasure)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class NoteStatus(StrEnum):
    APPROVED = "approved"
    """Passed the screening (or an operator approved it): may be shown."""
    HELD = "held"
    """Something in it needs a person's eyes first; shown to nobody until approved."""
    HIDDEN = "hidden"
    """Reported by two people, or hidden by an operator: shown to nobody."""


@dataclass(frozen=True, slots=True)
class Note:
    id: int
    user_id: int
    card_id: str
    text: str
    created_at: datetime
    status: NoteStatus
    reason: str = ""
    """Why it is held or hidden (a `core.peers.notes` reason), empty when approved."""
    reports: int = 0
    """How many different people reported it."""
