"""A cheap exact gate for a case-insensitive pattern whose every match holds one of a
few lower-case key words, with no pattern compiled for it (unlike patterns.keyed.Keyed,
whose start-up cost a pattern asked a few hundred times a report does not repay)."""

from __future__ import annotations

from bot.reports.patterns.keyed import lowered


def may_hold(text: str, keys: tuple[str, ...]) -> bool:
    """Whether one of `keys` is in `text` lower-cased, or `text` holds a letter that re.I
    takes for `i` or `s` where lower() does not (`ı`, `ſ`, and `İ`, which lower() makes
    `i` and a combining dot): then the pattern may match though no key is found."""
    low = lowered(text)
    for key in keys:
        if key in low:
            return True
    return not low.isascii() and ("ı" in low or "ſ" in low or "\u0307" in low)
