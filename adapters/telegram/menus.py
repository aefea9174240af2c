"""The command menu Telegram shows under "/", in the user's or the chat's language.

The menu lists the core's commands with their summaries, translated. Telegram
picks the list by scope and language: a default list, one per language code,
and after /lang one for that chat alone, so a group set to German sees German
descriptions whatever its members' app language.
"""

from __future__ import annotations

import logging
import re

from telegram import Bot, BotCommand, BotCommandScopeChat
from telegram.error import TelegramError

from adapters.telegram.retry import with_retries
from bot.core import Core
from bot.i18n import LANGUAGES, N_

log = logging.getLogger(__name__)
VALID_NAME = re.compile(r"^[a-z0-9_]{1,32}$")
FALLBACK = N_("A command of this bot")


def menu(core: Core, lang: str) -> list[BotCommand]:
    tr = core.translator(lang)
    commands = []
    for name, spec in core.commands.items():
        if not VALID_NAME.match(name):
            log.warning("command /%s cannot be listed in Telegram's menu", name)
            continue
        summary = " ".join(tr.gettext(spec.summary or FALLBACK).split())[:256]
        commands.append(BotCommand(name, summary or tr.gettext(FALLBACK)))
    return commands


async def publish_default_menus(bot: Bot, core: Core) -> None:
    """The default menu in the configured language, and one per language we speak."""
    await _set(bot, menu(core, core.config.lang), None, None, "default menu")
    for lang in LANGUAGES:
        await _set(bot, menu(core, lang), None, lang, f"menu for language_code={lang}")


async def publish_chat_menu(bot: Bot, core: Core, chat_id: int, lang: str) -> None:
    """After /lang: this chat's menu in its new language."""
    scope = BotCommandScopeChat(chat_id)
    await _set(bot, menu(core, lang), scope, None, f"menu for chat {chat_id}")


async def _set(
    bot: Bot, commands: list[BotCommand], scope: object, lang: str | None, what: str
) -> None:
    """A menu that cannot be set is logged, not fatal: commands still work without it."""
    try:
        await with_retries(
            lambda: bot.set_my_commands(commands, scope=scope, language_code=lang), what
        )
    except TelegramError as error:
        log.error("could not set the %s: %s", what, error)
