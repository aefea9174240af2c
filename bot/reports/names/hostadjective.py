"""`beim bereits abgestiegenen AC Siena`, `bei den kriselnden Kölnern`: `bei`/`beim`
before one or two lower-case words (the last inflected) still governs the name, so the
game was at that team's home."""

from __future__ import annotations

from bot.reports.names.personword import previous_word


def host_before_adjective(text: str, tokens, i: int) -> str:
    """`bei`/`beim` two or three words before token i, over lower-case words, or ''."""
    at = i - 1
    for _ in range(2):
        before = previous_word(text, tokens, at)
        if before in ("bei", "beim"):
            return before
        if not before or not before[0].islower():
            return ""
        at -= 1
    return ""
