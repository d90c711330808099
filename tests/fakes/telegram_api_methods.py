"""The Bot API methods the fake server answers, with Telegram's checks and error texts."""

from __future__ import annotations

import itertools
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import BodyPartReader, web

from tests.fakes import telegram_updates as tg
from tests.fakes.telegram_html import HtmlError, check_html
from tests.fakes.telegram_updates import Json

MESSAGE_LIMIT = 4096
CAPTION_LIMIT = 1024
CALLBACK_ANSWER_LIMIT = 200
_JSON_FIELDS = frozenset(
    {
        "reply_markup",
        "commands",
        "scope",
        "allowed_updates",
        "entities",
        "caption_entities",
        "link_preview_options",
        "reply_parameters",
    }
)
_NUMBER_FIELDS = frozenset({"offset", "limit", "timeout", "message_id", "cache_time"})
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class UploadedFile:
    filename: str
    content_type: str
    data: bytes


@dataclass
class ApiRequest:
    """One call the bot made, as the server saw it."""

    method: str
    chat_id: str | None
    at: float
    params: Json
    files: dict[str, UploadedFile] = field(default_factory=dict)
    status: int = 200
    description: str = ""
    message_id: int | None = None

    @property
    def ok(self) -> bool:
        return self.status == 200

    @property
    def text(self) -> str:
        return str(self.params.get("text") or self.params.get("caption") or "")

    @property
    def callback_data(self) -> list[str]:
        markup = self.params.get("reply_markup") or {}
        rows = markup.get("inline_keyboard", []) if isinstance(markup, dict) else []
        return [button.get("callback_data", "") for row in rows for button in row]


class ApiError(Exception):
    """An unsuccessful answer; status 0 means: drop the connection without one."""

    def __init__(self, status: int, description: str, parameters: Json | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters

    def body(self) -> Json:
        body: Json = {"ok": False, "error_code": self.status, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def bad_request(detail: str) -> ApiError:
    return ApiError(400, f"Bad Request: {detail}")


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class BotApiMethods:
    """The chats as the fake knows them: messages sent, callbacks answered, commands set."""

    def __init__(self) -> None:
        self.messages: dict[tuple[str, int], Json] = {}
        self.callback_queries: dict[str, str | None] = {}
        self.callback_answers: dict[str, str] = {}
        self.commands: dict[str, list[Json]] = {}
        self.chat_members: dict[tuple[str, str], str] = {}
        """(chat id, user id) -> status; anyone not listed is a plain "member"."""
        self._message_ids = itertools.count(1)
        self._handlers: dict[str, Callable[[ApiRequest], object]] = {
            "getme": lambda _: tg.BOT_USER,
            "setmycommands": self.set_my_commands,
            "getmycommands": self.get_my_commands,
            "sendmessage": self.send_message,
            "sendphoto": lambda r: self.send_file(r, "photo"),
            "senddocument": lambda r: self.send_file(r, "document"),
            "editmessagetext": self.edit_message_text,
            "editmessagereplymarkup": self.edit_message_reply_markup,
            "deletemessage": self.delete_message,
            "answercallbackquery": self.answer_callback_query,
            "getchatmember": self.get_chat_member,
        }

    def new_message_id(self) -> int:
        return next(self._message_ids)

    def get_chat_member(self, record: ApiRequest) -> Json:
        user_id = str(record.params.get("user_id", ""))
        status = self.chat_members.get((str(record.chat_id), user_id), "member")
        member: Json = {"status": status, "user": tg.user(int(user_id))}
        if status == "administrator":
            member.update(tg.ADMIN_RIGHTS)
        elif status == "creator":
            member["is_anonymous"] = False
        return member

    def answer(self, name: str, handler: Callable[[ApiRequest], object]) -> None:
        """Answer `name` (lower case) with `handler`: for methods that live elsewhere."""
        self._handlers[name] = handler

    def call(self, name: str, record: ApiRequest) -> object:
        handler = self._handlers.get(name)
        if handler is None:
            _log.info("fake Telegram: unknown method %s answered with ok", record.method)
            return True
        return handler(record)

    def set_my_commands(self, record: ApiRequest) -> bool:
        commands = record.params.get("commands", [])
        for command in commands:
            name, description = command.get("command", ""), command.get("description", "")
            if not (1 <= len(name) <= 32 and name.replace("_", "").isalnum() and name.islower()):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(description) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        self.commands[_scope(record)] = commands
        return True

    def get_my_commands(self, record: ApiRequest) -> list[Json]:
        return self.commands.get(_scope(record), [])

    def send_message(self, record: ApiRequest) -> Json:
        text = _visible(record, "text", MESSAGE_LIMIT)
        return self._store(record, text=text, reply_markup=_markup(record))

    def send_file(self, record: ApiRequest, kind: str) -> Json:
        upload = record.files.get(kind)
        if upload is None:
            raise bad_request(f"there is no {kind} in the request")
        if kind == "photo" and not upload.data.startswith(_IMAGE_MAGIC):
            raise bad_request("IMAGE_PROCESS_FAILED")
        caption = (
            _visible(record, "caption", CAPTION_LIMIT) if record.params.get("caption") else None
        )
        file_json: Json = {
            "file_id": f"file-{kind}-{len(self.messages)}",
            "file_unique_id": "u",
            "file_size": len(upload.data),
        }
        content: Any
        if kind == "photo":
            content = [file_json | {"width": 640, "height": 480}]
        else:
            content = file_json | {"file_name": upload.filename, "mime_type": upload.content_type}
        return self._store(record, caption=caption, reply_markup=_markup(record), **{kind: content})

    def edit_message_text(self, record: ApiRequest) -> Json:
        message = self._message(record)
        if "text" not in message:
            raise bad_request("there is no text in the message to edit")
        text = _visible(record, "text", MESSAGE_LIMIT)
        markup = _markup(record)
        if message["text"] == text and message.get("reply_markup") == markup:
            raise bad_request(
                "message is not modified: specified new message content and reply markup are "
                "exactly the same as a current content and reply markup of the message"
            )
        return self._update(record, message, text=text, reply_markup=markup)

    def edit_message_reply_markup(self, record: ApiRequest) -> Json:
        message = self._message(record)
        markup = _markup(record)
        if message.get("reply_markup") == markup:
            raise bad_request("message is not modified")
        return self._update(record, message, reply_markup=markup)

    def delete_message(self, record: ApiRequest) -> bool:
        key = (str(record.chat_id), int(record.params.get("message_id", 0)))
        if self.messages.pop(key, None) is None:
            raise bad_request("message to delete not found")
        return True

    def answer_callback_query(self, record: ApiRequest) -> bool:
        query_id = str(record.params.get("callback_query_id", ""))
        if query_id not in self.callback_queries or query_id in self.callback_answers:
            raise bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        text = str(record.params.get("text") or "")
        if len(text) > CALLBACK_ANSWER_LIMIT:
            raise bad_request("MESSAGE_TOO_LONG")
        self.callback_answers[query_id] = text
        return True

    def _message(self, record: ApiRequest) -> Json:
        key = (str(record.chat_id), int(record.params.get("message_id", 0)))
        message = self.messages.get(key)
        if message is None:
            raise bad_request("message to edit not found")
        return message

    def _store(self, record: ApiRequest, **content: Any) -> Json:
        assert record.chat_id is not None
        chat_id = int(record.chat_id)
        body = tg.message(self.new_message_id(), tg.chat(chat_id), tg.BOT_USER, **content)
        self.messages[(record.chat_id, body["message_id"])] = body
        record.message_id = body["message_id"]
        return body

    def _update(self, record: ApiRequest, message: Json, **content: Any) -> Json:
        message.update({key: value for key, value in content.items() if value is not None})
        if content.get("reply_markup") is None:
            message.pop("reply_markup", None)
        message["edit_date"] = message["date"] + 1
        record.message_id = message["message_id"]
        return message


def _scope(record: ApiRequest) -> str:
    scope = record.params.get("scope") or {}
    return str(scope.get("type", "default")) if isinstance(scope, dict) else "default"


def _visible(record: ApiRequest, key: str, limit: int) -> str:
    """The text a person would see, after Telegram parses the markup; 400 when it cannot."""
    text = str(record.params.get(key, ""))
    if record.params.get("parse_mode") == "HTML":
        try:
            text = check_html(text)
        except HtmlError as error:
            raise ApiError(400, str(error)) from None
    if not text.strip() and key == "text":
        raise bad_request("message text is empty")
    if utf16_length(text) > limit:
        raise bad_request("message is too long" if key == "text" else "message caption is too long")
    return text


def _markup(record: ApiRequest) -> Json | None:
    markup = record.params.get("reply_markup")
    if markup is None:
        return None
    rows = markup.get("inline_keyboard") if isinstance(markup, dict) else None
    if not isinstance(rows, list):
        raise bad_request("can't parse reply keyboard markup JSON object")
    for row in rows:
        for button in row:
            if not button.get("text"):
                raise bad_request("BUTTON_TEXT_EMPTY")
            data = button.get("callback_data")
            if data is not None and not 1 <= len(data.encode()) <= 64:
                raise bad_request("BUTTON_DATA_INVALID")
    return dict(markup)


async def read_params(request: web.Request) -> tuple[Json, dict[str, UploadedFile]]:
    """Parameters and files from a JSON, form or multipart body (and the query string)."""
    raw: dict[str, Any] = dict(request.query)
    files: dict[str, UploadedFile] = {}
    if request.content_type == "application/json":
        body = await request.json() if request.can_read_body else {}
        raw.update(body or {})
    elif request.content_type == "multipart/form-data":
        reader = await request.multipart()
        async for part in reader:
            if not isinstance(part, BodyPartReader) or part.name is None:
                continue
            if part.filename is not None:
                content_type = part.headers.get("Content-Type", "application/octet-stream")
                files[part.name] = UploadedFile(part.filename, content_type, await part.read())
            else:
                raw[part.name] = await part.text()
    elif request.can_read_body:
        raw.update(await request.post())
    return {key: _decode(key, value) for key, value in raw.items()}, files


def _decode(key: str, value: Any) -> Any:
    """Form values arrive as strings; the structured ones are JSON inside them."""
    if not isinstance(value, str):
        return value
    if key in _JSON_FIELDS:
        return json.loads(value)
    if key in _NUMBER_FIELDS:
        return float(value) if "." in value else int(value)
    if key == "chat_id" and value.lstrip("-").isdigit():
        return int(value)
    return value
