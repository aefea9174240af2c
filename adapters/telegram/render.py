"""A Reply as Telegram HTML, escaped and cut into messages that fit Telegram's 4096-character limit.

Every piece of text in a Reply came from a user or a report, so all of it is
escaped; the only markup is ours (title in bold, section headings in bold,
footer in italics). Each line carries its own tags, so the text can be cut at
any line without leaving a tag open; a single line too long for one message is
cut at a space where possible, never inside an entity.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from bot.seam import Reply

LIMIT = 4096


@dataclass(frozen=True)
class Line:
    text: str
    tag: str | None = None

    def html(self) -> str:
        body = escape(self.text, quote=False)
        return f"<{self.tag}>{body}</{self.tag}>" if self.tag and body else body


def lines_of(reply: Reply) -> list[Line]:
    """The reply's lines in order, a blank line between blocks; choices go on buttons instead."""
    blocks: list[list[Line]] = []
    if reply.title:
        blocks.append([Line(part, "b") for part in reply.title.splitlines()])
    for section in reply.sections:
        block = [Line(part, "b") for part in (section.heading or "").splitlines()]
        for line in section.lines:
            block.extend(Line(part) for part in line.splitlines() or [""])
        blocks.append(block)
    if reply.footer:
        blocks.append([Line(part, "i") for part in reply.footer.splitlines()])
    lines: list[Line] = []
    for block in blocks:
        if not any(line.text.strip() for line in block):
            continue
        if lines:
            lines.append(Line(""))
        lines.extend(block)
    return lines


def render(reply: Reply, limit: int = LIMIT) -> list[str]:
    """The messages to send for this reply, each valid HTML of at most `limit` UTF-16 units."""
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for line in lines_of(reply):
        for piece in _fit(line, limit):
            cost = _units(piece) + (1 if current else 0)
            if current and size + cost > limit:
                chunks.append(_join(current))
                current, size = [], 0
                cost = _units(piece)
            if not current and not piece.strip():
                continue
            current.append(piece)
            size += cost
    if current:
        chunks.append(_join(current))
    return [chunk for chunk in chunks if chunk.strip()]


def plain(reply: Reply) -> str:
    """The reply without markup, for logs and inline result descriptions."""
    return "\n".join(line.text for line in lines_of(reply))


def _join(pieces: list[str]) -> str:
    return "\n".join(pieces).strip("\n")


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _fit(line: Line, limit: int) -> list[str]:
    """One line as one or more HTML pieces, each within `limit`."""
    rendered = line.html()
    if _units(rendered) <= limit:
        return [rendered]
    overhead = _units(Line("x", line.tag).html()) - 1
    room = limit - overhead
    pieces: list[str] = []
    text = line.text
    while text:
        end, used = 0, 0
        while end < len(text):
            cost = _units(escape(text[end], quote=False))
            if used + cost > room:
                break
            used += cost
            end += 1
        if end < len(text):
            space = text.rfind(" ", 0, end)
            if space > end // 2:
                end = space + 1
        pieces.append(Line(text[:end].rstrip(" "), line.tag).html())
        text = text[end:]
    return [piece for piece in pieces if piece]
