"""The aggregate told beside a leg that names no side settles who scored what in that
leg: `Das Hinspiel im Olympiastadion hatten sie vor zwei Wochen mit 2:0 für sich
entschieden, das Gesamtergebnis lautet damit 5:1` after a 3:1 at Bordeaux. Of the two
ways to read the 5:1, only one leaves each side a leg score of zero or more."""

from __future__ import annotations

from bot.reports.matches.scores import find_scores


def aggregate_beside(loose: list, other) -> dict[str, int] | None:
    """The one orientation of an aggregate told in a loose leg's sentence that the other
    leg `other` and that leg's goals add up to; None unless exactly one does."""
    found = []
    for r in loose:
        for hit in find_scores(r.sentence.text, r.sentence.start):
            if hit.kind != "aggregate":
                continue
            for a, b in {(hit.first, hit.second), (hit.second, hit.first)}:
                agg = {other.p: a, other.o: b}
                rest = (a - other.p_goals, b - other.o_goals)
                if min(rest) >= 0 and sorted(rest) == sorted((r.p_goals, r.o_goals)):
                    found.append(agg)
    return found[0] if len(found) == 1 else None
