"""The JSON the fake Discord sends and keeps: users, servers, messages, interactions.

Only the fields discord.py 2.7 reads when it parses these objects, with plausible values.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

API = "/api/v10"
TIMESTAMP = "2024-05-01T09:00:00+00:00"
EPHEMERAL = 1 << 6
LOADING = 1 << 7
MESSAGE_CONTENT_INTENT = 1 << 15

Json = dict[str, Any]


MEMBER_PERMISSIONS = "2248473465835073"
"""What an ordinary member may do in a channel (no Manage Server, no Administrator)."""
MANAGE_GUILD = 1 << 5
ADMIN_PERMISSIONS = str(int(MEMBER_PERMISSIONS) | MANAGE_GUILD)


@dataclass(frozen=True, slots=True)
class FakeUser:
    id: int
    name: str = "sam"
    bot: bool = False
    permissions: str = MEMBER_PERMISSIONS
    """The member's resolved permissions in a server channel, as interactions carry them."""
    roles: tuple[int, ...] = ()

    def payload(self) -> Json:
        return {
            "id": str(self.id),
            "username": self.name,
            "global_name": self.name.title(),
            "discriminator": "0",
            "avatar": None,
            "bot": self.bot,
            "public_flags": 0,
        }

    def member(self) -> Json:
        return {
            "user": self.payload(),
            "roles": [str(role) for role in self.roles],
            "joined_at": TIMESTAMP,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "permissions": self.permissions,
        }


@dataclass(frozen=True, slots=True)
class FakeGuild:
    id: int = 3_000_000_000_000_001
    channel_id: int = 3_000_000_000_000_002
    name: str = "Practice circle"
    roles: tuple[tuple[int, str], ...] = ()
    """(id, name) of the server's roles besides @everyone."""

    def channel(self) -> Json:
        return {
            "id": str(self.channel_id),
            "type": 0,
            "guild_id": str(self.id),
            "name": "general",
            "position": 0,
            "permission_overwrites": [],
            "nsfw": False,
            "parent_id": None,
            "topic": None,
            "rate_limit_per_user": 0,
        }

    def create_event(self) -> Json:
        return {
            "id": str(self.id),
            "name": self.name,
            "unavailable": False,
            "member_count": 2,
            "owner_id": "1",
            "joined_at": TIMESTAMP,
            "features": [],
            "roles": [_role(role_id, name) for role_id, name in self.roles],
            "emojis": [],
            "stickers": [],
            "members": [],
            "threads": [],
            "channels": [self.channel()],
        }


def _role(role_id: int, name: str) -> Json:
    return {
        "id": str(role_id),
        "name": name,
        "permissions": "0",
        "position": 1,
        "color": 0,
        "hoist": False,
        "managed": False,
        "mentionable": False,
        "flags": 0,
    }


@dataclass(slots=True)
class RecordedFile:
    filename: str
    content_type: str
    data: bytes


@dataclass(slots=True)
class Recorded:
    """One REST request as the fake saw it; `at` is the event loop's clock on arrival."""

    method: str
    path: str
    route: str
    json: Any
    files: list[RecordedFile]
    query: dict[str, str]
    at: float
    status: int = 0


@dataclass(slots=True)
class FakeInteraction:
    id: int
    token: str
    channel_id: int
    message_id: int | None = None
    original_id: int | None = None
    callbacks: list[Json] = field(default_factory=list)


def dm_channel(channel_id: int, user: FakeUser) -> Json:
    return {"id": str(channel_id), "type": 1, "recipients": [user.payload()]}


def application(application_id: int, bot: FakeUser) -> Json:
    return {
        "id": str(application_id),
        "name": "Ask Anyway",
        "description": "",
        "icon": None,
        "bot_public": True,
        "bot_require_code_grant": False,
        "owner": FakeUser(1, "owner").payload(),
        "verify_key": "0" * 64,
        "flags": 0,
        "bot": bot.payload(),
    }


def message(
    message_id: int,
    channel_id: int,
    author: FakeUser,
    body: Json,
    files: Sequence[RecordedFile] = (),
) -> Json:
    created: Json = {
        "id": str(message_id),
        "channel_id": str(channel_id),
        "author": author.payload(),
        "type": 0,
        "content": body.get("content") or "",
        "embeds": body.get("embeds") or [],
        "components": body.get("components") or [],
        "attachments": [],
        "flags": body.get("flags", 0),
        "timestamp": TIMESTAMP,
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "pinned": False,
    }
    if body.get("nonce") is not None:
        created["nonce"] = body["nonce"]
    attach(created, files)
    return created


def attach(message: Json, files: Sequence[RecordedFile]) -> None:
    message["attachments"] = [
        {
            "id": str(index),
            "filename": file.filename,
            "size": len(file.data),
            "url": f"https://cdn.invalid/{file.filename}",
            "proxy_url": f"https://cdn.invalid/{file.filename}",
            "content_type": file.content_type,
        }
        for index, file in enumerate(files)
    ]


def apply_edit(message: Json, body: Json, files: Sequence[RecordedFile]) -> None:
    for key in ("content", "embeds", "components"):
        if key in body:
            message[key] = body[key] or ("" if key == "content" else [])
    if "attachments" in body or files:
        attach(message, files)
    message["edited_timestamp"] = TIMESTAMP


def interaction(
    interaction_id: int,
    application_id: int,
    kind: int,
    data: Json,
    *,
    user: FakeUser,
    channel: Json,
    guild: FakeGuild | None,
) -> Json:
    created: Json = {
        "id": str(interaction_id),
        "application_id": str(application_id),
        "type": kind,
        "data": data,
        "token": f"interaction-token-{interaction_id}",
        "version": 1,
        "locale": "en-GB",
        "app_permissions": "0",
        "entitlements": [],
        "attachment_size_limit": 10_485_760,
        "authorizing_integration_owners": {},
        "channel_id": channel["id"],
        "channel": channel,
    }
    if guild is None:
        created.update(user=user.payload(), context=1)
    else:
        created.update(guild_id=str(guild.id), member=user.member(), context=0)
    return created


def json_response(
    data: Any, *, status: int = 200, headers: dict[str, str] | None = None
) -> web.Response:
    """JSON with the content type discord.py insists on: exactly `application/json`."""
    return web.Response(
        body=json.dumps(data).encode(),
        status=status,
        headers={"Content-Type": "application/json", **(headers or {})},
    )


async def read_body(request: web.Request) -> tuple[Any, list[RecordedFile]]:
    """The JSON body, from `payload_json` when discord.py sent files as multipart."""
    if request.content_type.startswith("multipart/"):
        form = await request.post()
        files = [
            RecordedFile(value.filename, value.content_type, value.file.read())
            for value in form.values()
            if isinstance(value, web.FileField)
        ]
        payload = form.get("payload_json")
        return (json.loads(payload) if isinstance(payload, str) else {}), files
    text = await request.text() if request.can_read_body else ""
    return (json.loads(text) if text else None), []
