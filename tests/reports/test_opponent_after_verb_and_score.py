"""The team named right after a result's score by `to` after a verb of losing, `with`
after a verb of drawing, or the result's noun (`lost 1-0 to Uruguay`, `drew 1-1 with
Switzerland`, `a 5-0 thrashing of Serbia`) is its opponent, not a team the sentence named
before for another result. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import read

LEAD = " date 2022-12-02 DOHA, Qatar (AP) - Group H of the World Cup ends on Friday. Pre-match: "


@pytest.mark.parametrize(
    ("told", "pair", "score"),
    [
        (
            "Ghana beat Portugal 2-1 in their opening game but lost 1-0 to Uruguay, so they "
            "need a result.",
            {"ghana", "uruguay"},
            {0, 1},
        ),
        (
            "Brazil opened with a 5-0 thrashing of Serbia and drew 1-1 with Switzerland on Sunday.",
            {"brazil", "switzerland"},
            {1},
        ),
    ],
)
def test_the_team_after_the_score_is_the_opponent(told, pair, score):
    facts = read(LEAD + told)
    found = [m for m in facts.matches if {m.home, m.away} == pair]
    assert len(found) == 1 and set(found[0].score) == score
    assert not any(
        m.score in ((0, 1), (1, 0), (1, 1)) and {m.home, m.away} != pair for m in facts.matches
    )


def test_a_german_defeat_is_not_given_to_the_team_named_before():
    facts = read(
        " date 2022-12-02 Doha (dpa) - In der Gruppe H fällt am Freitag die Entscheidung. "
        "Ghana hatte Portugal zum Auftakt mit 2:1 geschlagen, dann aber 0:1 gegen Uruguay "
        "verloren."
    )
    assert not any(
        {m.home, m.away} == {"ghana", "portugal"} and set(m.score) == {0, 1} for m in facts.matches
    )
