"""`hat in dieser Champions League Inter Mailand mit 7:3 Toren aus dem Wettbewerb geworfen`:
a European round lost by a tally of goals (`mit 7:3 Toren`) is the tie's aggregate."""

import pytest

from bot.reports.matches.goalstally import goals_tally

W = " Toren aus dem Wettbewerb geworfen."
CASES = [
    ("In der Champions League hat Schalke Inter mit ", "7:3", W, True),
    ("Der HSV hat Juventus mit ", "4:2", " Toren aus dem UEFA-Cup geworfen.", True),
    ("Bayern hat im DFB-Pokal Schalke mit ", "2:1", W, False),
    ("Schalke gewann in der Champions League mit ", "2:1", " Toren gegen Inter.", False),
]  # fmt: skip


@pytest.mark.parametrize(("before", "score", "after", "expected"), CASES)
def test_goals_tally(before, score, after, expected) -> None:
    assert goals_tally(before, after) is expected
