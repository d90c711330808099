"""Two processes polling one bot token: Telegram answers getUpdates with 409 Conflict, and
the operator is told clearly what to do instead of reading a quiet retry."""

from __future__ import annotations

import logging

import pytest
from telegram.error import Conflict, NetworkError

from adapters.telegram import platform


def test_a_second_poller_on_the_token_is_named_and_webhook_mode_suggested(
    caplog: pytest.LogCaptureFixture,
) -> None:
    platform._CONFLICTS[0] = 0
    with caplog.at_level(logging.WARNING, logger=platform.__name__):
        for _ in range(10):
            platform._log_polling_error(
                Conflict(
                    "terminated by other getUpdates request; make sure that only one bot "
                    "instance is running"
                )
            )
        platform._log_polling_error(NetworkError("connection reset"))

    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    conflicts = [w for w in warnings if "another process is polling" in w]
    assert len(conflicts) == 2  # the first, then every tenth: clear without flooding
    assert "webhook mode" in conflicts[0] and "count 1)" in conflicts[0]
    assert "count 10)" in conflicts[1]
    assert warnings[-1] == "polling Telegram failed (NetworkError); retrying"
