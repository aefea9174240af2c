"""`a manager who could soon be leaving for the England job`: a national team named as
a post (`the England job`, `the Germany coach`) plays in no match of the story, so it
does not make the story one of national teams (in which `the Swiss` would be
Switzerland, not Basel)."""

from __future__ import annotations

import re

_POST_AFTER = re.compile(r"\s+(?:job|post|manager|coach|boss|set-?up|call-?up)\b")


def named_as_post(text: str, found: dict) -> bool:
    """Whether the mention (a dict of mentions.find_mentions) names a post."""
    return _POST_AFTER.match(text, found["end"]) is not None
