"""A result told as played `here` (`had won 4-2 here`, `hatte hier 3:2 gewonnen`) was
played at the story's ground: its home side is the main match's home side, where that is
one of its sides. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import read


def test_an_english_result_here_is_at_the_main_matchs_ground():
    facts = read(
        " date 2021-10-25 MANCHESTER, England (AP) - Manchester United drew 1-1 with "
        "Liverpool at Old Trafford on Sunday. Last season Liverpool had beaten United 4-2 here "
        "in the league."
    )
    assert [m.score for m in facts.matches if m.home == "manchester-united"] == [(1, 1), (2, 4)]


def test_a_german_result_hier_is_at_the_main_matchs_ground():
    facts = read(
        " date 2021-11-07 Dortmund (dpa) - Borussia Dortmund hat am Samstag im Signal Iduna "
        "Park gegen den FC Bayern 2:2 gespielt. In der vergangenen Saison hatte der FC "
        "Bayern hier mit 3:2 gewonnen."
    )
    assert [m.score for m in facts.matches if m.home == "borussia-dortmund"] == [(2, 2), (2, 3)]


def test_here_at_a_neutral_final_names_no_home_side():
    facts = read(
        " date 2021-05-30 PORTO, Portugal (AP) - Chelsea beat Manchester City 1-0 in the "
        "Champions League final on Saturday. City had beaten Chelsea 2-1 here in a friendly "
        "in 2019."
    )
    assert not [m for m in facts.matches if m.score in ((2, 1), (1, 2))]
