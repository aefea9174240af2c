"""The minute heading a line of a live report (`63 min: RED CARD! ...`), kept apart from the
prose minutes of `minutes.py` because live blogs and their gates are read by their own steps."""

from __future__ import annotations

import re

BLOG_HEAD = re.compile(
    r"^[ \t]*(?P<n>\d{1,3})(?:\.)?(?:[ \t]*\+[ \t]*(?P<a>\d{1,2}))?[ \t]*"
    r"(?:(?:min|mins|Min|MIN|MINS|Minute)\.?[ \t]*:|(?:min|mins)[ \t]+(?:[-–—][ \t]+)?(?=[A-Z]))",
    re.M,
)
"""`63 min: RED CARD! ...`: the minute heading a line of a live report, for its line; also
without the colon, before a dash or the line's first capital (`14 min GOAL! ...`, `24 min
- Shock at ...`), and in capitals (`55 MIN: GOAL! ...`)."""


def may_head(text: str) -> bool:
    """Whether `text` may hold a minute heading: each one ends in one of these."""
    return (
        "in:" in text
        or "in.:" in text
        or "ins:" in text
        or "ute:" in text
        or ("min " in text or "IN:" in text or "INS:" in text)
    )
