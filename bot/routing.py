"""The scheduler's `Sender`: each delivery goes out through its user's platform."""

from __future__ import annotations

from collections.abc import Mapping

from core.messages import Reply
from core.ports import Address, Sender, SendFailed


class PlatformRouter:
    def __init__(self, senders: Mapping[str, Sender]) -> None:
        self._senders = dict(senders)

    def add(self, platform: str, sender: Sender) -> None:
        self._senders[platform] = sender

    async def send(self, address: Address, reply: Reply) -> None:
        sender = self._senders.get(address.platform)
        if sender is None:
            # The platform is not running in this process (no token): try again later.
            raise SendFailed(f"{address.platform} is not running")
        await sender.send(address, reply)
