"""Refuse what is not a readable football report before any extraction runs:
empty, binary, too large, not German or English, or not about football."""

from __future__ import annotations

import re

from bot.reports.errors import UnreadableReport
from bot.reports.text.header import parse_dateline
from bot.reports.text.holdsany import holds_any
from bot.reports.text.language import detect_language

MAX_CHARS = 1_000_000
MAX_BYTES = 4 * MAX_CHARS
_FOOTBALL = re.compile(
    r"\b(?:goals?|scored?|scoring|match|league|cup|final|semifinals?|quarterfinals?|"
    r"penalty|penalties|shootout|aggregate|striker|goalkeeper|keeper|coach|manager|"
    r"tor|tore|treffer|spiel|liga|pokal|finale|halbfinale|viertelfinale|elfmeter|"
    r"elfmeterschießen|torhüter|trainer|hinspiel|rückspiel|bundesliga|verlängerung|"
    r"champions|fußball|football|soccer|stadion|stadium|minute|\d{1,2}[-:]\d{1,2})\b",
    re.IGNORECASE,
)
MIN_FOOTBALL_WORDS = 2


def decode(data: bytes) -> str:
    """Bytes of a file to text; NUL bytes or undecodable bytes mean binary.

    Older German newsroom exports are often Windows-1252 (a superset of
    Latin-1 for text), so that is tried after UTF-8; binary data rarely
    survives the later checks for language and control characters.
    """
    if len(data) > MAX_BYTES:
        raise UnreadableReport("too_large", f"{len(data)} bytes is more than a report")
    if b"\x00" in data[:65536] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableReport("binary", "the file holds NUL bytes")
    for encoding in ("utf-8-sig", "utf-16", "cp1252"):
        if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnreadableReport("binary", "the file is not text in a known encoding")


def check(text: str) -> str:
    """The language of an acceptable report; raises UnreadableReport otherwise."""
    if len(text) > MAX_CHARS:
        raise UnreadableReport("too_large", f"{len(text)} characters is more than a report")
    if "\x00" in text:
        raise UnreadableReport("binary", "the text holds NUL characters")
    _, body = parse_dateline(text)
    if not body.strip():
        raise UnreadableReport("empty", "the report has no text")
    if _control_share(body) > 0.05:
        raise UnreadableReport("binary", "the text is mostly control characters")
    lang = detect_language(body)
    if lang is None:
        raise UnreadableReport("language", "the report is neither German nor English")
    return lang


def check_football(body: str, team_mentions: int) -> None:
    """Football words and team names together must show the text is about football."""
    if team_mentions >= MIN_FOOTBALL_WORDS:
        return
    if len(_FOOTBALL.findall(body[:20000])) + team_mentions < MIN_FOOTBALL_WORDS:
        raise UnreadableReport("not_football", "nothing in the report is about football")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")


_CONTROL_CHARS = "".join(map(chr, [*range(0, 9), 11, 12, *range(14, 32), 0xFFFD]))
"""_CONTROL's characters: a text holding none of them (`in`, fast C scans) has no match."""


def _control_share(text: str) -> float:
    sample = text[:20000]
    if not holds_any(sample, _CONTROL_CHARS):
        return 0 / max(1, len(sample))
    return len(_CONTROL.findall(sample)) / max(1, len(sample))
