"""The one list of platforms: what start-up runs is what the tick drains."""

from __future__ import annotations

import pytest

from bot.logs import LIBRARY_LOGGERS
from bot.platforms import PLATFORMS, Wiring, configured, names, secrets
from bot.settings import Settings
from core.messages import Event, Reply, Tracked
from core.platform import Platform
from core.ports import Sent


class Quiet:
    async def handle(self, event: Event) -> list[Reply]:
        return []

    async def recipient_gone(self, platform: str, chat_id: str) -> None:
        return None

    async def group_gone(self, platform: str, chat_id: str) -> None:
        return None

    async def posted(self, platform: str, chat_id: str, tracked: Tracked, sent: Sent) -> None:
        return None


def no_inbox():  # polling, so no webhook inbox is ever opened
    raise AssertionError("no inbox without a webhook URL")


def settings(**tokens: str) -> Settings:
    """Settings from these values alone, not from the environment or a .env file."""
    return Settings.model_validate(tokens)


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        ({}, []),
        ({"telegram_bot_token": "1:tg"}, ["telegram"]),
        ({"discord_bot_token": "dc"}, ["discord"]),
        ({"telegram_bot_token": "1:tg", "discord_bot_token": "dc"}, ["telegram", "discord"]),
        ({"telegram_bot_token": "  "}, []),
    ],
)
def test_the_platforms_that_run_are_the_platforms_whose_cards_are_scheduled(tokens, expected):
    chosen = configured(settings(**tokens))
    built: list[Platform] = [
        entry.build(settings(**tokens), Wiring(Quiet(), no_inbox)) for entry in chosen
    ]

    assert names(chosen) == expected
    assert [platform.platform for platform in built] == expected


def test_every_registered_platform_says_what_it_can_show():
    every = {"telegram_bot_token": "1:tg", "discord_bot_token": "dc"}
    for entry in PLATFORMS:
        platform = entry.build(settings(**every), Wiring(Quiet(), no_inbox))
        assert platform.platform == entry.name
        assert platform.renders.images


def test_every_platforms_secrets_are_masked_in_the_logs():
    every = {
        "telegram_bot_token": "1:tg-secret",
        "telegram_webhook_secret": "hook-secret",
        "discord_bot_token": "dc-secret",
    }
    assert sorted(secrets(settings(**every))) == ["1:tg-secret", "dc-secret", "hook-secret"]
    assert tuple(entry.name for entry in PLATFORMS) == LIBRARY_LOGGERS


def test_the_advisors_key_is_masked_in_the_logs_too():
    from bot.app import _secrets

    masked = _secrets(settings(discord_bot_token="dc-secret", advisor_api_key="sk-advisor"))
    assert sorted(masked) == ["dc-secret", "sk-advisor"]


@pytest.mark.parametrize(
    ("given", "per_chat"), [({}, 1), ({"telegram_per_chat_per_second": "20"}, 20)]
)
def test_telegrams_pace_per_chat_is_its_own_limit_unless_set(given, per_chat):
    chosen = settings(telegram_bot_token="1:tg", **given)
    (entry,) = configured(chosen)
    platform = entry.build(chosen, Wiring(Quiet(), no_inbox))
    assert platform._limiter.limits.per_chat_per_second == per_chat  # type: ignore[attr-defined]


@pytest.mark.parametrize("pace", ["0", "1001", "fast"])
def test_a_pace_per_chat_out_of_range_is_refused(pace):
    with pytest.raises(ValueError, match="telegram_per_chat_per_second"):
        settings(telegram_per_chat_per_second=pace)
