"""Telegram objects as the Bot API sends them (JSON dicts), for the fake server and tests.

Positive chat ids are people's private chats (equal to their user id, as on Telegram);
negative ones are supergroups.
"""

from __future__ import annotations

from typing import Any

Json = dict[str, Any]

BOT_ID = 777000111
BOT_USERNAME = "AskAnywayTestBot"
BOT_USER: Json = {
    "id": BOT_ID,
    "is_bot": True,
    "first_name": "Ask Anyway",
    "username": BOT_USERNAME,
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}
# Message dates are fixed, plausible Unix times: nothing here reads the wall clock.
EPOCH = 1_750_000_000


def user(user_id: int, first_name: str = "", *, is_bot: bool = False) -> Json:
    return {
        "id": user_id,
        "is_bot": is_bot,
        "first_name": first_name or f"Person {user_id}",
        "language_code": "en",
    }


def chat(chat_id: int, first_name: str = "") -> Json:
    if chat_id < 0:
        return {"id": chat_id, "type": "supergroup", "title": f"Practice group {-chat_id}"}
    return {"id": chat_id, "type": "private", "first_name": first_name or f"Person {chat_id}"}


def command_entities(text: str) -> list[Json]:
    """Telegram marks a leading /command with a bot_command entity."""
    if not text.startswith("/"):
        return []
    length = len(text.split(maxsplit=1)[0])
    return [{"type": "bot_command", "offset": 0, "length": length}]


def message(message_id: int, chat_json: Json, sender: Json | None, **content: Any) -> Json:
    body: Json = {"message_id": message_id, "date": EPOCH + message_id, "chat": chat_json}
    if sender is not None:
        body["from"] = sender
    text = content.get("text")
    if isinstance(text, str) and command_entities(text):
        body["entities"] = command_entities(text)
    body.update({key: value for key, value in content.items() if value is not None})
    return body


def callback_query(query_id: str, sender: Json, on_message: Json, data: str) -> Json:
    return {
        "id": query_id,
        "from": sender,
        "message": on_message,
        "chat_instance": f"instance-{on_message['chat']['id']}",
        "data": data,
    }


def blocked_by(sender: Json) -> Json:
    """The my_chat_member change Telegram sends when a person blocks the bot."""
    return {
        "chat": chat(sender["id"], sender["first_name"]),
        "from": sender,
        "date": EPOCH,
        "old_chat_member": {"status": "member", "user": BOT_USER},
        "new_chat_member": {"status": "kicked", "user": BOT_USER, "until_date": 0},
    }


ADMIN_RIGHTS: Json = {
    "can_be_edited": False,
    "is_anonymous": False,
    "can_manage_chat": True,
    "can_delete_messages": True,
    "can_manage_video_chats": True,
    "can_restrict_members": True,
    "can_promote_members": False,
    "can_change_info": True,
    "can_invite_users": True,
    "can_post_stories": False,
    "can_edit_stories": False,
    "can_delete_stories": False,
}
"""What getChatMember says of an administrator, besides the status and the user."""

GROUP_ANONYMOUS_BOT: Json = {
    "id": 1087968824,
    "is_bot": True,
    "first_name": "Group",
    "username": "GroupAnonymousBot",
}
"""The sender Telegram shows on a message an admin posts anonymously, as the group."""


def bot_left_group(group_id: int, status: str = "kicked") -> Json:
    """The my_chat_member change Telegram sends when the bot is removed from a group."""
    remover = user(1, "Group owner")
    return {
        "chat": chat(group_id),
        "from": remover,
        "date": EPOCH,
        "old_chat_member": {"status": "member", "user": BOT_USER},
        "new_chat_member": {"status": status, "user": BOT_USER, "until_date": 0}
        if status == "kicked"
        else {"status": status, "user": BOT_USER},
    }
