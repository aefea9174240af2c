"""A timed goal followed, with no comma, by `and` and a new side's counterfactual (`X headed
Scotland in front in the 39th minute and Craig Brown's side pressed for the goal that would
have ...`, as in set 29's England-Scotland): the denial is the later clause's only, the goal
before it stands. Sentences written here."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def scorers(match: Match) -> list[tuple]:
    return [(g.minute, g.added, g.player) for g in match.goals or []]


def test_a_bare_and_before_a_new_sides_denial_keeps_the_goal_en():
    (match,) = goals_for(
        "Sevilla beat Valencia 1-0. Youssef En-Nesyri fired Sevilla ahead in the 27th minute "
        "and Ruben Baraja's team chased the equaliser that would have earned them a replay.",
        Match("sevilla", "valencia", (1, 0)),
    )
    assert scorers(match) == [(27, None, "Youssef En-Nesyri")]


def test_a_bare_and_before_a_new_sides_denial_keeps_the_goal_de():
    (match,) = goals_for(
        "Sevilla schlug Valencia mit 1:0. Youssef En-Nesyri traf in der 27. Minute zum 1:0 "
        "und Valencia rannte vergeblich an, ein Tor hätte die Verlängerung gebracht.",
        Match("sevilla", "valencia", (1, 0)),
        lang="de",
    )
    assert scorers(match) == [(27, None, "Youssef En-Nesyri")]


def test_a_compound_subject_before_the_denial_is_still_no_goal_en():
    (match,) = goals_for(
        "Sevilla beat Valencia 1-0. Youssef En-Nesyri scored in the 27th minute. Lucas "
        "Ocampos and Erik Lamela almost doubled the lead in the 60th minute.",
        Match("sevilla", "valencia", (1, 0)),
    )
    assert scorers(match) == [(27, None, "Youssef En-Nesyri")]


def test_a_second_goal_time_in_the_denied_tail_is_no_goal_en():
    (match,) = goals_for(
        "Sevilla beat Valencia 1-0. Youssef En-Nesyri fired Sevilla ahead in the 27th minute "
        "and Lucas Ocampos would have doubled the lead in the 60th minute but for a save.",
        Match("sevilla", "valencia", (1, 0)),
    )
    assert (60, None, "Lucas Ocampos") not in scorers(match)
