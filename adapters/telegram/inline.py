"""Inline mode: `@botname miami lafc` in any chat offers the tie as a result to post.

The query is read as the teams of a /tie and of a /result, and both answers
are offered, the tie first (or as one whole command if it starts with "/";
only commands that change nothing, since Telegram sends a query on every
keystroke). An ambiguous name offers one result per choice. A query the core
cannot answer gets one result saying why, so the user sees the reason instead
of an empty list.
"""

from __future__ import annotations

import hashlib
import logging

from telegram import InlineQueryResultArticle, InputTextMessageContent, User
from telegram.constants import ParseMode

from adapters.telegram.context import PLATFORM
from adapters.telegram.render import plain, render
from bot.core import Core
from bot.seam import ChatContext, Reply

log = logging.getLogger(__name__)
MAX_CHOICES = 5
MAX_RESULTS = 10
MAX_QUERY = 200
READ_ONLY = {"tie", "result", "results", "team", "help"}


async def inline_results(core: Core, query: str, user: User) -> list[InlineQueryResultArticle]:
    text = " ".join(query.split())[:MAX_QUERY]
    if not text:
        return []
    chat = ChatContext(
        platform=PLATFORM,
        chat_id=str(user.id),
        chat_type="private",
        user_id=str(user.id),
        user_lang=user.language_code,
    )
    if text.startswith("/"):
        name = text[1:].split(maxsplit=1)[0].split("@")[0].casefold() if len(text) > 1 else ""
        if name not in READ_ONLY:
            return []
        commands = [text]
    else:
        commands = [f"/tie {text}", f"/result {text}"]
    answers: list[Reply] = []
    first_error: Reply | None = None
    for command in commands:
        found, error = await _answers(core, command, chat)
        for reply in found:
            if all(plain(reply) != plain(seen) for seen in answers):
                answers.append(reply)
        first_error = first_error or error
    if answers:
        return [_article(reply, i) for i, reply in enumerate(answers[:MAX_RESULTS])]
    return [_article(first_error, 0)] if first_error else []


async def _answers(core: Core, command: str, chat: ChatContext) -> tuple[list[Reply], Reply | None]:
    reply = await core.handle_text(command, chat)
    if reply.kind == "question" and reply.choices:
        replies = [await core.handle_text(c.command, chat) for c in reply.choices[:MAX_CHOICES]]
        answers = [r for r in replies if r.kind == "answer"]
        return answers, (None if answers else reply)
    if reply.kind in ("answer", "notice"):
        return [reply], None
    return [], reply


def _article(reply: Reply, index: int) -> InlineQueryResultArticle:
    text = plain(reply)
    lines = [line for line in text.splitlines() if line.strip()]
    title = (reply.title or (lines[0] if lines else "?"))[:200]
    description = " · ".join(line for line in lines if line != title)[:300]
    chunks = render(reply)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
    message = chunks[0] if chunks else "?"
    return InlineQueryResultArticle(
        id=f"{index}-{digest}",
        title=title,
        description=description or None,
        input_message_content=InputTextMessageContent(message, parse_mode=ParseMode.HTML),
    )
