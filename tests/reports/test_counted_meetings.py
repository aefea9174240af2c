"""Scores listed after a counted result (`had beaten Derby twice in the regular season,
4-1 at Pride Park and 2-0 at Elland Road`, `zweimal geschlagen, 3:1 ... und 2:0 ...`) are
each that result's, and such meetings are no legs of a tie told beside them."""

from __future__ import annotations

import pytest

from tests.reports.helpers import pairs, read


@pytest.mark.parametrize(
    "text",
    [
        " date 2019-05-16 Leeds United had beaten Derby County twice in the regular season,"
        " 4-1 at Pride Park in August and 2-0 at Elland Road in January.",
        " date 2019-05-16 Derby County lost to Leeds United twice this season, 4-1 at Pride"
        " Park and 2-0 at Elland Road.",
    ],
)
def test_english_counted_list(text):
    assert pairs(read(text)) == {
        ("derby-county", "leeds-united", (1, 4)),
        ("leeds-united", "derby-county", (2, 0)),
    }


def test_german_counted_list():
    facts = read(
        " date 2019-05-16 Bayern hatte Dortmund in dieser Saison zweimal geschlagen, 3:1 im"
        " Westfalenstadion und 2:0 in der Allianz Arena."
    )
    assert pairs(facts) == {
        ("borussia-dortmund", "bayern-munich", (1, 3)),
        ("bayern-munich", "borussia-dortmund", (2, 0)),
    }


@pytest.mark.parametrize(
    "text",
    [
        # more scores than the count: not one list
        " date 2019-05-16 Leeds United had beaten Derby County twice, 4-1, 2-0 and 3-0.",
        # a German score told against the count's outcome
        " date 2019-05-16 Bayern hatte Dortmund zweimal geschlagen, 1:3 und 0:2.",
    ],
)
def test_counted_list_that_does_not_fit(text):
    assert not any(score in {(4, 1), (1, 4), (3, 1), (1, 3)} for *_, score in pairs(read(text)))


def test_counted_meetings_are_no_legs():
    facts = read(
        " date 2019-05-16 LEEDS, England (AP) — Derby County won 4-2 at Elland Road on"
        " Wednesday night to beat Leeds United in the Championship playoff semifinal. Leeds"
        " had won Saturday's first leg 1-0 at Pride Park. Leeds had beaten Derby twice in"
        " the regular season, 4-1 at Pride Park in August and 2-0 at Elland Road in January."
    )
    second = [m for m in facts.matches if m.score == (2, 4)]
    assert len(second) == 1 and second[0].leg == 2
    league = [m for m in facts.matches if m.score in ((1, 4), (2, 0))]
    assert len(league) == 2 and all(m.leg is None for m in league)
