"""A stand-in Telegram Bot API server on 127.0.0.1, so the real python-telegram-bot can be tested.

The real `telegram.ext.Application` (or a plain `telegram.Bot`) talks HTTP to
this server exactly as it would to api.telegram.org: point it at
``standin.base_url`` (``http://127.0.0.1:PORT/bot``; the token is appended).

Usage::

    async with TelegramStandIn() as tg:           # random free port
        config = Config(telegram_token=tg.token, telegram_base_url=tg.base_url, ...)
        fan = tg.user(1001, language_code="en")
        group = tg.group_chat(-100500, title="Fans")
        tg.set_member(group["id"], fan["id"], "administrator")
        tg.send_text(group, fan, "/tie@" + tg.username + " miami lafc")
        [call] = await tg.wait_for("sendMessage")
        call.params["text"], call.params["chat_id"], call.visible   # what the user sees

What it implements: getMe, deleteWebhook, getUpdates (long-poll over a queue of
injected updates; honours offset, limit and timeout), sendMessage,
editMessageText, setMyCommands, deleteMyCommands, getMyCommands,
answerCallbackQuery, answerInlineQuery, getChatMember, close, logOut. Any other
method gets 404, like an unknown method on the real server.

It checks requests as the real API does and answers 400 when they are bad:
malformed HTML in parse mode HTML (see telegram_html.py: allowed tags only,
balanced, entities escaped), empty text, text over 4096 characters (UTF-16),
callback_data over 64 bytes, replying to or editing a message that does not
exist, an unchanged edit ("message is not modified"), bad command names.
Rejected calls are recorded too (`status` 400) and listed in `rejected`.

Recording: `calls` holds every request as a `Call` (method, parsed params,
HTTP status, result). `calls_to(method)`, `sent()` (successful sendMessage
calls), `await wait_for(method, count, timeout, where=...)` and `await
quiet(seconds)` (no calls but getUpdates for that long) and `await polling()`
(a bot is waiting in a long poll, so it has started) help assertions.

Trouble on request:
- `fail_next(method, status=429, retry_after=1, times=1)`: the next `times`
  calls of `method` ("*" = any but getUpdates) get that status (429 with
  `parameters.retry_after`, 500, 502, 403, 400 ...) instead of being served;
- `block(chat_id)`: every send to the chat gets 403 (blocked / kicked);
- `forget(chat_id)`: every send to the chat gets 400 "chat not found";
- `delay(method, seconds)`: answer that method only after a pause.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from tests.support.telegram_api import ApiError, BotApiMethods, Call
from tests.support.telegram_params import request_params
from tests.support.telegram_users import UserActions

TOKEN = "123456:TEST-token_for-the-stand-in"


@dataclass
class _Failure:
    status: int
    description: str
    retry_after: float | None


class TelegramStandIn(BotApiMethods, UserActions):
    def __init__(self, token: str = TOKEN, username: str = "sportsbot_test_bot") -> None:
        self.token = token
        self.username = username
        self.bot_user = {
            "id": int(token.split(":")[0]),
            "is_bot": True,
            "first_name": "Sportsbot",
            "username": username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
        }
        self.calls: list[Call] = []
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}
        self.chats: dict[int, dict[str, Any]] = {}
        self.members: dict[tuple[int, int], str] = {}
        self.blocked: set[int] = set()
        self.forgotten: set[int] = set()
        self.users: dict[int, dict[str, Any]] = {}
        self._issued: list[dict[str, Any]] = []
        self._setup_api_state()
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1)
        self._query_ids = itertools.count(1)
        self._failures: dict[str, list[_Failure]] = {}
        self._delays: dict[str, float] = {}
        self._changed = asyncio.Condition()
        self._closing = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    async def __aenter__(self) -> TelegramStandIn:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._serve)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        self._closing.set()
        async with self._changed:
            self._changed.notify_all()
        if self._runner:
            await self._runner.cleanup()
            self._runner = None

    def push_update(self, payload: dict[str, Any]) -> int:
        update_id = next(self._update_ids)
        update = {"update_id": update_id, **payload}
        self._updates.append(update)
        self._issued.append(update)
        asyncio.get_running_loop().create_task(self._notify())
        return update_id

    # -- trouble ---------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        status: int = 500,
        times: int = 1,
        retry_after: float | None = None,
        description: str | None = None,
    ) -> None:
        if status == 429 and retry_after is None:
            retry_after = 1
        text = description or _DESCRIPTIONS.get(status, f"Error {status}")
        if status == 429:
            text = f"Too Many Requests: retry after {retry_after:g}"
        self._failures.setdefault(method, []).extend(
            _Failure(status, text, retry_after) for _ in range(times)
        )

    def block(self, chat_id: int) -> None:
        self.blocked.add(chat_id)

    def forget(self, chat_id: int) -> None:
        self.forgotten.add(chat_id)

    def delay(self, method: str, seconds: float) -> None:
        self._delays[method] = seconds

    # -- assertions --------------------------------------------------------------

    def calls_to(self, method: str, ok: bool | None = True) -> list[Call]:
        return [c for c in self.calls if c.method == method and (ok is None or c.ok == ok)]

    def sent(self, chat_id: int | None = None) -> list[Call]:
        return [
            c
            for c in self.calls_to("sendMessage")
            if chat_id is None or c.params.get("chat_id") == chat_id
        ]

    @property
    def rejected(self) -> list[Call]:
        return [c for c in self.calls if 400 <= c.status < 500 and c.status != 429]

    async def wait_for(
        self,
        method: str,
        count: int = 1,
        timeout: float = 10.0,
        where: Any = None,
        ok: bool | None = True,
    ) -> list[Call]:
        """Wait until at least `count` calls of `method` (matching `where(call)`) were served."""

        def matching() -> list[Call]:
            found = self.calls_to(method, ok)
            return [c for c in found if where is None or where(c)]

        async with self._changed:
            try:
                await asyncio.wait_for(
                    self._changed.wait_for(lambda: len(matching()) >= count), timeout
                )
            except TimeoutError:
                seen = [(c.method, c.status) for c in self.calls if c.method != "getUpdates"]
                raise AssertionError(
                    f"expected {count} {method} call(s) within {timeout}s; saw {seen}"
                ) from None
        return matching()

    async def polling(self, timeout: float = 10.0) -> None:
        """Wait until a bot is waiting in a getUpdates long poll (it has finished starting)."""
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(lambda: self.long_polls > 0), timeout)

    async def quiet(self, seconds: float = 0.3) -> None:
        """Return once no call but getUpdates has come in for `seconds`."""
        while True:
            last = max((c.at for c in self.calls if c.method != "getUpdates"), default=0.0)
            wait = last + seconds - time.monotonic()
            if wait <= 0:
                return
            await asyncio.sleep(wait)

    # -- the server --------------------------------------------------------------

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def _serve(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await request_params(request)
        if request.match_info["token"] != self.token:
            return await self._answer(Call(method, params), 401, "Unauthorized")
        if method in self._delays:
            await asyncio.sleep(self._delays[method])
        failures = self._failures.get(method) or (
            self._failures.get("*") if method != "getUpdates" else None
        )
        if failures:
            failure = failures.pop(0)
            return await self._answer(
                Call(method, params), failure.status, failure.description, failure.retry_after
            )
        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            return await self._answer(Call(method, params), 404, "Not Found")
        call = Call(method, params)
        try:
            result = await handler(call) if method == "getUpdates" else handler(call)
        except ApiError as error:
            return await self._answer(call, error.status, error.description)
        return await self._answer(call, 200, result=result)

    async def _answer(
        self,
        call: Call,
        status: int,
        description: str = "",
        retry_after: float | None = None,
        result: Any = None,
    ) -> web.Response:
        call.status = status
        if status == 200:
            call.result = result
            body: dict[str, Any] = {"ok": True, "result": result}
        else:
            call.result = description
            body = {"ok": False, "error_code": status, "description": description}
            if retry_after is not None:
                body["parameters"] = {"retry_after": retry_after}
        self.calls.append(call)
        await self._notify()
        return web.json_response(body, status=status)


_DESCRIPTIONS = {
    400: "Bad Request: chat not found",
    403: "Forbidden: bot was blocked by the user",
    500: "Internal Server Error",
    502: "Bad Gateway",
}
