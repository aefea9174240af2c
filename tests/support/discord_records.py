"""What the stand-in Discord records, and how it answers over HTTP (exact JSON content type)."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass
class Callback:
    """An interaction callback: 4 message, 5 deferred, 6 deferred update, 7 update, 8 choices."""

    interaction_id: str
    token: str
    type: int
    data: dict[str, Any]
    query: dict[str, str]
    at: float = field(default_factory=time.perf_counter)


@dataclass
class Posted:
    """A message body posted or patched, and where to (a channel, or an interaction's token)."""

    method: str
    target: str
    body: dict[str, Any]
    message_id: str


def json_response(data: Any, status: int = 200) -> web.Response:
    """discord.py parses JSON only when the content type is exactly application/json."""
    return web.Response(
        body=json.dumps(data).encode(), status=status, headers={"Content-Type": "application/json"}
    )


def failure(status: int) -> web.Response:
    codes = {403: 50001, 404: 10003}
    return json_response(
        {"message": f"{status} stand-in failure", "code": codes.get(status, 0)}, status
    )


async def body_of(request: web.Request) -> dict[str, Any]:
    """Webhook edits and follow-ups come as JSON, or as multipart with a payload_json part."""
    if request.content_type == "application/json":
        return await request.json()
    form = await request.post()
    return json.loads(form["payload_json"]) if "payload_json" in form else {}
