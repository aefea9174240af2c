"""`by beating Club América 3-1 in Saturday's semifinal`: a round played on one day and won
by one score is one match, not a two-legged tie, where no leg or aggregate is told."""

import pytest

from bot.reports.ties.onematch import days_round

CASES = [
    ("LAFC reached the final by beating Club América 3-1 in Saturday's semifinal.", True),
    ("Tigres won Wednesday's quarter-final 2-0 against Olimpia.", True),
    ("LAFC won Saturday's semifinal second leg 3-1, 4-2 on aggregate.", False),
    ("LAFC reached the final by beating Club América 3-1 in the semifinal.", False),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_days_round(text, expected) -> None:
    assert days_round(text) is expected


def test_no_tie_from_days_semifinal() -> None:
    from tests.reports.helpers import read

    facts = read(
        " date 2020-12-23 Tigres beat LAFC 2-1 in the CONCACAF Champions League final on "
        "Tuesday. LAFC had reached the final by beating Club América 3-1 in Saturday's "
        "semifinal."
    )
    assert all(set(t.teams) != {"lafc", "club-america"} for t in facts.ties)
