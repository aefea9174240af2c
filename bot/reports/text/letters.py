"""Character classes spelt out as ranges: `re` tests a listed range faster than a
Unicode category (`[^\\W\\d_]` checks \\w and \\d for every character), so the word
splits that run over a whole report take about a third less time."""

from __future__ import annotations

import re

_PLANE = "".join(map(chr, range(0x10000)))


def spelt(category_class: str) -> str:
    """The body of a character class matching, within the Basic Multilingual Plane,
    exactly what `category_class` (a class such as `[^\\W\\d_]`) matches there."""
    ranges = []
    for run in re.finditer(category_class + "+", _PLANE):
        first, last = run.start(), run.end() - 1
        ranges.append(_escaped(first) + ("" if first == last else "-" + _escaped(last)))
    return "".join(ranges)


def _escaped(code: int) -> str:
    return re.escape(chr(code)) if code > 0x20 else f"\\x{code:02x}"


def within_plane(text: str) -> bool:
    """Whether every character of `text` is in the Basic Multilingual Plane (where a
    spelt class agrees with its category class): one beyond takes two UTF-16 units."""
    return text.isascii() or len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text)
