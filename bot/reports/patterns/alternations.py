"""A regex alternation of words regrouped by first letter: `re` tries every
alternative at every position, so `w(?:on|in|ins)|b(?:eat|eats)` is scanned much
faster than `won|win|wins|beat|beats`, and finds exactly the same matches (only
alternatives of one first letter can match at one position, and their order is kept)."""

from __future__ import annotations

import re


def regroup(alternatives: str, ignore_case: bool = True) -> str:
    """`alternatives` (a bare `a|b|c`, each beginning with a letter or with a group of
    plain words such as `(?:had|have) beaten`) as an alternation grouped by first
    letter (lower-cased where the pattern ignores case)."""
    groups: dict[str, list[str]] = {}
    for part in (p for top in _split(alternatives) for p in _expand(top)):
        first = part[0]
        if not first.isalpha():
            raise ValueError(f"{part!r} does not begin with a letter")
        groups.setdefault(first.lower() if ignore_case else first, []).append(part)
    out = []
    for parts in groups.values():
        if len(parts) == 1:
            out.append(parts[0])
        else:
            out.append(parts[0][0] + "(?:" + "|".join(p[1:] for p in parts) + ")")
    return "|".join(out)


def _split(alternatives: str) -> list[str]:
    """The top-level alternatives, outside groups and character classes."""
    out, current = [], []
    depth, in_class, escaped = 0, False, False
    for char in alternatives:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            out.append("".join(current))
            current = []
            continue
        current.append(char)
    out.append("".join(current))
    return out


def _expand(part: str) -> list[str]:
    """`(?:had|have) beaten` as `had beaten`, `have beaten`: tried in the same order."""
    if not part.startswith("(?:"):
        return [part]
    depth, end = 0, 0
    for end, char in enumerate(part):  # noqa: B007  (end is the group's close)
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0:
            break
    words = _split(part[3:end])
    if not all(word.replace(" ", "").isalpha() for word in words):
        raise ValueError(f"{part!r} opens with more than plain words")
    return [word + part[end + 1 :] for word in words]


def regrouped(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A `\\b(?:a|b|c)\\b` pattern with its alternatives regrouped (same flags)."""
    source = pattern.pattern
    if not (source.startswith("\\b(?:") and source.endswith(")\\b")):
        raise ValueError(f"{source[:30]!r} is not a \\b(?:...)\\b alternation")
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    inner = regroup(source[5:-3], ignore_case)
    return re.compile("\\b(?:" + inner + ")\\b", pattern.flags)
