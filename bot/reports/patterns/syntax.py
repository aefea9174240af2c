"""Reading a regex's own text (its top-level alternatives, where a group closes), which
every rewrite in this package needs and `re` does not expose."""

from __future__ import annotations


def _structure(text: str, start: int = 0):
    """(index, character, group depth after it) of each character of `text` from
    `start` that is neither escaped nor inside a character class."""
    depth, in_class, escaped = 0, False, False
    for index in range(start, len(text)):
        char = text[index]
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            depth += (char == "(") - (char == ")")
            yield index, char, depth


def top_level(body: str) -> list[str]:
    """A pattern's text split at its top-level `|` (outside groups and classes)."""
    cuts = [index for index, char, depth in _structure(body) if char == "|" and depth == 0]
    bounds = [-1, *cuts, len(body)]
    return [body[a + 1 : b] for a, b in zip(bounds, bounds[1:], strict=False)]


def group_end(text: str, start: int = 0) -> int:
    """Index of the `)` closing the group opened at `start`."""
    for index, char, depth in _structure(text, start):
        if char == ")" and depth == 0:
            return index
    raise ValueError(f"{text[start : start + 30]!r} has no closing parenthesis")


def class_end(text: str, start: int = 0) -> int:
    """Index of the `]` closing the character class opened at `start`."""
    index = start + 1
    if text[index : index + 1] == "^":
        index += 1
    if text[index : index + 1] == "]":
        index += 1
    while index < len(text):
        if text[index] == "\\":
            index += 2
            continue
        if text[index] == "]":
            return index
        index += 1
    raise ValueError(f"{text[start : start + 30]!r} has no closing bracket")
