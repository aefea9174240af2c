"""A python-telegram-bot request backend on aiohttp, for the outbox's many small sends.

PTB's default backend (httpx over httpcore) costs about 2 ms of CPU per request,
most of it in the connection pool's bookkeeping; aiohttp's client, with its C
HTTP parser and one keep-alive pool, needs a fraction of that. Parameters go as
one JSON body (the Bot API takes JSON for everything but uploads, which this
backend refuses). PTB stays in the
loop: it builds the request, parses the answer and raises its usual errors
(RetryAfter, Forbidden, BadRequest, TimedOut, NetworkError). Errors keep their
aiohttp cause, so the sender can tell "never sent" (no connection) from "sent,
no answer" (a read timeout) exactly as with httpx.
"""

from __future__ import annotations

import json

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

JSON = {"Content-Type": "application/json"}
NOT_SENT = (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError, aiohttp.InvalidURL)
"""aiohttp errors raised before any byte of the request left the process."""


class AiohttpRequest(BaseRequest):
    def __init__(
        self, pool_size: int = 8, read_timeout: float = 15.0, connect_timeout: float = 15.0
    ) -> None:
        self.pool_size = pool_size
        self._read_timeout = read_timeout
        self._connect_timeout = connect_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self.pool_size, keepalive_timeout=30)
            self._session = aiohttp.ClientSession(
                connector=connector, headers={"User-Agent": self.USER_AGENT}
            )

    async def shutdown(self) -> None:
        session, self._session = self._session, None
        if session is not None and not session.closed:
            await session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout=BaseRequest.DEFAULT_NONE,
        write_timeout=BaseRequest.DEFAULT_NONE,
        connect_timeout=BaseRequest.DEFAULT_NONE,
        pool_timeout=BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        if request_data is not None and request_data.contains_files:
            raise NetworkError("AiohttpRequest sends no files; use HTTPXRequest for uploads")
        if isinstance(read_timeout, DefaultValue):
            read_timeout = self._read_timeout
        if isinstance(connect_timeout, DefaultValue):
            connect_timeout = self._connect_timeout
        timeout = aiohttp.ClientTimeout(connect=connect_timeout, sock_read=read_timeout)
        body = json.dumps(request_data.parameters).encode() if request_data is not None else None
        try:
            async with self._session.request(
                method, url, data=body, headers=JSON if body else None, timeout=timeout
            ) as response:
                return response.status, await response.read()
        except (aiohttp.ConnectionTimeoutError, aiohttp.SocketTimeoutError) as error:
            raise TimedOut from error
        except TimeoutError as error:
            raise TimedOut from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error
