"""Logging set-up: one format, quiet HTTP clients, and secrets never written out.

The HTTP client logs request URLs, and Telegram puts the token in the URL; so
`httpx` stays at WARNING and a filter on every handler masks each secret anyway.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable

from adapters.log_redaction import RedactSecrets

QUIET_LOGGERS = ("httpx", "httpcore", "apscheduler", "aiosqlite")


def configure_logging(level: str, secrets: Iterable[str] = ()) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactSecrets(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(max(logging.WARNING, logging.getLevelName(level)))
