"""The report's text lower-cased, once per document: several cues test the whole text
for key words, and one runs a lower-cased pattern over it."""

from __future__ import annotations


def lowered_text(doc) -> str:
    """`doc.text.lower()`, kept on the document."""
    low = doc.cache.get("matches.lower")
    if low is None:
        low = doc.cache["matches.lower"] = doc.text.lower()
    return low


def lower_exact_text(doc) -> str | None:
    """`lowered_text`, or None where lower() and re.IGNORECASE disagree (as
    `keyed.lower_exact`): a letter whose lower case is longer, or `ı` and `ſ`, which
    re.IGNORECASE takes for i and s. Where it is given, a lower-cased pattern matches
    it at the same offsets as the case-insensitive one matches the text."""
    low = lowered_text(doc)
    if len(low) != len(doc.text) or (not low.isascii() and ("ı" in low or "ſ" in low)):
        return None
    return low
