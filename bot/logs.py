"""Logging set-up: one format (text or JSON lines), quiet libraries, secrets never written out.

The HTTP client logs request URLs, and Telegram puts the token in the URL; so
`httpx` stays at WARNING and a filter on every handler masks each secret anyway,
Discord's per-conversation interaction tokens included. The chat libraries log every
update and request body at DEBUG, and those hold what people wrote, so they stay at
INFO whatever `LOG_LEVEL` says.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Literal, TextIO

from adapters.log_redaction import RedactSecrets
from bot.platforms import PLATFORMS

LogFormat = Literal["text", "json"]
QUIET_LOGGERS = ("httpx", "httpcore", "apscheduler", "aiosqlite")
LIBRARY_LOGGERS = tuple(entry.library_logger for entry in PLATFORMS)
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class JsonLines(logging.Formatter):
    """One JSON object per line: time (UTC, ISO 8601), level, logger, message, error.

    It formats the record after the redaction filter has run, from the very fields that
    filter cleaned (the message and the traceback text), so JSON lines carry no more
    than text lines do.
    """

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            line["error"] = record.exc_text
        if record.stack_info:
            line["stack"] = record.stack_info
        return json.dumps(line, ensure_ascii=False)


def configure_logging(
    level: str,
    secrets: Iterable[str] = (),
    log_format: LogFormat = "text",
    stream: TextIO | None = None,
) -> None:
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonLines() if log_format == "json" else logging.Formatter(TEXT_FORMAT))
    handler.addFilter(RedactSecrets(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    numeric = logging.getLevelName(level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(max(logging.WARNING, numeric))
    for name in LIBRARY_LOGGERS:
        logging.getLogger(name).setLevel(max(logging.INFO, numeric))
