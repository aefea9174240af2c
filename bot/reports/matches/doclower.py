"""The report's text lower-cased: several cues test the whole text for key words, and
some run a lower-cased pattern over it. The one cache of lower-cased texts
(`competitions.scan.lower_text`) keeps it, so it is lowered once per report."""

from __future__ import annotations

from bot.competitions.scan import lower_text


def lowered_text(doc) -> str:
    """`doc.text.lower()`, remembered with the reader's other lower-cased texts."""
    return lower_text(doc.text)


def lower_exact_text(doc) -> str | None:
    """`lowered_text`, or None where lower() and re.IGNORECASE disagree (as
    `keyed.lower_exact`): a letter whose lower case is longer, or `ı` and `ſ`, which
    re.IGNORECASE takes for i and s. Where it is given, a lower-cased pattern matches
    it at the same offsets as the case-insensitive one matches the text. Asked about ten
    times per report, answered once (the two letters are looked for in the whole text)."""
    low = lowered_text(doc)
    exact = doc.cache.get("lower-exact")
    if exact is None:
        exact = doc.cache["lower-exact"] = len(low) == len(doc.text) and (
            low.isascii() or ("ı" not in low and "ſ" not in low)
        )
    return low if exact else None
