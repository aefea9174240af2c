"""A sentence whose only score is a shoot-out's (`beating United 11-10 on spot kicks`,
the 1-1 told in another sentence): kept aside to join the drawn match of its pair."""

from __future__ import annotations

from bot.reports.matches.reading import Reading
from bot.reports.matches.sides import sides


def shootout_only(doc, sentence, hits, people) -> list[Reading]:
    """`beating United 11-10 on spot kicks` with the 1-1 in another sentence: kept
    aside so the shoot-out can join the drawn match of the same two teams."""
    out = []
    for hit in hits:
        if hit.kind != "shootout" or hit.first == hit.second:
            continue
        p, o, outcome, _ = sides(doc, sentence, hit, people)
        if not p or p == o:
            continue
        first, second = hit.first, hit.second
        if doc.lang == "en":
            if outcome not in ("won", "lost"):
                continue
            high, low = max(first, second), min(first, second)
            first, second = (high, low) if outcome == "won" else (low, high)
        reading = Reading(sentence, hit, p, o, first, second)
        reading.notes.add("shootout-only")
        if not o:
            reading.notes.add("one-side")
        out.append(reading)
    return out
