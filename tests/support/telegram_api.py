"""The Bot API methods the stand-in serves, each checking its request as Telegram does.

Kept apart from telegram_standin.py (the server, the recording and the user
actions) so each file stays readable. See that module's docstring for the API.
"""

from __future__ import annotations

import asyncio
import re
import time
from dataclasses import dataclass, field
from typing import Any

from tests.support.telegram_html import HtmlError, check_message

_COMMAND = re.compile(r"^[a-z0-9_]{1,32}$")
_ADMIN_RIGHTS = (
    "can_be_edited is_anonymous can_manage_chat can_delete_messages can_manage_video_chats "
    "can_restrict_members can_promote_members can_change_info can_invite_users "
    "can_post_stories can_edit_stories can_delete_stories"
).split()
_RESTRICTIONS = (
    "is_member can_change_info can_invite_users can_pin_messages can_send_messages "
    "can_send_polls can_send_other_messages can_add_web_page_previews can_manage_topics "
    "can_send_audios can_send_documents can_send_photos can_send_videos "
    "can_send_video_notes can_send_voice_notes can_edit_tag"
).split()


@dataclass
class Call:
    """One request: `visible` is the text a user would see (HTML parsed) for sends and edits."""

    method: str
    params: dict[str, Any]
    status: int = 200
    result: Any = None
    at: float = field(default_factory=time.monotonic)
    visible: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == 200


class ApiError(Exception):
    def __init__(self, status: int, description: str) -> None:
        super().__init__(description)
        self.status = status
        self.description = description


def _bad(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


class BotApiMethods:
    """Mixed into TelegramStandIn; uses its chats, messages, members and update queue."""

    bot_user: dict[str, Any]
    chats: dict[int, dict[str, Any]]
    messages: dict[tuple[int, int], dict[str, Any]]
    members: dict[tuple[int, int], str]
    blocked: set[int]
    forgotten: set[int]
    _updates: list[dict[str, Any]]
    _changed: asyncio.Condition
    _closing: asyncio.Event

    def _setup_api_state(self) -> None:
        self.menus: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.answered: set[str] = set()
        self.long_polls = 0

    def _api_getMe(self, call: Call) -> dict[str, Any]:
        return self.bot_user

    def _api_deleteWebhook(self, call: Call) -> bool:
        return True

    def _api_close(self, call: Call) -> bool:
        return True

    def _api_logOut(self, call: Call) -> bool:
        return True

    async def _api_getUpdates(self, call: Call) -> list[dict[str, Any]]:
        offset = int(call.params.get("offset") or 0)
        limit = int(call.params.get("limit") or 100)
        timeout = float(call.params.get("timeout") or 0)
        if offset:
            self._updates[:] = [u for u in self._updates if u["update_id"] >= offset]

        def pending() -> list[dict[str, Any]]:
            return [u for u in self._updates if u["update_id"] >= offset][:limit]

        if not pending() and timeout > 0 and not self._closing.is_set():
            self.long_polls += 1
            await self._notify()  # type: ignore[attr-defined]
            async with self._changed:
                try:
                    await asyncio.wait_for(
                        self._changed.wait_for(lambda: bool(pending()) or self._closing.is_set()),
                        timeout,
                    )
                except TimeoutError:
                    pass
                finally:
                    self.long_polls -= 1
        return pending()

    def _chat(self, call: Call) -> dict[str, Any]:
        raw = call.params.get("chat_id")
        if raw is None:
            raise _bad("chat_id is empty")
        try:
            chat_id = int(raw)
        except (TypeError, ValueError):
            raise _bad("chat not found") from None
        if chat_id in self.forgotten:
            raise _bad("chat not found")
        chat = self.chats.get(chat_id) or {
            "id": chat_id,
            "type": "private" if chat_id > 0 else "group",
            "title": "chat",
        }
        if chat_id in self.blocked:
            where = (
                "bot was blocked by the user"
                if chat["type"] == "private"
                else (f"bot was kicked from the {chat['type']} chat")
            )
            raise ApiError(403, f"Forbidden: {where}")
        return chat

    def _text(self, call: Call, text: Any, parse_mode: Any) -> str:
        try:
            call.visible = check_message(text, parse_mode)
        except HtmlError as error:
            message = str(error)
            prefixed = message if message.startswith("Bad") else f"Bad Request: {message}"
            raise ApiError(400, prefixed) from None
        return call.visible

    @staticmethod
    def _markup(markup: Any) -> None:
        if markup is None:
            return
        if not isinstance(markup, dict) or not isinstance(markup.get("inline_keyboard"), list):
            raise _bad("can't parse reply keyboard markup JSON object")
        for row in markup["inline_keyboard"]:
            for button in row:
                if not str(button.get("text", "")).strip():
                    raise _bad("text buttons are unallowed in the inline keyboard")
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode()) <= 64:
                    raise _bad("BUTTON_DATA_INVALID")

    def _api_sendMessage(self, call: Call) -> dict[str, Any]:
        chat = self._chat(call)
        visible = self._text(call, call.params.get("text"), call.params.get("parse_mode"))
        markup = call.params.get("reply_markup")
        self._markup(markup)
        reply = call.params.get("reply_parameters") or {}
        if reply and (chat["id"], reply.get("message_id")) not in self.messages:
            if not reply.get("allow_sending_without_reply"):
                raise _bad("message to be replied not found")
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),  # type: ignore[attr-defined]
            "chat": chat,
            "from": self.bot_user,
            "text": visible,
        }
        if markup:
            message["reply_markup"] = markup
        if reply and (chat["id"], reply.get("message_id")) in self.messages:
            message["reply_to_message"] = self.messages[(chat["id"], reply["message_id"])]
        self.messages[(chat["id"], message["message_id"])] = message
        return message

    def _api_editMessageText(self, call: Call) -> dict[str, Any]:
        chat = self._chat(call)
        key = (chat["id"], int(call.params.get("message_id") or 0))
        message = self.messages.get(key)
        if message is None or message.get("from", {}).get("id") != self.bot_user["id"]:
            raise _bad("message to edit not found")
        visible = self._text(call, call.params.get("text"), call.params.get("parse_mode"))
        markup = call.params.get("reply_markup")
        self._markup(markup)
        if visible == message["text"] and markup == message.get("reply_markup"):
            raise _bad(
                "message is not modified: specified new message content and reply "
                "markup are exactly the same as a current content and reply markup "
                "of the message"
            )
        edited = {**message, "text": visible, "edit_date": int(time.time())}
        edited.pop("reply_markup", None)
        if markup:
            edited["reply_markup"] = markup
        self.messages[key] = edited
        return edited

    def _menu_key(self, call: Call) -> tuple[str, str]:
        scope = call.params.get("scope") or {"type": "default"}
        if not isinstance(scope, dict) or "type" not in scope:
            raise _bad("can't parse BotCommandScope JSON object")
        if "chat_id" in scope:
            self._chat(Call(call.method, {"chat_id": scope["chat_id"]}))
        language = str(call.params.get("language_code") or "")
        if language and not re.fullmatch(r"[a-z]{2}", language):
            raise _bad("invalid language code specified")
        return (repr(sorted(scope.items())), language)

    def _api_setMyCommands(self, call: Call) -> bool:
        commands = call.params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise _bad("can't parse commands JSON object")
        for command in commands:
            if not _COMMAND.match(str(command.get("command", ""))):
                raise _bad("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", "")).strip()) <= 256:
                raise _bad("BOT_COMMAND_DESCRIPTION_INVALID")
        self.menus[self._menu_key(call)] = commands
        return True

    def _api_deleteMyCommands(self, call: Call) -> bool:
        self.menus.pop(self._menu_key(call), None)
        return True

    def _api_getMyCommands(self, call: Call) -> list[dict[str, Any]]:
        return self.menus.get(self._menu_key(call), [])

    def _query(self, call: Call, prefix: str) -> None:
        query_id = str(call.params.get(f"{prefix}_query_id", ""))
        issued = any(
            (update.get(f"{prefix}_query") or {}).get("id") == query_id
            for update in self._issued  # type: ignore[attr-defined]
        )
        if not issued or query_id in self.answered:
            raise _bad("query is too old and response timeout expired or query ID is invalid")
        self.answered.add(query_id)

    def _api_answerCallbackQuery(self, call: Call) -> bool:
        if len(str(call.params.get("text") or "")) > 200:
            raise _bad("MESSAGE_TOO_LONG")
        self._query(call, "callback")
        return True

    def _api_answerInlineQuery(self, call: Call) -> bool:
        results = call.params.get("results")
        if not isinstance(results, list) or len(results) > 50:
            raise _bad("RESULTS_TOO_MUCH")
        ids = [str(result.get("id", "")) for result in results]
        if len(set(ids)) != len(ids) or not all(1 <= len(i.encode()) <= 64 for i in ids):
            raise _bad("RESULT_ID_INVALID")
        for result in results:
            if result.get("type") == "article" and not str(result.get("title", "")).strip():
                raise _bad("RESULT_TITLE_EMPTY")
            content = result.get("input_message_content") or {}
            if "message_text" in content:
                self._text(call, content["message_text"], content.get("parse_mode"))
            self._markup(result.get("reply_markup"))
        self._query(call, "inline")
        return True

    def _api_getChatMember(self, call: Call) -> dict[str, Any]:
        chat = self._chat(call)
        user_id = int(call.params.get("user_id") or 0)
        user = self.users.get(user_id) or {  # type: ignore[attr-defined]
            "id": user_id,
            "is_bot": False,
            "first_name": "User",
        }
        status = self.members.get((chat["id"], user_id), "member")
        member: dict[str, Any] = {"status": status, "user": user}
        if status == "creator":
            member["is_anonymous"] = False
        elif status == "administrator":
            member.update({right: right == "can_manage_chat" for right in _ADMIN_RIGHTS})
        elif status == "restricted":
            member.update({flag: False for flag in _RESTRICTIONS}, until_date=0)
        elif status == "kicked":
            member["until_date"] = 0
        return member
