"""Scorers told as a list without minutes (round 11, sets 11 and 26): a list split at its
commas into clauses of their own, `the goals came from`, `die Tore erzielten`; and two
things that hid such lists (`almost straight away` read as a denial, a news agency read
as a person). Sentences written for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def scorers(match: Match) -> list[str | None]:
    return sorted(g.player or "" for g in match.goals or [])


def test_goals_from_a_list_split_at_its_commas_en():
    (match,) = goals_for(
        "Leipzig beat Bayern Munich 3-0 on Saturday. Goals from Lois Openda, Xavi Simons "
        "and Benjamin Sesko followed in a wild second half.",
        Match("rb-leipzig", "bayern-munich", (3, 0)),
    )
    assert scorers(match) == ["Benjamin Sesko", "Lois Openda", "Xavi Simons"]


def test_a_list_split_at_its_commas_is_not_counted_twice_en():
    (match,) = goals_for(
        "Leipzig beat Bayern Munich 3-0 on Saturday. Goals from Lois Openda, Xavi Simons "
        "and Benjamin Sesko sealed the win.",
        Match("rb-leipzig", "bayern-munich", (3, 0)),
    )
    assert scorers(match) == ["Benjamin Sesko", "Lois Openda", "Xavi Simons"]


def test_the_goals_came_from_two_players_en():
    (match,) = goals_for(
        "Chelsea beat Galatasaray 2-0 on Tuesday. Chelsea's goals came from Cole Palmer "
        "and Nicolas Jackson, both before halftime.",
        Match("chelsea", "galatasaray", (2, 0)),
    )
    assert scorers(match) == ["Cole Palmer", "Nicolas Jackson"]


def test_a_list_before_erzielten_die_tore_de():
    (match,) = goals_for(
        "Deutschland besiegte Island mit 3:0. Leon Goretzka, Kai Havertz und Ilkay Gündogan "
        "erzielten die Tore.",
        Match("germany", "iceland", (3, 0)),
        lang="de",
    )
    assert scorers(match) == ["Ilkay Gündogan", "Kai Havertz", "Leon Goretzka"]


def test_die_tore_erzielten_then_the_list_de():
    (match,) = goals_for(
        "Deutschland besiegte Island mit 3:0. Die Tore erzielten Leon Goretzka, Kai Havertz "
        "und Ilkay Gündogan.",
        Match("germany", "iceland", (3, 0)),
        lang="de",
    )
    assert scorers(match) == ["Ilkay Gündogan", "Kai Havertz", "Leon Goretzka"]


def test_a_clause_before_the_list_that_is_more_than_a_name_joins_no_list_de():
    (match,) = goals_for(
        "Deutschland besiegte Island mit 3:0. Nach Vorarbeit von Joshua Kimmich, Kai "
        "Havertz und Ilkay Gündogan trafen doppelt.",
        Match("germany", "iceland", (3, 0)),
        lang="de",
    )
    assert "Joshua Kimmich" not in scorers(match)


def test_equalised_almost_straight_away_is_a_goal_en():
    (match,) = goals_for(
        "Brighton drew 1-1 with Fulham. Raul Jimenez put Fulham ahead early in the second "
        "half, but Joao Pedro equalised almost straight away.",
        Match("brighton", "fulham", (1, 1)),
    )
    assert scorers(match) == ["Joao Pedro", "Raul Jimenez"]


def test_almost_scoring_is_still_no_goal_en():
    (match,) = goals_for(
        "Brighton beat Fulham 1-0. Joao Pedro scored in the 30th minute, and Raul Jimenez "
        "almost equalised in the 80th minute.",
        Match("brighton", "fulham", (1, 0)),
    )
    assert scorers(match) == ["Joao Pedro"]


def test_a_news_agency_in_the_dateline_is_no_scorer_en():
    (match,) = goals_for(
        "SALZBURG, Austria (Reuters) - Red Bull Salzburg scored four times in the second "
        "half to beat Lazio 4-1 on Thursday. Ciro Immobile put the Italians ahead, but Munas "
        "Dabbur equalised at once, and goals from Amadou Haidara, Hwang Hee-chan and Stefan "
        "Lainer followed in a frantic spell.",
        Match("rb-salzburg", "lazio", (4, 1)),
    )
    assert "Reuters" not in scorers(match)
    assert scorers(match) == [
        "Amadou Haidara",
        "Ciro Immobile",
        "Hwang Hee-chan",
        "Munas Dabbur",
        "Stefan Lainer",
    ]
