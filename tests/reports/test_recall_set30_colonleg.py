"""A leg's result told with a colon after it, and that leg's goals listed after the colon
(`Arsenal lost the first leg 3-1: X put Monaco ahead in the 38th minute, Y doubled the
lead ...`, as in set 30's Monaco-Arsenal): the clauses after the colon tell that leg, not
the match the report is about. Sentences written here."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def scorers(match: Match) -> list[tuple]:
    return [(g.minute, g.added, g.player) for g in match.goals or []]


def _legs() -> tuple[Match, Match]:
    second = Match("sporting-cp", "porto", (1, 0), leg=2)
    first = Match("porto", "sporting-cp", (2, 1), leg=1)
    return second, first


def test_goals_after_a_colon_belong_to_the_leg_told_before_it_en():
    second, first = _legs()
    goals_for(
        "Sporting beat Porto 1-0 on Tuesday. Viktor Gyokeres scored in the 70th minute. "
        "Sporting had been beaten in the first leg and lost 2-1: Mehdi Taremi put Porto "
        "ahead in the 15th minute, Pedro Goncalves equalised in the 30th minute and "
        "Evanilson headed the winner in the 81st minute.",
        second,
        first,
    )
    assert scorers(first) == [
        (15, None, "Mehdi Taremi"),
        (30, None, "Pedro Goncalves"),
        (81, None, "Evanilson"),
    ]
    assert scorers(second) == [(70, None, "Viktor Gyokeres")]


def test_goals_after_a_colon_belong_to_the_leg_told_before_it_de():
    second, first = _legs()
    goals_for(
        "Sporting schlug Porto am Dienstag mit 1:0. Viktor Gyökeres traf in der 70. Minute. "
        "Das Hinspiel hatte Sporting mit 1:2 verloren: Mehdi Taremi traf in der 15. Minute "
        "zum 1:0, Pedro Goncalves glich in der 30. Minute aus, Evanilson köpfte in der 81. Minute "
        "das 2:1.",
        second,
        first,
        lang="de",
    )
    assert scorers(first) == [
        (15, None, "Mehdi Taremi"),
        (30, None, "Pedro Goncalves"),
        (81, None, "Evanilson"),
    ]


def test_a_colon_before_a_clause_about_tonight_keeps_it_on_the_main_match_en():
    second, first = _legs()
    goals_for(
        "Sporting beat Porto 1-0 on Tuesday. Sporting had lost the first leg 2-1: tonight "
        "Viktor Gyokeres settled it in the 70th minute.",
        second,
        first,
    )
    assert scorers(first) == []


def test_a_colon_before_a_weekday_clause_keeps_it_on_the_main_match_en():
    second, first = _legs()
    goals_for(
        "Sporting beat Porto 1-0 at home. The first leg had ended 2-1 to Porto: on Tuesday "
        "Viktor Gyokeres scored in the 70th minute.",
        second,
        first,
    )
    assert scorers(first) == []
