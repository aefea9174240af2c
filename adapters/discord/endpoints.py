"""Points discord.py at a configured Discord: REST base URL, and the gateway that base names.

discord.py keeps both addresses as class attributes: `http.Route.BASE` (every
REST route is built from it) and `gateway.DiscordWebSocket.DEFAULT_GATEWAY`.
The gateway one is the hook we use: `Client.connect` dials it for the first
connection (`from_client(gateway=None)` falls back to it), and after an
invalidated session the websocket resets `self.gateway` to it again, so setting
that one attribute covers every (re)connect, sharded or not. The alternatives
were worse: passing `gateway=` to `DiscordWebSocket.from_client` means copying
`Client.connect`'s whole reconnect loop, and rewriting URLs in
`HTTPClient.ws_connect` means guessing which dials are the gateway's. Both
attributes are process-wide in discord.py, so one process talks to one Discord;
`restore()` puts the defaults back when the client stops.
"""

from __future__ import annotations

import logging

import yarl
from discord.gateway import DiscordWebSocket
from discord.http import HTTPClient, Route

log = logging.getLogger(__name__)

DISCORD_REST = Route.BASE
DISCORD_GATEWAY = DiscordWebSocket.DEFAULT_GATEWAY


def use_rest_base(base_url: str) -> bool:
    """Route REST calls through `base_url`; True when that is not Discord's own address."""
    base = base_url.rstrip("/")
    Route.BASE = base
    custom = base != DISCORD_REST
    if custom:
        log.info("Discord REST calls go to %s", base)
    return custom


async def use_gateway_of(http: HTTPClient) -> str:
    """Ask the configured REST base for its gateway (`GET /gateway/bot`) and dial only that."""
    _shards, url, _limits = await http.get_bot_gateway()
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(url)
    log.info("Discord gateway is %s (from %s/gateway/bot)", url, Route.BASE)
    return url


def restore() -> None:
    Route.BASE = DISCORD_REST
    DiscordWebSocket.DEFAULT_GATEWAY = DISCORD_GATEWAY
