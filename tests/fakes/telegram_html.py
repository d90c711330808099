"""Telegram's HTML parse mode, checked as strictly as Telegram does (a little stricter).

The fake Bot API server runs every HTML text through `check_html`, so an escaping bug
in the adapter fails a test with the same 400 "can't parse entities" Telegram would send.
"""

from __future__ import annotations

import html
import re

# Tags Telegram accepts, with the attributes each may carry.
ALLOWED_TAGS: dict[str, frozenset[str]] = {
    "b": frozenset(),
    "strong": frozenset(),
    "i": frozenset(),
    "em": frozenset(),
    "u": frozenset(),
    "ins": frozenset(),
    "s": frozenset(),
    "strike": frozenset(),
    "del": frozenset(),
    "span": frozenset({"class"}),
    "tg-spoiler": frozenset(),
    "a": frozenset({"href"}),
    "tg-emoji": frozenset({"emoji-id"}),
    "code": frozenset({"class"}),
    "pre": frozenset(),
    "blockquote": frozenset({"expandable"}),
}
_TAG = re.compile(
    r"<(/?)([A-Za-z][A-Za-z0-9-]*)"
    r"((?:\s+[A-Za-z-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>\"']+))?)*)\s*>"
)
_ATTRIBUTE = re.compile(r"([A-Za-z-]+)(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>\"']+))?")
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6}));")


class HtmlError(ValueError):
    """The text is not valid Telegram HTML; the message is Telegram's description."""


def check_html(text: str) -> str:
    """The visible text of `text`, or HtmlError if Telegram would refuse it."""
    visible: list[str] = []
    open_tags: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "<":
            index = _tag(text, index, open_tags)
        elif char == "&":
            match = _ENTITY.match(text, index)
            if match is None or not _valid_code_point(match):
                raise _error(f"Character entity expected at byte offset {_offset(text, index)}")
            visible.append(html.unescape(match.group()))
            index = match.end()
        elif char == ">":
            raise _error(f"Unexpected end of tag at byte offset {_offset(text, index)}")
        else:
            visible.append(char)
            index += 1
    if open_tags:
        raise _error(f'Can\'t find end tag corresponding to start tag "{open_tags[-1]}"')
    return "".join(visible)


def _tag(text: str, index: int, open_tags: list[str]) -> int:
    match = _TAG.match(text, index)
    if match is None:
        raise _error(f"Unclosed start tag at byte offset {_offset(text, index)}")
    closing, name, attributes = match.group(1), match.group(2).lower(), match.group(3)
    if name not in ALLOWED_TAGS:
        raise _error(f'Unsupported start tag "{name}" at byte offset {_offset(text, index)}')
    if closing:
        if attributes.strip() or not open_tags or open_tags[-1] != name:
            raise _error(
                f'Unmatched end tag at byte offset {_offset(text, index)}, expected "{name}"'
            )
        open_tags.pop()
    else:
        for attribute in _ATTRIBUTE.findall(attributes):
            if attribute.lower() not in ALLOWED_TAGS[name]:
                raise _error(f'Unsupported attribute "{attribute}" in tag "{name}"')
        open_tags.append(name)
    return match.end()


def _valid_code_point(match: re.Match[str]) -> bool:
    decimal, hexadecimal = match.groups()
    if decimal is None and hexadecimal is None:
        return True
    value = int(decimal) if decimal is not None else int(hexadecimal, 16)
    return 0 < value <= 0x10FFFF and not 0xD800 <= value <= 0xDFFF


def _offset(text: str, index: int) -> int:
    return len(text[:index].encode())


def _error(detail: str) -> HtmlError:
    return HtmlError(f"Bad Request: can't parse entities: {detail}")
