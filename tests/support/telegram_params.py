"""How the stand-in reads a Bot API request's parameters: query, JSON body or form,
with JSON-encoded values (reply_markup, entities...) decoded as the real server does."""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web

_TEXT_FIELDS = {
    "text",
    "query",
    "inline_query_id",
    "callback_query_id",
    "parse_mode",
    "language_code",
    "description",
    "next_offset",
    "url",
    "short_description",
    "name",
}


async def request_params(request: web.Request) -> dict[str, Any]:
    raw: dict[str, Any] = dict(request.query)
    if request.content_type == "application/json":
        raw.update(await request.json())
    elif request.can_read_body:
        raw.update(await request.post())
    return {key: _decode(key, value) for key, value in raw.items()}


def _decode(key: str, value: Any) -> Any:
    if not isinstance(value, str) or key in _TEXT_FIELDS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value
