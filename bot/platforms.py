"""The one list of chat platforms: which are configured, and how each is built.

Both the start-up (which adapters run) and the tick (which delivery queues it drains) read
this list, so a platform cannot run without getting its scheduled cards, or the other way
round. Adding a platform is one entry here, its settings in `bot/settings.py`, and its
folder under `adapters/` (see docs/architecture.md). The console is not listed: it is
the chat `askanyway console` opens instead of the platforms, not one beside them.

Each builder imports its adapter when called, so a bot without a Discord token never
imports discord.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pydantic import SecretStr

from bot.settings import Settings, split_listen
from core.commands import user_commands
from core.platform import Platform
from core.ports import Conversation

if TYPE_CHECKING:
    from adapters.telegram.webhook import TelegramWebhook
    from core.ports_inbound import InboundStore


@dataclass(frozen=True, slots=True)
class Wiring:
    """What the composition root hands every platform builder."""

    conversation: Conversation
    inbound: Callable[[], InboundStore]
    """Opens the store of inbound updates, for a platform that receives them by webhook."""
    rate_limited: Callable[[str, float], None] | None = None
    """Told (platform, seconds asked) of each 429 a platform's own sender meets, for metrics."""


@dataclass(frozen=True, slots=True)
class PlatformEntry:
    name: str
    configured: Callable[[Settings], bool]
    build: Callable[[Settings, Wiring], Platform]
    secrets: Callable[[Settings], Sequence[SecretStr | None]]
    """The settings that must never reach a log (tokens, webhook secrets)."""
    library_logger: str
    """The client library's logger, kept at INFO: at DEBUG it logs what people wrote."""


def _telegram(settings: Settings, wiring: Wiring) -> Platform:
    from adapters.telegram.platform import TelegramAdapter, TelegramLimits

    assert settings.telegram_bot_token is not None
    return TelegramAdapter(
        token=settings.telegram_bot_token.get_secret_value(),
        base_url=settings.telegram_api_base_url,
        limits=TelegramLimits(per_chat_per_second=settings.telegram_per_chat_per_second),
        conversation=wiring.conversation,
        commands=user_commands(),
        webhook=_telegram_webhook(settings, wiring),
        on_rate_limited=_for_platform(wiring.rate_limited, "telegram"),
    )


def _for_platform(
    told: Callable[[str, float], None] | None, platform: str
) -> Callable[[float], None] | None:
    if told is None:
        return None
    return lambda seconds: told(platform, seconds)


def _telegram_webhook(settings: Settings, wiring: Wiring) -> TelegramWebhook | None:
    """Webhook mode when TELEGRAM_WEBHOOK_URL is set; its inbox shares the store's database."""
    if settings.telegram_webhook_url is None:
        return None
    from adapters.telegram.webhook import TelegramWebhook, WebhookOptions

    host, port = split_listen(settings.telegram_webhook_listen)
    secret = settings.telegram_webhook_secret
    options = WebhookOptions(
        url=settings.telegram_webhook_url,
        host=host,
        port=port,
        secret=secret.get_secret_value() if secret is not None else None,
    )
    return TelegramWebhook(options, wiring.inbound())


def _discord(settings: Settings, wiring: Wiring) -> Platform:
    from adapters.discord.platform import DiscordAdapter

    assert settings.discord_bot_token is not None
    return DiscordAdapter(
        token=settings.discord_bot_token.get_secret_value(),
        conversation=wiring.conversation,
        commands=user_commands(),
        api_base_url=settings.discord_api_base_url,
        gateway_url=settings.discord_gateway_url,
        sharded=settings.discord_sharded,
        admin_roles=settings.challenge_roles,
    )


PLATFORMS: tuple[PlatformEntry, ...] = (
    PlatformEntry(
        "telegram",
        configured=lambda s: s.telegram_bot_token is not None,
        build=_telegram,
        secrets=lambda s: (s.telegram_bot_token, s.telegram_webhook_secret),
        library_logger="telegram",
    ),
    PlatformEntry(
        "discord",
        configured=lambda s: s.discord_bot_token is not None,
        build=_discord,
        secrets=lambda s: (s.discord_bot_token,),
        library_logger="discord",
    ),
)


def configured(
    settings: Settings, entries: Sequence[PlatformEntry] = PLATFORMS
) -> list[PlatformEntry]:
    """The platforms that have what they need to run (a token), in the registry's order."""
    return [entry for entry in entries if entry.configured(settings)]


def names(entries: Sequence[PlatformEntry]) -> list[str]:
    return [entry.name for entry in entries]


def secrets(settings: Settings) -> list[str]:
    """Every platform's secrets that are set, for the log filter (configured or not)."""
    found = (secret for entry in PLATFORMS for secret in entry.secrets(settings))
    return [secret.get_secret_value() for secret in found if secret is not None]
