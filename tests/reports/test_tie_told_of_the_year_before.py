"""`Im Vorjahr war die Borussia in der Europa League im Viertelfinale am FC Liverpool
gescheitert`, `whose side beat Juventus on away goals at this stage three years ago`: a
tie told of a year before is that season's, not the story's."""

from __future__ import annotations

import pytest

from bot.reports.ties.failedat import years_back
from tests.reports.helpers import read


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Im Vorjahr war Schalke in der Europa League im Viertelfinale am FC Sevilla"
            " gescheitert.",
            1,
        ),
        ("Schalke war im Vorjahr im Halbfinale an Ajax gescheitert.", 1),
        ("A year earlier Schalke had gone out to Sevilla in the quarter-finals.", 1),
        ("Schalke had knocked out Porto on penalties three years ago.", 3),
        ("Vor zwei Jahren hatte Schalke den FC Porto im Elfmeterschießen ausgeschaltet.", 2),
        ("Schalke war im Viertelfinale am FC Sevilla gescheitert.", 0),
    ],
)
def test_how_many_seasons_back_a_tie_is_told(text: str, years: int) -> None:
    assert years_back(text) == years


def test_a_tie_told_three_years_back_is_in_that_season() -> None:
    facts = read(
        " date 2024-03-13 Arsenal beat Porto 1-0 at the Emirates on Tuesday night and went"
        " through to the Champions League quarter-finals on penalties after a 1-1 aggregate."
        " Porto coach Sergio Conceicao, whose side beat Juventus on away goals at this stage"
        " three years ago, was left to rue his team's lack of threat."
    )
    [tie] = [t for t in facts.ties if set(t.teams) == {"porto", "juventus"}]
    assert (tie.winner, tie.season) == ("porto", "2020-21")
