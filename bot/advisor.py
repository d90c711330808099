"""The optional language model, from the settings: None (the embedded advisor only) unless
both ADVISOR_BASE_URL and ADVISOR_MODEL are set."""

from __future__ import annotations

from adapters.llm.openai_compatible import OpenAICompatibleModel
from bot.settings import Settings
from core.advisor.model import LanguageModel


def language_model(settings: Settings) -> LanguageModel | None:
    if not settings.advisor_base_url or not settings.advisor_model:
        return None
    key = settings.advisor_api_key.get_secret_value() if settings.advisor_api_key else ""
    return OpenAICompatibleModel(
        settings.advisor_base_url,
        settings.advisor_model,
        key,
        settings.advisor_timeout_seconds,
    )
