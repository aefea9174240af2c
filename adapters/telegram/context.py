"""Who asks and where, from a Telegram update, and which commands are meant for this bot.

In a group, `/tie@otherbot` is another bot's business and a bare `/start` may
be too, so a group command is taken only if it names this bot or is a command
the core knows. Only in a private chat does the user's Telegram language count
as the chat's default; a group uses its /lang setting or the configured default.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from telegram import Bot, Chat, ChatMember, Message, User
from telegram.error import TelegramError

from bot.seam import ChatContext

PLATFORM = "telegram"
ALIASES = {"start": "help"}
ADMIN_STATUSES = {ChatMember.OWNER, ChatMember.ADMINISTRATOR}
log = logging.getLogger(__name__)


def chat_context(
    bot: Bot, chat: Chat, user: User | None, message: Message | None = None
) -> ChatContext:
    private = chat.type == Chat.PRIVATE
    return ChatContext(
        platform=PLATFORM,
        chat_id=str(chat.id),
        chat_type=chat.type,
        user_id=str(user.id) if user else None,
        user_lang=user.language_code if (user and private) else None,
        admin_check=admin_check(bot, chat, user, message),
    )


def admin_check(
    bot: Bot, chat: Chat, user: User | None, message: Message | None
) -> Callable[[], Awaitable[bool]]:
    """Asks Telegram (getChatMember) only when a command wants to change the chat's settings."""

    async def check() -> bool:
        if message is not None and message.sender_chat and message.sender_chat.id == chat.id:
            return True  # an anonymous admin writes as the group itself
        if user is None:
            return False
        try:
            member = await bot.get_chat_member(chat.id, user.id)
        except TelegramError as error:
            log.warning("could not check admin rights in chat %s: %s; refusing", chat.id, error)
            return False
        return member.status in ADMIN_STATUSES

    return check


def command_text(text: str, bot_username: str | None, known: set[str], private: bool) -> str | None:
    """`/tie@ThisBot miami lafc` -> `/tie miami lafc`; None if the command is not for us."""
    if not text.startswith("/"):
        return text if private else None
    head, _, rest = text.partition(" ")
    first_line, newline, after = head.partition("\n")
    if newline:
        head, rest = first_line, f"{after} {rest}".strip()
    name, _, target = head[1:].partition("@")
    if target and bot_username and target.casefold() != bot_username.casefold():
        return None
    name = name.casefold()
    name = ALIASES.get(name, name)
    if not private and not target and name not in known:
        return None
    return f"/{name} {rest}".strip()
