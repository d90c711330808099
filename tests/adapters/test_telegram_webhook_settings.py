"""Webhook settings: refused at start-up, in one line naming the variable, when Telegram would."""

from __future__ import annotations

import pytest

from bot.settings import SettingsError, load_settings


@pytest.mark.parametrize(
    ("setting", "value", "complaint"),
    [
        ("telegram_webhook_url", "http://bot.example.org/telegram", "TELEGRAM_WEBHOOK_URL"),
        ("telegram_webhook_listen", "8443", "TELEGRAM_WEBHOOK_LISTEN"),
        ("telegram_webhook_listen", "127.0.0.1:70000", "TELEGRAM_WEBHOOK_LISTEN"),
        ("telegram_webhook_secret", "spaces are not allowed", "TELEGRAM_WEBHOOK_SECRET"),
    ],
)
def test_webhook_settings_refuse_what_telegram_would_refuse(setting, value, complaint):
    with pytest.raises(SettingsError, match=complaint):
        load_settings(_env_file=None, **{setting: value})


def test_webhook_settings_default_to_polling_and_a_local_listener():
    settings = load_settings(
        _env_file=None,
        telegram_webhook_url="",
        telegram_webhook_listen="",
        telegram_webhook_secret="",
    )

    assert settings.telegram_webhook_url is None
    assert settings.telegram_webhook_listen == "127.0.0.1:8443"
    assert settings.telegram_webhook_secret is None
