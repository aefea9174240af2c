"""The Discord adapter: slash commands, autocomplete and buttons over the shared core.

Imported as `adapters.discord` (never with adapters/ on sys.path, which would
shadow the `discord` package); every import in this package is absolute.
"""

from __future__ import annotations

from typing import Any


async def serve(app: Any) -> None:
    """Run the bot on Discord until stopped; `sportsbot run discord` awaits this.

    The app's services (the announcement dispatcher) stop before the client closes,
    so a send under way finishes on an open connection.
    """
    from adapters.discord.client import build_client, run
    from adapters.discord.sender import DiscordSender

    client = build_client(app)
    app.senders["discord"] = DiscordSender(client)
    try:
        await run(client, before_close=app.stop_services)
    finally:
        app.senders.pop("discord", None)
