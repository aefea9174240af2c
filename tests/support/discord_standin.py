"""A stand-in Discord on 127.0.0.1, so tests can run the real discord.py client end to end.

It serves the REST routes the client calls (login, /gateway/bot, command sync,
interaction callbacks, webhook edits and follow-ups, channel messages) and a
gateway websocket that says HELLO, takes IDENTIFY, sends READY and GUILD_CREATE
and then dispatches whatever INTERACTION_CREATE events a test injects. Every
request is recorded so tests can assert what a user would have seen.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from tests.support import discord_payloads as payloads
from tests.support.discord_records import Callback, Posted, body_of, failure, json_response

API = "/api/v10"
HELLO, IDENTIFY, RESUME, HEARTBEAT, HEARTBEAT_ACK, DISPATCH, INVALID_SESSION = 10, 2, 6, 1, 11, 0, 9


@dataclass
class DiscordStandin:
    token: str = "stand-in-token.abc.XYZ"
    application_id: str = field(default_factory=payloads.snowflake)
    bot_id: str = field(default_factory=payloads.snowflake)
    guilds: list[payloads.Guild] = field(default_factory=list)
    callbacks: list[Callback] = field(default_factory=list)
    posted: list[Posted] = field(default_factory=list)
    synced: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    identifies: list[dict[str, Any]] = field(default_factory=list)
    requests: list[tuple[str, str]] = field(default_factory=list)
    fail_channels: dict[str, int] = field(default_factory=dict)
    port: int = 0
    _sockets: list[web.WebSocketResponse] = field(default_factory=list)
    _sequence: int = 0
    _originals: dict[str, dict[str, Any]] = field(default_factory=dict)
    _nonces: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    _runner: web.AppRunner | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}{API}"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    @property
    def bot_user(self) -> dict[str, Any]:
        return payloads.user(self.bot_id, "sportsbot", bot=True)

    async def start(self) -> DiscordStandin:
        app = web.Application(middlewares=[self._record])
        app.router.add_get("/gateway", self._gateway)
        app.router.add_get("/resume-gateway", self._gateway)
        routes = [
            ("GET", "/users/@me", self._me),
            ("GET", "/oauth2/applications/@me", self._application),
            ("GET", "/gateway/bot", self._gateway_bot),
            ("PUT", "/applications/{app}/commands", self._sync),
            ("PUT", "/applications/{app}/guilds/{guild}/commands", self._sync),
            ("POST", "/interactions/{id}/{token}/callback", self._callback),
            ("PATCH", "/webhooks/{app}/{token}/messages/@original", self._edit_original),
            ("DELETE", "/webhooks/{app}/{token}/messages/@original", self._delete_original),
            ("POST", "/webhooks/{app}/{token}", self._followup),
            ("POST", "/channels/{channel}/messages", self._channel_post),
            ("PATCH", "/channels/{channel}/messages/{message}", self._channel_edit),
        ]
        for method, path, handler in routes:
            app.router.add_route(method, API + path, handler)
        self._runner = web.AppRunner(app, shutdown_timeout=2.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        for socket in list(self._sockets):
            await socket.close()
        if self._runner is not None:
            await self._runner.cleanup()

    # -- what tests call -------------------------------------------------------

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Send one gateway event to every identified connection."""
        self._sequence += 1
        frame = {"op": DISPATCH, "t": event, "s": self._sequence, "d": data}
        for socket in list(self._sockets):
            if not socket.closed:
                await socket.send_str(json.dumps(frame))

    async def interact(self, payload: dict[str, Any]) -> dict[str, Any]:
        if payload.get("message"):
            self._originals[payload["token"]] = payload["message"]
        await self.dispatch("INTERACTION_CREATE", payload)
        return payload

    async def invalidate_session(self) -> None:
        """Op 9 with d=false: the client must identify anew (discord.py then redials)."""
        for socket in list(self._sockets):
            if not socket.closed:
                await socket.send_str(json.dumps({"op": INVALID_SESSION, "d": False}))

    async def wait_for(self, condition: Callable[[], Any], timeout: float = 15.0) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = condition()
            if value:
                return value
            await asyncio.sleep(0.01)
        raise AssertionError("the stand-in Discord did not see what the test waited for")

    def callbacks_for(self, payload: dict[str, Any]) -> list[Callback]:
        return [c for c in self.callbacks if c.interaction_id == payload["id"]]

    def messages_for(self, payload: dict[str, Any]) -> list[Posted]:
        return [p for p in self.posted if p.target == payload["token"]]

    # -- REST ------------------------------------------------------------------

    @web.middleware
    async def _record(self, request: web.Request, handler: Callable) -> web.StreamResponse:
        self.requests.append((request.method, request.path))
        if request.path.startswith(API) and "/webhooks/" not in request.path:
            if "/interactions/" not in request.path and (
                request.headers.get("Authorization") != f"Bot {self.token}"
            ):
                return json_response({"message": "401: Unauthorized", "code": 0}, status=401)
        return await handler(request)

    async def _me(self, request: web.Request) -> web.Response:
        return json_response(self.bot_user)

    async def _application(self, request: web.Request) -> web.Response:
        return json_response(
            {
                "id": self.application_id,
                "name": "sportsbot",
                "description": "",
                "icon": None,
                "bot_public": True,
                "bot_require_code_grant": False,
                "owner": payloads.user(payloads.snowflake(), "owner"),
                "verify_key": "0" * 64,
                "flags": 0,
            }
        )

    async def _gateway_bot(self, request: web.Request) -> web.Response:
        limit = {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}
        return json_response({"url": self.gateway_url, "shards": 1, "session_start_limit": limit})

    async def _sync(self, request: web.Request) -> web.Response:
        commands = await request.json()
        scope = request.match_info.get("guild", "global")
        answered = []
        for command in commands:
            stored = dict(command, id=payloads.snowflake(), application_id=self.application_id)
            stored.setdefault("version", payloads.snowflake())
            if scope != "global":
                stored["guild_id"] = scope
            answered.append(stored)
        self.synced[scope] = answered
        return json_response(answered)

    async def _callback(self, request: web.Request) -> web.Response:
        body = await request.json()
        token = request.match_info["token"]
        callback = Callback(
            request.match_info["id"],
            token,
            body["type"],
            body.get("data") or {},
            dict(request.query),
        )
        self.callbacks.append(callback)
        answer: dict[str, Any] = {
            "interaction": {"id": callback.interaction_id, "type": 2},
        }
        kind = callback.type
        if kind in (4, 5, 7):
            if kind == 7 and token in self._originals:
                message_id = self._originals[token]["id"]
            else:
                message_id = payloads.snowflake()
            created = payloads.message(
                self._channel_of(token), self.bot_user, callback.data, message_id
            )
            self._originals[token] = created
            answer["interaction"].update(
                response_message_id=created["id"],
                response_message_loading=kind == 5,
                response_message_ephemeral=bool(callback.data.get("flags", 0) & 64),
            )
            answer["resource"] = {"type": kind, "message": created}
            if kind != 5:
                self.posted.append(Posted("callback", token, callback.data, created["id"]))
        return json_response(answer)

    async def _edit_original(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        body = await body_of(request)
        previous = self._originals.get(token) or {"id": payloads.snowflake()}
        edited = payloads.message(self._channel_of(token), self.bot_user, body, previous["id"])
        self._originals[token] = edited
        self.posted.append(Posted("edit", token, body, edited["id"]))
        return json_response(edited)

    async def _delete_original(self, request: web.Request) -> web.Response:
        self.posted.append(Posted("delete", request.match_info["token"], {}, ""))
        return web.Response(status=204)

    async def _followup(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        body = await body_of(request)
        created = payloads.message(self._channel_of(token), self.bot_user, body)
        self.posted.append(Posted("followup", token, body, created["id"]))
        return json_response(created)

    async def _channel_post(self, request: web.Request) -> web.Response:
        channel = request.match_info["channel"]
        if channel in self.fail_channels:
            return failure(self.fail_channels[channel])
        body = await body_of(request)
        nonce = (channel, body.get("nonce")) if body.get("enforce_nonce") else None
        if nonce in self._nonces:
            return json_response(self._nonces[nonce])
        created = payloads.message(channel, self.bot_user, body)
        if nonce:
            self._nonces[nonce] = created
        self.posted.append(Posted("post", channel, body, created["id"]))
        return json_response(created)

    async def _channel_edit(self, request: web.Request) -> web.Response:
        channel = request.match_info["channel"]
        if channel in self.fail_channels:
            return failure(self.fail_channels[channel])
        body = await body_of(request)
        edited = payloads.message(channel, self.bot_user, body, request.match_info["message"])
        self.posted.append(Posted("patch", channel, body, edited["id"]))
        return json_response(edited)

    def _channel_of(self, token: str) -> str:
        original = self._originals.get(token)
        if original:
            return original["channel_id"]
        return self.guilds[0].channel_id if self.guilds else payloads.snowflake()

    # -- gateway ---------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        await socket.send_str(json.dumps({"op": HELLO, "d": {"heartbeat_interval": 41250}}))
        async for frame in socket:
            if frame.type != WSMsgType.TEXT:
                break
            message = json.loads(frame.data)
            op = message.get("op")
            if op == HEARTBEAT:
                await socket.send_str(json.dumps({"op": HEARTBEAT_ACK}))
            elif op == IDENTIFY:
                await self._ready(socket, message["d"])
            elif op == RESUME:
                await socket.send_str(json.dumps({"op": INVALID_SESSION, "d": False}))
        if socket in self._sockets:
            self._sockets.remove(socket)
        return socket

    async def _ready(self, socket: web.WebSocketResponse, identify: dict[str, Any]) -> None:
        self.identifies.append(identify)
        ready: dict[str, Any] = {
            "v": 10,
            "user": self.bot_user,
            "guilds": [{"id": g.id, "unavailable": True} for g in self.guilds],
            "session_id": f"session-{len(self.identifies)}",
            "resume_gateway_url": self.gateway_url.replace("/gateway", "/resume-gateway"),
            "application": {"id": self.application_id, "flags": 0},
        }
        if "shard" in identify:
            ready["shard"] = identify["shard"]
        self._sockets.append(socket)
        await self.dispatch("READY", ready)
        for guild in self.guilds:
            await self.dispatch("GUILD_CREATE", guild.payload(self.bot_id))
