"""Configuration from the environment and `.env`, read once at the edge.

Core gets plain values from here; nothing else reads the environment. A bad value
stops start-up with one line that names the variable (see `load_settings`).
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]
DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///var/askanyway.db"
_DRIVERS = {
    "sqlite": "sqlite+aiosqlite",
    "sqlite+aiosqlite": "sqlite+aiosqlite",
    "postgres": "postgresql+asyncpg",
    "postgresql": "postgresql+asyncpg",
    "postgresql+asyncpg": "postgresql+asyncpg",
}


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    telegram_bot_token: SecretStr | None = None
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    discord_bot_token: SecretStr | None = None
    discord_api_base_url: str | None = None
    discord_gateway_url: str | None = None
    discord_sharded: bool = False
    database_url: str = DEFAULT_DATABASE_URL
    tick_seconds: float = Field(30.0, alias="ASKANYWAY_TICK_SECONDS", gt=0, le=3600)
    log_level: LogLevel = "INFO"

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper_log_level(cls, value: object) -> object:
        return value.strip().upper() if isinstance(value, str) else value

    @field_validator(
        "telegram_bot_token",
        "discord_bot_token",
        "discord_api_base_url",
        "discord_gateway_url",
        mode="before",
    )
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("telegram_api_base_url", mode="before")
    @classmethod
    def _blank_is_default(cls, value: object) -> object:
        return (
            "https://api.telegram.org/bot"
            if isinstance(value, str) and not value.strip()
            else value
        )

    @field_validator("database_url")
    @classmethod
    def _known_database(cls, value: str) -> str:
        """Accept the usual spellings and pin each to its async driver."""
        try:
            url = make_url(value)
        except ArgumentError as error:
            raise ValueError("is not a database URL (try sqlite:///var/askanyway.db)") from error
        driver = _DRIVERS.get(url.drivername)
        if driver is None:
            raise ValueError(f"uses '{url.drivername}': only SQLite and PostgreSQL are supported")
        return url.set(drivername=driver).render_as_string(hide_password=False)

    @property
    def platforms(self) -> list[str]:
        found = []
        if self.telegram_bot_token:
            found.append("telegram")
        if self.discord_bot_token:
            found.append("discord")
        return found


class SettingsError(Exception):
    """A bad setting, explained in one line that names the variable."""


def _variable(field_name: str) -> str:
    info = Settings.model_fields.get(field_name)
    return (info.alias if info and info.alias else field_name).upper()


def load_settings(**overrides: object) -> Settings:
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as error:
        first = error.errors()[0]
        name = _variable(str(first["loc"][0])) if first["loc"] else "settings"
        message = first["msg"].removeprefix("Value error, ")
        raise SettingsError(f"{name}: {message}") from None
