"""Reads commands from the terminal, prints plain-text replies; no tokens, no network.

In `chat`, a number picks one of the choices the last reply offered, the way a
button does on Telegram or Discord.
"""

from __future__ import annotations

import asyncio
import sys
from typing import TYPE_CHECKING, TextIO

from bot.seam import ChatContext, Reply

if TYPE_CHECKING:
    from bot.app import App

CHAT = ChatContext(platform="console", chat_id="console", chat_type="private")
QUIT = {"/quit", "/exit", "quit", "exit"}


def render(reply: Reply) -> str:
    """Plain text, with each choice's command shown so it can be typed too."""
    text = reply.as_text()
    if reply.choices:
        listed = "\n".join(
            f"[{i}] {choice.label}  ({choice.command})" for i, choice in enumerate(reply.choices, 1)
        )
        plain = "\n".join(f"[{i}] {c.label}" for i, c in enumerate(reply.choices, 1))
        text = text.replace(plain, listed)
    return text


async def ask(app: App, text: str, lang: str | None = None, out: TextIO | None = None) -> Reply:
    reply = await app.core.handle_text(text, CHAT, lang=lang)
    print(render(reply), file=out or sys.stdout, flush=True)
    return reply


async def chat(
    app: App, lang: str | None = None, stdin: TextIO | None = None, out: TextIO | None = None
) -> None:
    stdin = stdin or sys.stdin
    out = out or sys.stdout
    interactive = stdin.isatty()
    last: Reply | None = None
    if interactive:
        print("sportsbot: /help lists the commands, /quit ends.", file=out, flush=True)
    while True:
        if interactive:
            print("> ", end="", file=out, flush=True)
        line = await asyncio.to_thread(stdin.readline)
        if not line:
            break
        text = line.strip()
        if text.casefold() in QUIT:
            break
        if not text:
            continue
        if last and last.choices and text.isdecimal() and 1 <= int(text) <= len(last.choices):
            text = last.choices[int(text) - 1].command
        last = await ask(app, text, lang, out)
        if not interactive:
            print(file=out, flush=True)


async def serve(app: App) -> None:
    """`sportsbot run console`: the prompt, with the app's services running beside it."""
    await chat(app)
