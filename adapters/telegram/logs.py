"""Keep the bot token out of the logs.

Telegram puts the token in every URL (`/bot<token>/sendMessage`), and httpx logs URLs
at INFO. A leaked token lets anyone speak as the bot, so the HTTP loggers are held at
WARNING and a filter replaces the token with `***` in every record that reaches the
root handlers or the loggers named here, messages, arguments and tracebacks alike.
The filter itself is `adapters.log_redaction.RedactSecrets`, the project's one redaction
filter; this
module installs it for the adapter's token, so the adapter is safe even when it runs
without `bot.logs.configure_logging` (as in the adapter tests).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from adapters.log_redaction import RedactSecrets

HTTP_LOGGERS = ("httpx", "httpcore")
LIBRARY_LOGGER = "telegram"
REDACTED_LOGGERS = ("adapters", "bot", "telegram", "apscheduler", *HTTP_LOGGERS)


def redact_token(token: str) -> logging.Filter:
    """A filter that masks `token` in a record's message and traceback; it never drops one."""
    return RedactSecrets([token])


def quiet_library_loggers() -> None:
    """Hold back library logs that carry secrets or what people wrote.

    httpx and httpcore log request URLs (with the token) at INFO and DEBUG;
    python-telegram-bot logs every update and reply in full at DEBUG, and those hold
    moods and reflections. INFO keeps its lifecycle lines.
    """
    for name in HTTP_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    library = logging.getLogger(LIBRARY_LOGGER)
    library.setLevel(max(library.getEffectiveLevel(), logging.INFO))


def install_token_redaction(token: str) -> Callable[[], None]:
    """Mask `token` on the root handlers and the bot's loggers; returns the undo.

    Logger filters only see records logged on that very logger, so the root handlers,
    which every propagated record passes, carry the filter too. Install after logging
    is configured, so the handlers exist.
    """
    mask = redact_token(token)
    targets: list[logging.Filterer] = [*logging.getLogger().handlers]
    targets += [logging.getLogger(name) for name in REDACTED_LOGGERS]
    for target in targets:
        target.addFilter(mask)

    def uninstall() -> None:
        for target in targets:
            target.removeFilter(mask)

    return uninstall
