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


def test_bracket_aggregate_is_a_tie_home_side_first() -> None:
    text = (
        " date 2005-03-18 UEFA CUP LAST 16: HOW THEY FINISHED\n\nThursday\n\n"
        "Sevilla 2 Lazio 1 (agg 4-2)\n"
        "Two headers in the second half at the Sanchez Pizjuan settled it.\n\n"
        "Porto 0 Villarreal 1 (agg 1-3)\n"
        "Villarreal kept their lead without trouble at the Dragao.\n"
    )
    facts = read(text)
    assert match(facts, "sevilla", "lazio").leg == 2
    found = tie(facts, "sevilla", "lazio")
    assert found.aggregate == {"sevilla": 4, "lazio": 2}
    assert (found.winner, found.decided_by) == ("sevilla", "aggregate")
    assert tie(facts, "porto", "villarreal").winner == "villarreal"


def test_bracket_aggregate_below_the_match_is_no_tie() -> None:
    text = (
        " date 2005-03-18 UEFA CUP LAST 16: HOW THEY FINISHED\n\nThursday\n\n"
        "Sevilla 3 Lazio 1 (agg 2-4)\n"
        "Two headers in the second half at the Sanchez Pizjuan were not enough.\n"
    )
    assert read(text).ties == []
