"""The use cases: onboarding, card of the day, outcomes, reflection, rest, account."""

from core.engine.context import Content, Ctx, EngineConfig
from core.engine.delivery import Deliveries
from core.engine.engine import Engine

__all__ = ["Content", "Ctx", "Deliveries", "Engine", "EngineConfig"]
