"""Logging set-up: one format, quiet HTTP clients, and secrets never written out.

The HTTP client logs request URLs, and Telegram puts the token in the URL; so
`httpx` stays at WARNING and a filter on every handler masks each secret anyway.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable

QUIET_LOGGERS = ("httpx", "httpcore", "apscheduler", "aiosqlite")


class RedactSecrets(logging.Filter):
    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self._secrets = sorted({s for s in secrets if len(s) >= 6}, key=len, reverse=True)

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._secrets:
            return True
        message = record.getMessage()
        cleaned = message
        for secret in self._secrets:
            cleaned = cleaned.replace(secret, "***")
        if cleaned != message or record.exc_info:
            if record.exc_info:
                formatted = logging.Formatter().formatException(record.exc_info)
                for secret in self._secrets:
                    formatted = formatted.replace(secret, "***")
                cleaned = f"{cleaned}\n{formatted}"
                record.exc_info = None
                record.exc_text = None
            record.msg, record.args = cleaned, None
        return True


def configure_logging(level: str, secrets: Iterable[str] = ()) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactSecrets(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(max(logging.WARNING, logging.getLevelName(level)))
