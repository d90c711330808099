"""The fake Bot API's webhook: what setWebhook was told, and pushing updates to the bot.

Like Telegram, it posts each update as JSON with the secret token in
`X-Telegram-Bot-Api-Secret-Token`, and only a 2xx answer counts as delivered.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import aiohttp

from tests.fakes.telegram_api_methods import ApiRequest, bad_request
from tests.fakes.telegram_updates import Json

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


class FakeWebhook:
    def __init__(self, pending: Callable[[], int], drop_pending: Callable[[], None]) -> None:
        self.url = ""
        self.secret: str | None = None
        self.allowed_updates: list[str] | None = None
        self._pending = pending
        self._drop_pending = drop_pending

    def set(self, record: ApiRequest) -> bool:
        url = str(record.params.get("url") or "")
        if not url.startswith(("https://", "http://")):
            raise bad_request("bad webhook: an HTTPS URL must be provided for webhook")
        secret = record.params.get("secret_token")
        if secret is not None and not _SECRET.match(str(secret)):
            raise bad_request("bad webhook: secret token contains unallowed characters")
        self.url, self.secret = url, None if secret is None else str(secret)
        self.allowed_updates = record.params.get("allowed_updates")
        self._maybe_drop(record)
        return True

    def delete(self, record: ApiRequest) -> bool:
        self.url, self.secret, self.allowed_updates = "", None, None
        self._maybe_drop(record)
        return True

    def info(self, _record: ApiRequest) -> Json:
        info: Json = {
            "url": self.url,
            "has_custom_certificate": False,
            "pending_update_count": self._pending(),
        }
        if self.allowed_updates is not None:
            info["allowed_updates"] = self.allowed_updates
        return info

    async def post(self, update: Json, secret: str | None = None) -> int:
        """POST one update to the webhook; returns the HTTP status.

        `secret` None sends the registered one; an empty string sends no header at all.
        """
        assert self.url, "no webhook is set"
        token = self.secret if secret is None else secret
        headers = {SECRET_HEADER: token} if token else {}
        async with (
            aiohttp.ClientSession() as session,
            session.post(self.url, json=update, headers=headers) as response,
        ):
            await response.read()
            return response.status

    def _maybe_drop(self, record: ApiRequest) -> None:
        if str(record.params.get("drop_pending_updates", "")).lower() in ("true", "1"):
            self._drop_pending()
