"""`won 2-1 at already-relegated Cardiff City`, `lost at leaders Arsenal`: a word for
the host's standing between `at` and its name leaves it the place of the match."""

from __future__ import annotations

import re

from bot.reports.patterns.alternations import lead

_STATUS_AT = lead(
    re.compile(
        r"\bat\s+(?:(?:already|newly|fellow|recently)[- ])?(?:[a-z]+-)*"
        r"(?:[a-z]+(?:ed|ing)|lowly|bottom|basement|resurgent|form|leaders|champions|holders|"
        r"rivals|neighbours|neighbors|hosts)\s+$"
    ),
    always=True,
)
"""One word for the side's standing or state (`relegated`, `struggling`, `in-form`,
`leaders`), after `at` and right before the name."""


def at_status_host(text: str, mention) -> bool:
    """Whether `at` and a standing word stand right before the name."""
    return _STATUS_AT.search(text, max(0, mention.start - 50), mention.start) is not None
