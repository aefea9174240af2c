"""The terminal front end: `sportsbot ask` for one question, `sportsbot chat` for a prompt."""

from adapters.console.console import CHAT, ask, chat, serve

__all__ = ["CHAT", "ask", "chat", "serve"]
