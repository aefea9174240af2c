"""A goal told in the pluperfect at the visitors' ground belongs to the other leg, even
when that leg is not read as a match of its own. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

DE = (
    " date 2024-03-15 Europa League, Achtelfinale, Rückspiel\n\n"
    "SC Freiburg – West Ham United 1:3 (0:2)\n\n"
    "Jarrod Bowen traf zweimal (9., 41.), Vincenzo Grifo verkürzte per Foulelfmeter (83.). "
)
EN = (
    " date 2024-03-15 West Ham reached the Europa League quarterfinals on Thursday, beating "
    "Freiburg 3-1 at home in the second leg. Jarrod Bowen scored in the 9th and the 41st "
    "minutes, and Vincenzo Grifo converted a penalty for Freiburg in the 83rd. "
)


def _scorers(text: str, home: str, away: str) -> list[str]:
    return [g.player for g in match(read(text), home, away).goals or []]


@pytest.mark.parametrize(
    "told",
    [
        "In Freiburg hatte Michail Antonio nach zwölf Minuten getroffen.",
        "Im Europa-Park-Stadion hatte Michail Antonio nach zwölf Minuten getroffen.",
    ],
)
def test_a_pluperfect_goal_at_the_visitors_ground_is_not_this_legs(told):
    scorers = _scorers(
        DE.replace("SC Freiburg – West Ham United 1:3", "West Ham United – SC Freiburg 3:1") + told,
        "west-ham",
        "sc-freiburg",
    )
    assert "Michail Antonio" not in scorers


def test_the_same_goal_told_in_english_at_the_visitors_ground():
    scorers = _scorers(
        EN + "Michail Antonio had scored the only goal in Freiburg a week earlier.",
        "west-ham",
        "sc-freiburg",
    )
    assert "Michail Antonio" not in scorers


def test_a_pluperfect_goal_at_the_home_ground_stays_with_this_leg():
    scorers = _scorers(
        EN + "Michail Antonio had scored in the 12th minute in London, before Bowen's double.",
        "west-ham",
        "sc-freiburg",
    )
    assert "Michail Antonio" in scorers
