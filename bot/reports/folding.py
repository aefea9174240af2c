"""Case-insensitive patterns run on lower-cased text: several times faster than re.I."""

from __future__ import annotations

import re


def folded(pattern: re.Pattern) -> re.Pattern:
    """A case-insensitive pattern lower-cased, to run without re.I on `lowered` text:
    it matches there exactly where the pattern matches the text (for patterns whose
    letters are plain, not hex escapes, and that switch no flags inside)."""
    out, escaped = [], False
    for char in pattern.pattern:
        out.append(char if escaped else char.lower())
        escaped = char == "\\" and not escaped
    text = "".join(out).replace("(?p<", "(?P<").replace("(?p=", "(?P=")
    return re.compile(text, pattern.flags & ~re.I)


def lowered(text: str) -> str | None:
    """`text.lower()`, or None where lower() and re.I disagree: a letter whose lower case
    is longer ("İ"), or the dotless i and long s, which re.I takes for i and s."""
    low = text.lower()
    if len(low) != len(text) or "ı" in low or "ſ" in low:
        return None
    return low
