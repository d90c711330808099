"""A `Reply` as Discord messages: content or an embed, buttons, an image, split to fit.

Discord caps message content at 2,000 characters and an embed description at 4,096, so long
text becomes several messages, cut at paragraph, line or word breaks, with nothing dropped; the
buttons and the attachment ride on the last one. Every message refuses all mentions, so text a
user wrote (echoed back in a reflection, say) can never ping `@everyone`.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass
from typing import Any

import discord

from adapters.discord.views import buttons_view
from core.messages import Attachment, Reply

CONTENT_LIMIT = 2000
DESCRIPTION_LIMIT = 4096
TITLE_LIMIT = 256
NO_MENTIONS = discord.AllowedMentions.none()
EMBED_COLOUR = discord.Colour(0xF2A65A)

_BREAKS = ("\n\n", "\n", " ")
_UNSAFE_IN_FILENAME = re.compile(r"[^A-Za-z0-9._-]")


@dataclass(frozen=True, slots=True)
class Part:
    """One Discord message of a reply."""

    content: str | None = None
    embed: discord.Embed | None = None
    view: discord.ui.View | None = None
    file: discord.File | None = None


def render(reply: Reply) -> list[Part]:
    if reply.title:
        pieces = split_text(reply.text, DESCRIPTION_LIMIT)
        parts = [Part(embed=_embed(reply.title if i == 0 else "", p)) for i, p in enumerate(pieces)]
    else:
        parts = [Part(content=piece or None) for piece in split_text(reply.text, CONTENT_LIMIT)]
    last = parts[-1]
    file, embed = None, last.embed
    if reply.attachment is not None:
        name = safe_filename(reply.attachment.filename)
        file = discord.File(io.BytesIO(reply.attachment.data), filename=name)
        if _is_png(reply.attachment):
            embed = (embed or discord.Embed(colour=EMBED_COLOUR)).set_image(
                url=f"attachment://{name}"
            )
    parts[-1] = Part(last.content, embed, buttons_view(reply.buttons), file)
    return parts


def split_text(text: str, limit: int) -> list[str]:
    """Cut `text` into pieces of at most `limit` characters that join back to `text` exactly."""
    pieces = []
    while len(text) > limit:
        cut = _cut_point(text, limit)
        pieces.append(text[:cut])
        text = text[cut:]
    pieces.append(text)
    return pieces


def _cut_point(text: str, limit: int) -> int:
    window = text[:limit]
    for separator in _BREAKS:
        at = window.rfind(separator, limit // 2)
        if at != -1:
            return at + len(separator)
    return limit


def send_kwargs(part: Part) -> dict[str, Any]:
    """Keywords for `Messageable.send` and `Webhook.send`, leaving out what the part lacks."""
    kwargs: dict[str, Any] = {"allowed_mentions": NO_MENTIONS}
    if part.content is not None:
        kwargs["content"] = part.content
    if part.embed is not None:
        kwargs["embed"] = part.embed
    if part.view is not None:
        kwargs["view"] = part.view
    if part.file is not None:
        kwargs["file"] = part.file
    return kwargs


def edit_kwargs(part: Part) -> dict[str, Any]:
    """Keywords for an edit that replaces everything the old message showed."""
    return {
        "content": part.content,
        "embed": part.embed,
        "view": part.view,
        "attachments": [part.file] if part.file is not None else [],
        "allowed_mentions": NO_MENTIONS,
    }


def delivery_nonce(chat_id: str, reply: Reply, part_index: int) -> str:
    """The same message to the same chat always gets the same nonce (Discord allows 25 chars).

    With `enforce_nonce`, Discord returns the first message instead of posting a second one
    when a create is repeated within a few minutes. discord.py already repeats its own retries
    (after a 5xx) with one random nonce; a nonce derived from the message also covers the
    scheduler sending the same delivery again after a send it could not confirm.
    """
    attachment = reply.attachment.filename if reply.attachment else ""
    key = "\0".join((chat_id, str(part_index), reply.title, reply.text, attachment))
    return hashlib.blake2b(key.encode(), digest_size=12).hexdigest()


def safe_filename(name: str) -> str:
    """A name `attachment://` can point at: Discord rewrites anything but these characters."""
    return _UNSAFE_IN_FILENAME.sub("_", name) or "file"


def _is_png(attachment: Attachment) -> bool:
    return attachment.mime_type == "image/png" or attachment.filename.lower().endswith(".png")


def _embed(title: str, description: str) -> discord.Embed:
    return discord.Embed(
        title=_shorten(title, TITLE_LIMIT) or None,
        description=description or None,
        colour=EMBED_COLOUR,
    )


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
