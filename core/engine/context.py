"""What every use case needs: the ports, the content and the configuration."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from core.advisor.model import LanguageModel
from core.asks.model import AskModel
from core.care import Screener
from core.care.escalation import Escalation
from core.choose import CardPool
from core.crisis import CrisisDirectory
from core.deck import Card
from core.flood import FloodLimit
from core.model import User
from core.ports import Charts, Clock, Places, Store
from core.prompts import Prompt
from core.wellbeing import Thresholds

PLATFORM_MINIMUM_AGE = 13
"""Telegram and Discord do not allow anyone younger; the bot's own bar is never lower."""


@dataclass(frozen=True)
class Content:
    """The data the bot ships with (deck, prompts, crisis resources), loaded by `bot/`."""

    cards: tuple[Card, ...]
    prompts: tuple[Prompt, ...]
    crisis: CrisisDirectory
    youth: CrisisDirectory | None = None
    """Services for young people, shown to someone under the minimum age; else `crisis`."""
    screener: Screener = field(default_factory=Screener.rules_only)
    """Screens every free text for risk; `bot/` gives it the shipped model."""
    ask_model: AskModel | None = None
    """The own-card check's model (`core.asks.model`); None checks by the rules alone."""
    retired: tuple[Card, ...] = ()
    """Cards taken out of the deck: never offered, but an attempt stored under one of
    their ids still shows the card it was given."""
    _by_id: dict[str, Card] = field(init=False, repr=False, compare=False)
    pool: CardPool = field(init=False, repr=False, compare=False)
    """The deck arranged for choosing a card (`core.choose.CardPool`), once."""

    def __post_init__(self) -> None:
        known = {c.id: c for c in self.retired} | {c.id: c for c in self.cards}
        object.__setattr__(self, "_by_id", known)
        object.__setattr__(self, "pool", CardPool(self.cards))

    def card(self, card_id: str) -> Card | None:
        """A deck card or a retired one, by id; None for an id never shipped."""
        return self._by_id.get(card_id)


@dataclass(frozen=True, slots=True)
class EngineConfig:
    """Behaviour that an operator may tune; the defaults are the documented ones."""

    consent_version: str = "2026-12-03.1"
    """Which consent text the user agreed to; change it whenever that text changes."""
    minimum_age: int = 18
    """Who may use the bot. 18 is the bar mental-health apps have settled on; never set it
    below 13, the platforms' own minimum (the config refuses to be built that way)."""
    record_grace_days: int = 2
    """How many days after a card's date its outcome can still be recorded."""
    followup_days: int = 3
    """When an answer is pending ("waiting"), ask again after this many days."""
    catch_up_until: time = time(21, 0)
    """After downtime a morning card still goes out until this local time that day."""
    delivery_lease: timedelta = timedelta(minutes=5)
    """How long a claimed delivery is left to one worker before another may retry it."""
    max_text: int = 4000
    safety_resume_after: timedelta = timedelta(hours=24)
    wellbeing: Thresholds = field(default_factory=Thresholds)
    escalation: Escalation = field(default_factory=Escalation)
    """When persistent low moods bring a word beyond the rest nudge (core/care/escalation.py)."""
    flood: FloodLimit = field(default_factory=FloodLimit)
    """How many messages a minute one person may send before the bot asks them to slow down."""
    notes_enabled: bool = True
    """Notes for the next person (`NOTES_ENABLED`): off, none is written or shown."""

    def __post_init__(self) -> None:
        if self.minimum_age < PLATFORM_MINIMUM_AGE:
            raise ValueError(
                f"minimum_age {self.minimum_age} is below the platforms' own minimum of "
                f"{PLATFORM_MINIMUM_AGE}"
            )


@dataclass(frozen=True, slots=True)
class Ctx:
    store: Store
    clock: Clock
    places: Places
    content: Content
    config: EngineConfig
    charts: Charts
    advisor: LanguageModel | None = None
    """The optional language model (off unless configured); the embedded advisor needs none."""

    def now(self) -> datetime:
        return self.clock.now()

    def zone(self, user: User) -> ZoneInfo:
        return ZoneInfo(user.timezone)

    def today(self, user: User) -> date:
        return self.now().astimezone(self.zone(user)).date()

    async def set_state(self, user: User, state: str = "", **data: object) -> User:
        """Move the conversation on; saved at once so a restart resumes right here."""
        changed = replace(user, state=state, state_data=dict(data))
        await self.store.save_user(changed)
        return changed
