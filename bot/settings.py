"""Configuration from the environment and `.env`, read once at the edge.

Core gets plain values from here; nothing else reads the environment. A bad value
stops start-up with one line that names the variable (see `load_settings`).
"""

from __future__ import annotations

import re
from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]
LogFormat = Literal["text", "json"]
DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///var/askanyway.db"
DEFAULT_WEBHOOK_LISTEN = "127.0.0.1:8443"
_WEBHOOK_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")
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
    telegram_webhook_url: str | None = None
    telegram_webhook_listen: str = DEFAULT_WEBHOOK_LISTEN
    telegram_webhook_secret: SecretStr | None = None
    telegram_per_chat_per_second: int = Field(1, ge=1, le=1000)
    """Sends to one chat in any second: Telegram's own limit is one, and past it Telegram
    answers 429. Only a server that allows more should be given more, such as the local fake the
    end-to-end tests run against: their conversations are about what is said, not its pace, which
    the rate limiter's own tests and the scaling tests check at Telegram's limits."""
    discord_bot_token: SecretStr | None = None
    discord_api_base_url: str | None = None
    discord_gateway_url: str | None = None
    discord_sharded: bool = False
    discord_challenge_roles: str = ""
    """Server roles (names or ids, comma-separated) that may start and stop group challenges
    besides members with Manage Server."""
    database_url: str = DEFAULT_DATABASE_URL
    tick_seconds: float = Field(30.0, alias="ASKANYWAY_TICK_SECONDS", gt=0, le=3600)
    process_timeout_seconds: float = Field(
        15.0, alias="ASKANYWAY_PROCESS_TIMEOUT_SECONDS", ge=2, le=300
    )
    """A process whose heartbeat is older than this is gone: its claims are taken over."""
    log_level: LogLevel = "INFO"
    log_format: LogFormat = "text"
    """`json`: one JSON object per line (time, level, logger, message, error), for log shippers."""
    metrics_listen: str | None = None
    """host:port of the health and metrics endpoint (/healthz, /readyz, /metrics); unset: off."""
    minimum_age: int = Field(18, alias="ASKANYWAY_MINIMUM_AGE", ge=13, le=99)
    """Never below 13, the platforms' own minimum; 18 is where mental-health apps settled."""
    advisor_base_url: str | None = None
    """An OpenAI-compatible API (e.g. http://127.0.0.1:11434/v1 for Ollama); unset: no model."""
    advisor_model: str = ""
    advisor_api_key: SecretStr | None = None
    advisor_timeout_seconds: float = Field(10.0, gt=0, le=120)
    notes_enabled: bool = True
    """NOTES_ENABLED: notes for the next person (written after a card, shown under it)."""

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper_log_level(cls, value: object) -> object:
        return value.strip().upper() if isinstance(value, str) else value

    @field_validator("log_format", mode="before")
    @classmethod
    def _lower_log_format(cls, value: object) -> object:
        if isinstance(value, str):
            return value.strip().lower() or "text"
        return value

    @field_validator("metrics_listen", mode="before")
    @classmethod
    def _optional_listen(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            return None
        if isinstance(value, str):
            split_listen(value)  # raises on a bad one
        return value

    @field_validator(
        "telegram_bot_token",
        "telegram_webhook_url",
        "telegram_webhook_secret",
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

    @field_validator("telegram_webhook_url")
    @classmethod
    def _public_https(cls, value: str | None) -> str | None:
        if value is None:
            return None
        parts = urlsplit(value)
        if parts.scheme != "https" or not parts.netloc:
            raise ValueError("must be the public https:// address Telegram posts updates to")
        return value

    @field_validator("telegram_webhook_listen", mode="before")
    @classmethod
    def _host_and_port(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            return DEFAULT_WEBHOOK_LISTEN
        if isinstance(value, str):
            split_listen(value)  # raises on a bad one
        return value

    @field_validator("telegram_webhook_secret")
    @classmethod
    def _telegram_alphabet(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not _WEBHOOK_SECRET.fullmatch(value.get_secret_value()):
            raise ValueError("may hold 1 to 256 letters, digits, _ and - (nothing else)")
        return value

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
    def challenge_roles(self) -> tuple[str, ...]:
        return tuple(r.strip() for r in self.discord_challenge_roles.split(",") if r.strip())


def split_listen(listen: str) -> tuple[str, int]:
    """`127.0.0.1:8443` or `[::1]:8443` as host and port."""
    host, _colon, port = listen.strip().rpartition(":")
    host = host.removeprefix("[").removesuffix("]")
    if not host or not port.isdecimal() or not 0 < int(port) < 65536:
        raise ValueError("must be host:port, like 127.0.0.1:8443")
    return host, int(port)


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
