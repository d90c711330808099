"""A logging filter that masks secrets wherever they appear in a record.

Two kinds of secret: the bot tokens the process was given, masked by value, and the
short-lived tokens a platform hands out per conversation (Discord interaction tokens,
which let their holder post as the bot in that conversation for 15 minutes), masked by
where they sit in a URL or a payload.

It lives with the adapters because they install it for their own tokens even when they
run without the composition root (as in their tests); `bot.logs` installs it on the
root handler for every configured token.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

MASK = "***"

# Where a per-conversation token sits: `/interactions/<id>/<token>/callback`,
# `/webhooks/<application>/<token>/...`, and `"token": "..."` in a logged payload.
TOKEN_PLACES = (
    re.compile(r"(/interactions/\d+/)[^/\s'\"?]+"),
    re.compile(r"(/webhooks/\d+/)[^/\s'\"?]+"),
    re.compile(r"""(['"]token['"]\s*:\s*['"])[^'"]+"""),
    # asyncpg quotes a value it could not encode: it may be something a person wrote.
    re.compile(r"(invalid input for query argument \$\d+: )[^\n]*"),
)


def mask_token_places(text: str) -> str:
    """`text` with every token found by its place replaced by the mask."""
    for place in TOKEN_PLACES:
        text = place.sub(rf"\g<1>{MASK}", text)
    return text


class RedactSecrets(logging.Filter):
    """Masks every secret in a record's message, arguments, traceback and stack; never drops one.

    The one redaction filter of the project: `bot.logs` puts it on the root handler and
    the Telegram adapter installs it for its own token too. Secrets shorter than six
    characters are ignored: masking them would mangle ordinary words and they are not
    real tokens anyway. Tokens found by their place are masked whatever secrets were given.
    """

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self._secrets = sorted({s for s in secrets if len(s) >= 6}, key=len, reverse=True)

    def _clean(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, MASK)
        return mask_token_places(text)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a malformed record: logging reports it itself
            return True
        cleaned = self._clean(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self._clean(record.exc_text)
        if record.stack_info:
            record.stack_info = self._clean(record.stack_info)
        return True
