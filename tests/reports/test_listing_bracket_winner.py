"""`Valencia 1 Arsenal 0 (agg 2-2; Valencia win on away goals)`: a bare result line whose
bracket gives the aggregate and how the tie was won is a result line. Sentences written
for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read, tie


def test_bracket_with_aggregate_and_how_won() -> None:
    text = (
        " date 2005-03-10 UEFA CUP LAST 16: HOW THEY FINISHED\n\nThursday\n\n"
        "Sevilla 1 Lazio 0 (agg 2-2; Sevilla win on away goals)\n"
        "A late header was not enough at the Sanchez Pizjuan. Lazio had won the first leg "
        "2-1 in Rome.\n"
    )
    facts = read(text)
    assert match(facts, "sevilla", "lazio").score == (1, 0)
    found = tie(facts, "sevilla", "lazio")
    assert found.winner == "sevilla"
    assert found.decided_by == "away_goals"
