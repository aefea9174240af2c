"""Telegram's HTML parse mode as a checker, so the stand-in rejects what the real API rejects.

Stricter than Telegram where that catches our own bugs: every ``<``, ``>`` and
``&`` outside a tag or an entity is an error (Telegram tolerates a bare ``>``;
we always escape it, so we treat it as a mistake).
"""

from __future__ import annotations

import html
import re

ALLOWED = {
    "b": set(),
    "strong": set(),
    "i": set(),
    "em": set(),
    "u": set(),
    "ins": set(),
    "s": set(),
    "strike": set(),
    "del": set(),
    "tg-spoiler": set(),
    "span": {"class"},
    "a": {"href"},
    "tg-emoji": {"emoji-id"},
    "code": {"class"},
    "pre": set(),
    "blockquote": {"expandable"},
}
MAX_TEXT = 4096

_TAG = re.compile(
    r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:\s*=\s*(?:\"[^\"<]*\"|'[^'<]*'|[^\s>\"'<]+))?)*)\s*>"
)
_ATTR = re.compile(r"([a-zA-Z-]+)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>\"']+))?")
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});")


class HtmlError(ValueError):
    """The text a real Bot API would refuse with 400 "can't parse entities"."""


def parse(text: str) -> str:
    """The visible text of an HTML-mode message; raises HtmlError where Telegram would refuse."""
    visible: list[str] = []
    stack: list[str] = []
    position = 0
    while position < len(text):
        char = text[position]
        if char == "<":
            match = _TAG.match(text, position)
            if not match:
                raise HtmlError(f"Can't parse entities: unsupported start tag at byte {position}")
            closing, name, attributes = match.group(1), match.group(2).lower(), match.group(3)
            if name not in ALLOWED:
                raise HtmlError(f'Can\'t parse entities: unsupported start tag "{name}"')
            if closing:
                if not stack or stack[-1] != name:
                    raise HtmlError(f'Can\'t parse entities: unmatched end tag "{name}"')
                stack.pop()
            else:
                _check_attributes(name, attributes)
                stack.append(name)
            position = match.end()
        elif char == "&":
            match = _ENTITY.match(text, position)
            if not match:
                raise HtmlError(f"Can't parse entities: bare '&' at offset {position}")
            visible.append(html.unescape(match.group(0)))
            position = match.end()
        elif char == ">":
            raise HtmlError(f"Can't parse entities: bare '>' at offset {position}")
        else:
            visible.append(char)
            position += 1
    if stack:
        raise HtmlError(f"Can't parse entities: can't find end tag for \"{stack[-1]}\"")
    return "".join(visible)


def _check_attributes(name: str, attributes: str) -> None:
    for attribute, value in _ATTR.findall(attributes or ""):
        if attribute.lower() not in ALLOWED[name]:
            raise HtmlError(
                f"Can't parse entities: unsupported attribute {attribute!r} in {name!r}"
            )
        if "&" in value and not all(
            _ENTITY.match(value, i) for i, c in enumerate(value) if c == "&"
        ):
            raise HtmlError("Can't parse entities: bare '&' in an attribute")


def utf16_length(text: str) -> int:
    """Telegram counts message length in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def check_message(text: object, parse_mode: object) -> str:
    """The visible text, or HtmlError with Telegram's wording for empty, long or bad text."""
    if not isinstance(text, str) or not text.strip():
        raise HtmlError("Bad Request: message text is empty")
    visible = parse(text) if str(parse_mode).upper() == "HTML" else text
    if not visible.strip():
        raise HtmlError("Bad Request: message text is empty")
    if utf16_length(visible) > MAX_TEXT:
        raise HtmlError("Bad Request: message is too long")
    return visible
