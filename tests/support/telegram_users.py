"""What users do in the stand-in: write in chats, press buttons, type inline queries.

Mixed into TelegramStandIn (tests/support/telegram_standin.py); each action
becomes an update the bot receives on its next getUpdates.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any


class UserActions:
    """Builds users, chats and the updates they cause, shaped as the Bot API sends them."""

    users: dict[int, dict[str, Any]]
    chats: dict[int, dict[str, Any]]
    members: dict[tuple[int, int], str]
    messages: dict[tuple[int, int], dict[str, Any]]
    _message_ids: Iterator[int]
    _query_ids: Iterator[int]

    def push_update(self, payload: dict[str, Any]) -> int:
        raise NotImplementedError

    def user(
        self,
        user_id: int,
        first_name: str = "Fan",
        language_code: str | None = None,
        username: str | None = None,
    ) -> dict[str, Any]:
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        if language_code:
            user["language_code"] = language_code
        if username:
            user["username"] = username
        self.users[user_id] = user
        return user

    def private_chat(self, user: dict[str, Any]) -> dict[str, Any]:
        chat = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
        self.chats[user["id"]] = chat
        return chat

    def group_chat(self, chat_id: int, title: str = "Fans", kind: str = "supergroup") -> dict:
        chat = {"id": chat_id, "type": kind, "title": title}
        self.chats[chat_id] = chat
        return chat

    def set_member(self, chat_id: int, user_id: int, status: str) -> None:
        """status: creator, administrator, member, restricted, left or kicked."""
        self.members[(chat_id, user_id)] = status

    def send_text(self, chat: dict[str, Any], user: dict[str, Any], text: str) -> dict:
        """A user writes `text` in `chat`; a leading /command gets its bot_command entity."""
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": chat,
            "from": user,
            "text": text,
        }
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            length = len(command.encode("utf-16-le")) // 2
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        self.messages[(chat["id"], message["message_id"])] = message
        self.push_update({"message": message})
        return message

    def press_button(self, message: dict[str, Any], data: str, user: dict[str, Any]) -> str:
        """A user presses the inline button with this callback_data under `message`."""
        query_id = f"cb{next(self._query_ids)}"
        self.push_update(
            {
                "callback_query": {
                    "id": query_id,
                    "from": user,
                    "message": message,
                    "chat_instance": f"ci{message['chat']['id']}",
                    "data": data,
                }
            }
        )
        return query_id

    def inline_query(self, user: dict[str, Any], query: str, chat_type: str = "sender") -> str:
        query_id = f"iq{next(self._query_ids)}"
        self.push_update(
            {
                "inline_query": {
                    "id": query_id,
                    "from": user,
                    "query": query,
                    "offset": "",
                    "chat_type": chat_type,
                }
            }
        )
        return query_id

    @staticmethod
    def buttons(message: dict[str, Any]) -> list[tuple[str, str]]:
        """(text, callback_data) of every inline button under a sent message."""
        markup = message.get("reply_markup") or {}
        return [
            (button["text"], button.get("callback_data", ""))
            for row in markup.get("inline_keyboard", [])
            for button in row
        ]
