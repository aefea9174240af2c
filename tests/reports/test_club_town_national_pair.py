"""A club's town told as the place of a national teams' result (`They had beaten England
1-0 in Guadalajara`, `in Norrköping gegen Frankreich`) is where the nations played, not a
third club that makes the story's side no guide for the unnamed subject."""

from __future__ import annotations

import pytest

from tests.reports.helpers import pairs, read


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            " date 1970-06-22 Brazil won the World Cup final against Italy in Mexico City on"
            " Sunday. They had beaten England 1-0 in Guadalajara in the group.",
            ("brazil", "england", (1, 0)),
        ),
        (
            " date 1992-06-27 Dänemark gewann das EM-Finale in Göteborg gegen Deutschland mit"
            " 2:0. Zuvor hatten sie in Norrköping gegen Frankreich mit 2:1 gewonnen.",
            ("denmark", "france", (2, 1)),
        ),
    ],
)
def test_club_town_places_a_national_result(text, pair):
    assert pair in pairs(read(text))


def test_club_town_still_names_a_third_club_for_clubs():
    facts = read(
        " date 2024-03-31 Dortmund – Borussia Dortmund hat am Samstag gegen Bayern München mit"
        " 2:0 gewonnen. Beim 1:5 in Frankfurt hatten die Dortmunder noch enttäuscht."
    )
    assert ("borussia-dortmund", "bayern-munich", (1, 5)) not in pairs(facts)
    assert ("bayern-munich", "borussia-dortmund", (5, 1)) not in pairs(facts)


def test_team_before_a_later_score_is_that_scores_object():
    facts = read(
        " date 1970-06-22 Brazil won the World Cup final against Italy in Mexico City on"
        " Sunday. They dispatched Peru 4-2 in the quarter-final and came from behind to beat"
        " Uruguay 3-1 in the semi-final."
    )
    assert {("brazil", "peru", (4, 2)), ("brazil", "uruguay", (3, 1))} <= pairs(facts)
