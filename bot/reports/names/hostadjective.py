"""`beim bereits abgestiegenen AC Siena`, `bei den kriselnden Kölnern`: `bei`/`beim`
before one or two lower-case words (the last inflected) still governs the name, so the
game was at that team's home."""

from __future__ import annotations


def host_before_adjective(text: str, tokens, i: int) -> str:
    """`bei`/`beim` two or three words before token i, over lower-case words, or ''."""
    at = i - 1
    for _ in range(2):
        before = _previous_word(text, tokens, at)
        if before in ("bei", "beim"):
            return before
        if not before or not before[0].islower():
            return ""
        at -= 1
    return ""


def _previous_word(text: str, tokens, i: int) -> str:
    if i <= 0:
        return ""
    gap = text[tokens[i - 1][1] : tokens[i][0]]
    return tokens[i - 1][2] if gap == " " else ""
