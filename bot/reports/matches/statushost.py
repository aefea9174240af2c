"""`won 2-1 at already-relegated Cardiff City`, `lost at struggling Everton`: a word for
the host's standing between `at` and its name leaves it the place of the match."""

from __future__ import annotations

import re

_STATUS_AT = re.compile(
    r"\bat\s+(?:(?:already|newly|fellow|recently)[- ])?(?:[a-z]+-)*"
    r"(?:relegated|promoted|struggling|lowly|doomed|embattled|bottom|basement|beleaguered|"
    r"resurgent|unbeaten|placed|flying|chasing|form|ailing|troubled|rejuvenated)\s+$"
)


def at_status_host(text: str, mention) -> bool:
    """Whether `at` and a standing word stand right before the name."""
    return _STATUS_AT.search(text, max(0, mention.start - 50), mention.start) is not None
