"""Telegram updates in, core replies out: commands, button presses and inline queries.

Every handler asks the core and renders its Reply; none holds football logic.
A reply that cannot be delivered is logged with the chat and the reason.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from telegram import Chat, Message, ReplyParameters, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import ContextTypes

from adapters.telegram.context import chat_context, command_text
from adapters.telegram.inline import inline_results
from adapters.telegram.keyboard import ChoiceKeys
from adapters.telegram.menus import publish_chat_menu
from adapters.telegram.render import render
from adapters.telegram.retry import DEFAULT_BACKOFF, Backoff, with_retries
from bot.core import Core
from bot.i18n import LANGUAGES, N_
from bot.seam import Reply, Section

log = logging.getLogger(__name__)
Context = ContextTypes.DEFAULT_TYPE

EXPIRED = N_("This button has expired. Please send your question again.")
NOTHING = N_("I have no answer to that. /help lists what I can do.")


@dataclass
class Handlers:
    core: Core
    keys: ChoiceKeys = field(default_factory=ChoiceKeys)
    backoff: Backoff = DEFAULT_BACKOFF

    async def on_message(self, update: Update, context: Context) -> None:
        message = update.effective_message
        chat = update.effective_chat
        if message is None or chat is None or not message.text:
            return
        if (message.from_user and message.from_user.is_bot) or message.via_bot:
            return
        private = chat.type == Chat.PRIVATE
        text = command_text(message.text, context.bot.username, set(self.core.commands), private)
        if text is None:
            return
        chat_ctx = chat_context(context.bot, chat, message.from_user, message)
        reply = await self.core.handle_text(text, chat_ctx)
        await self.deliver(context, chat.id, reply, reply_to=message.message_id)
        if reply.language_changed:
            await publish_chat_menu(context.bot, self.core, chat.id, reply.language_changed)

    async def on_callback(self, update: Update, context: Context) -> None:
        query = update.callback_query
        if query is None:
            return
        message = query.message
        command = self.keys.decode(query.data)
        if message is None or command is None:
            lang = await self._language(context, message.chat if message else None, query)
            await self._answer_query(query, self.core.translator(lang).gettext(EXPIRED))
            return
        await self._answer_query(query, None)
        chat_ctx = chat_context(context.bot, message.chat, query.from_user)
        reply = await self.core.handle_text(command, chat_ctx)
        editable = isinstance(message, Message)
        await self.deliver(
            context, message.chat.id, reply, edit=message.message_id if editable else None
        )
        if reply.language_changed:
            await publish_chat_menu(context.bot, self.core, message.chat.id, reply.language_changed)

    async def on_inline(self, update: Update, context: Context) -> None:
        query = update.inline_query
        if query is None:
            return
        results = await inline_results(self.core, query.query, query.from_user)
        try:
            await with_retries(
                lambda: query.answer(results, cache_time=30, is_personal=True),
                "answering an inline query",
                self.backoff,
            )
        except TelegramError as error:
            log.error("could not answer inline query %r: %s", query.query[:100], error)

    async def on_error(self, update: object, context: Context) -> None:
        log.error("error while handling an update", exc_info=context.error)

    async def deliver(
        self,
        context: Context,
        chat_id: int,
        reply: Reply,
        reply_to: int | None = None,
        edit: int | None = None,
    ) -> list[Message]:
        """Send (or edit into) the chat every message of the reply; the buttons go on the last."""
        chunks = render(reply)
        if not chunks:
            log.warning("the core gave an empty reply in chat %s; saying so", chat_id)
            text = self.core.translator(reply.lang).gettext(NOTHING)
            chunks = render(Reply(lang=reply.lang, sections=(Section(None, (text,)),)))
        markup = self.keys.keyboard(reply.choices)
        sent: list[Message] = []
        for index, chunk in enumerate(chunks):
            last = index == len(chunks) - 1
            buttons = markup if last else None
            if (
                index == 0
                and edit is not None
                and await self._edit(context, chat_id, edit, chunk, buttons)
            ):
                continue
            quote = reply_to if index == 0 else None
            message = await self._send(context, chat_id, chunk, buttons, quote)
            if message is None:
                break
            sent.append(message)
        return sent

    async def _send(
        self, context: Context, chat_id: int, text: str, markup, quote
    ) -> Message | None:
        parameters = ReplyParameters(quote, allow_sending_without_reply=True) if quote else None
        try:
            return await with_retries(
                lambda: context.bot.send_message(
                    chat_id,
                    text,
                    parse_mode=ParseMode.HTML,
                    reply_parameters=parameters,
                    reply_markup=markup,
                ),
                f"sending a reply to chat {chat_id}",
                self.backoff,
            )
        except TelegramError as error:
            log.error("reply to chat %s was not delivered: %s", chat_id, error)
            return None

    async def _edit(
        self, context: Context, chat_id: int, message_id: int, text: str, markup
    ) -> bool:
        try:
            await with_retries(
                lambda: context.bot.edit_message_text(
                    text,
                    chat_id=chat_id,
                    message_id=message_id,
                    parse_mode=ParseMode.HTML,
                    reply_markup=markup,
                ),
                f"editing message {message_id} in chat {chat_id}",
                self.backoff,
            )
            return True
        except BadRequest as error:
            if "not modified" in str(error).lower():
                return True
            log.info(
                "could not edit message %s in chat %s (%s); sending anew",
                message_id,
                chat_id,
                error,
            )
            return False
        except TelegramError as error:
            log.warning(
                "could not edit message %s in chat %s (%s); sending anew",
                message_id,
                chat_id,
                error,
            )
            return False

    async def _language(self, context: Context, chat: Chat | None, query) -> str:
        if chat is None:
            code = (query.from_user.language_code or "").split("-")[0]
            return code if code in LANGUAGES else self.core.config.lang
        try:
            return await self.core.language_for(chat_context(context.bot, chat, query.from_user))
        except Exception:
            log.exception("could not read the language of chat %s", chat.id)
            return self.core.config.lang

    async def _answer_query(self, query, text: str | None) -> None:
        try:
            await with_retries(
                lambda: query.answer(text=text), "answering a button press", self.backoff
            )
        except TelegramError as error:
            log.warning("could not answer button press %s: %s", query.id, error)
