"""The scheduler's `Sender`: each delivery goes out through its user's platform."""

from __future__ import annotations

from collections.abc import Mapping

from core.messages import Reply
from core.ports import Address, Editor, MessageGone, Sender, SendFailed, Sent


class PlatformRouter:
    def __init__(self, senders: Mapping[str, Sender]) -> None:
        self._senders = dict(senders)

    def add(self, platform: str, sender: Sender) -> None:
        self._senders[platform] = sender

    async def send(self, address: Address, reply: Reply) -> Sent | None:
        return await self._sender(address).send(address, reply)

    async def edit_message(self, address: Address, message_id: str, reply: Reply) -> None:
        """The `Editor` port, for the platforms that are one (every `Platform` is)."""
        await self._editor(address).edit_message(address, message_id, reply)

    async def delete_message(self, address: Address, message_id: str) -> None:
        await self._editor(address).delete_message(address, message_id)

    def _sender(self, address: Address) -> Sender:
        sender = self._senders.get(address.platform)
        if sender is None:
            # The platform is not running in this process (no token): try again later.
            raise SendFailed(f"{address.platform} is not running")
        return sender

    def _editor(self, address: Address) -> Editor:
        sender = self._sender(address)
        if not isinstance(sender, Editor):
            raise MessageGone(f"{address.platform} cannot change what it sent")
        return sender
