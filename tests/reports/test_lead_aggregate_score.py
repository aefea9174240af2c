"""A score the lead tells as a tie's aggregate (`finished 4-4 on aggregate`, `4:4 im
Gesamtergebnis`) is no match result the reader missed, so the goals told before the
match's own result (`City's 4-3 win`) still belong to it. Sentences written for these
tests."""

from __future__ import annotations

from tests.reports.helpers import read


def _goals(m) -> list[tuple]:
    return sorted((g.player, g.minute) for g in m.goals or [])


def test_goals_before_the_result_when_the_lead_gives_the_aggregate():
    facts = read(
        " date 2025-04-17 There have been wild nights at Villa Park before. Aston Villa "
        "scored three times and still went out of the Champions League. The quarter-final "
        "finished 3-3 on aggregate and Paris Saint-Germain go through on away goals.\n\n"
        "Ollie Watkins put Villa ahead in the 11th minute, Achraf Hakimi levelled in the 26th "
        "minute and Youri Tielemans restored the lead in the 55th minute. John McGinn made it "
        "3-1 in the 57th minute.\n\nVilla's 3-1 win over Paris Saint-Germain in the second "
        "leg was not enough after a 2-0 defeat in the first leg in Paris.\n"
    )
    second = [m for m in facts.matches if m.home == "aston-villa"]
    assert len(second) == 1
    assert _goals(second[0]) == [
        ("Achraf Hakimi", 26),
        ("John McGinn", 57),
        ("Ollie Watkins", 11),
        ("Youri Tielemans", 55),
    ]
