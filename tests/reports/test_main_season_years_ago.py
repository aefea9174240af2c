"""`beating Sevilla 2-1 in the final on Wednesday to gain revenge for their defeat by the
same opponents three years ago`: the main match dated this week keeps its own season;
the years counted back date the other meeting the clause tells of."""

from __future__ import annotations

from tests.reports.helpers import match, read

EN = (
    " date 2023-06-01 BUDAPEST (Reuters) - Roma won the Europa League for the first time, "
    "beating Sevilla 2-1 in the final on Wednesday to gain revenge for their defeat by the "
    "same opponents three years ago."
)
DE = (
    " date 2023-06-01 Budapest (dpa) - Die AS Rom hat erstmals die Europa League gewonnen. Die "
    "Italiener besiegten am Mittwochabend im Finale den FC Sevilla mit 2:1 und revanchierten "
    "sich für die Niederlage gegen denselben Gegner vor drei Jahren."
)


def test_revenge_for_a_defeat_years_ago_keeps_the_season():
    final = match(read(EN), "roma", "sevilla")
    assert (final.season, final.date) == ("2022-23", "2023-05-31")


def test_vor_drei_jahren_keeps_the_season():
    final = match(read(DE), "roma", "sevilla")
    assert (final.season, final.date) == ("2022-23", "2023-05-31")
