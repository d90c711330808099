"""A core `Reply` as Telegram HTML: escaped text, a bold title, inline keyboards, split parts.

Everything the engine or a user wrote is escaped, so no text can break the markup or
smuggle a link in. Telegram refuses messages over 4,096 characters and captions over
1,024, so long texts are split on paragraph, then line, then word boundaries.

Lengths are measured on the escaped HTML in UTF-16 code units (how Telegram counts),
which is never less than what Telegram measures after parsing: a part that fits here
fits there.
"""

from __future__ import annotations

import html
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from core.i18n import _
from core.messages import Reply, ReplyButton

MESSAGE_LIMIT = 4096
CAPTION_LIMIT = 1024
_SEPARATORS = ("\n\n", "\n", " ")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_ESCAPED_COST = {"&": len("&amp;"), "<": len("&lt;"), ">": len("&gt;")}


def escape(text: str) -> str:
    """Escape text for Telegram's HTML mode (which knows only &lt; &gt; &amp; &quot;)."""
    return html.escape(text, quote=False)


def without_lone_surrogates(text: str) -> str:
    """A lone surrogate (possible in JSON input) cannot be encoded to send: show U+FFFD."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def telegram_length(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram's limits and offsets."""
    return sum(2 if ord(char) > 0xFFFF else 1 for char in text)


def _cost(char: str) -> int:
    return _ESCAPED_COST.get(char, 2 if ord(char) > 0xFFFF else 1)


def _fitting_prefix(text: str, budget: int) -> int:
    """How many leading characters of `text` fit in `budget` once escaped."""
    used = 0
    for index, char in enumerate(text):
        used += _cost(char)
        if used > budget:
            return index
    return len(text)


def _break_point(text: str, fits: int) -> tuple[int, int]:
    """Where to end this chunk and start the next: the last good boundary in the fitting part."""
    for separator in _SEPARATORS:
        position = text.rfind(separator, 0, fits + len(separator))
        if position >= fits // 2 and position > 0:
            return position, position + len(separator)
    return fits, fits


def split_text(text: str, first_budget: int, budget: int) -> list[str]:
    """Raw chunks of `text`, the first fitting `first_budget` and the rest `budget` once escaped.

    Whitespace at a split is dropped (Telegram trims it anyway); nothing else is lost.
    """
    if min(first_budget, budget) < max(_ESCAPED_COST.values()):
        raise ValueError("budget too small for one escaped character")
    chunks: list[str] = []
    rest = text
    current = first_budget
    while rest.strip():
        fits = _fitting_prefix(rest, current)
        if fits == len(rest):
            end = start = fits
        else:
            end, start = _break_point(rest, fits)
        chunk = rest[:end].strip()
        if chunk:
            chunks.append(chunk)
            current = budget
        rest = rest[start:]
    return chunks


def _title_html(title: str, limit: int) -> str:
    """The title in bold, shortened so it never takes more than a quarter of a part."""
    budget = limit // 4
    if sum(map(_cost, title)) > budget:
        title = title[: _fitting_prefix(title, budget - 1)] + "…"
    return f"<b>{escape(title)}</b>"


def render_parts(
    reply: Reply, *, first_limit: int = MESSAGE_LIMIT, limit: int = MESSAGE_LIMIT
) -> list[str]:
    """The reply as HTML messages: the first within `first_limit` (a caption), the rest `limit`."""
    title_text = without_lone_surrogates(reply.title)
    title = _title_html(title_text, first_limit) if title_text.strip() else ""
    text = without_lone_surrogates(reply.text)
    if reply.takes_location:  # Telegram can send a location: say so where it helps
        text += " " + _("You can also share your location.")
    if not text.strip():
        return [title] if title else []
    prefix = f"{title}\n\n" if title else ""
    chunks = split_text(text, first_limit - telegram_length(prefix), limit)
    parts = [escape(chunk) for chunk in chunks]
    if parts:
        parts[0] = prefix + parts[0]
    return parts


def keyboard(reply: Reply, bot_username: str = "") -> InlineKeyboardMarkup | None:
    """The reply's buttons as an inline keyboard: a payload travels as callback data, a link
    opens its URL, and a start code becomes the bot's deep link (hence the bot's name)."""
    if not reply.buttons:
        return None
    return InlineKeyboardMarkup(
        [[_inline_button(button, bot_username) for button in row] for row in reply.buttons]
    )


def start_link(bot_username: str, code: str) -> str:
    """The deep link that opens a private chat with the bot and sends `/start <code>`."""
    return f"https://t.me/{bot_username}?start={code}"


def _inline_button(button: ReplyButton, bot_username: str) -> InlineKeyboardButton:
    label = without_lone_surrogates(button.label)
    if button.start:
        return InlineKeyboardButton(label, url=start_link(bot_username, button.start))
    if button.url:
        return InlineKeyboardButton(label, url=button.url)
    return InlineKeyboardButton(label, callback_data=button.payload)


def private_chat_invite(bot_username: str, reply: Reply) -> Reply:
    """For the group, when a private answer could not reach someone who never opened a chat
    with the bot (a bot may not write first). When the answer carried a start link (a group
    challenge's join link), the invitation is that link, so one tap starts the bot and does
    what the answer offered."""
    code = next((b.start for row in reply.buttons for b in row if b.start), "")
    link = start_link(bot_username, code or "hi")
    text = (
        _("To join, open a chat with me here: {link} It sets you up and joins you in one go.")
        if code
        else _(
            "I have an answer for you that belongs in a private chat. "
            "Open a chat with me here, then try again: {link}"
        )
    )
    return Reply(text.format(link=link), private=False)
