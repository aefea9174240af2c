"""A heading's group label (`WM 2006, Gruppe E, 2. Spieltag – Samstag, 17. Juni 2006`)
tells a group game: a label standing alone between separators, not a side's standing
(`the Group B winners`, `Sieger der Gruppe D`)."""

from __future__ import annotations

import re

_LABEL = re.compile(r"(?:^|[,;–—]\s*)(?:Gruppe|Group) [A-L](?=\s*(?:[,;–—]|$))", re.M)
_HEAD = 200
"""The dateline and heading line of a Stenogramm or glance list."""


def group_heading(text: str) -> bool:
    """Whether the report's opening labels its game with a group."""
    head = text[:_HEAD]
    return ("Gruppe " in head or "Group " in head) and _LABEL.search(head) is not None
