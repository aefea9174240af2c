"""A place told of another score is not the ground of the result beside it: the `City`
of `at the City Ground` is part of Nottingham Forest's ground, no mention of a side
called City at home, and `Auf das 1:1 in Spanien folgte ein 3:1` places the 1:1, not the
3:1. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import pairs, read


def test_city_of_a_grounds_name_is_no_side_at_home() -> None:
    facts = read(
        " date 2008-05-19 LONDON (AP) - Hull won the play-off final 1-0 at Wembley.\n\n"
        "Bristol City reached Wembley by beating Nottingham Forest 2-1 at Ashton Gate in the "
        "second leg of their semifinal, after a goalless first leg at the City Ground."
    )
    assert ("bristol-city", "nottingham-forest", (0, 0)) not in pairs(facts)
    assert ("nottingham-forest", "bristol-city", (0, 0)) in pairs(facts)


def test_a_place_right_after_another_score_is_that_ones() -> None:
    facts = read(
        " date 2021-03-20 Dortmund (dpa) - Borussia Dortmund trifft im Viertelfinale auf "
        "Manchester City.\n\nDortmund hatte sich im Achtelfinale gegen den FC Sevilla "
        "durchgesetzt: Auf das 2:2 in Spanien folgte ein 2:0 in der heimischen Arena."
    )
    assert ("sevilla", "borussia-dortmund", (0, 2)) not in pairs(facts)


def test_an_english_place_right_after_another_score() -> None:
    facts = read(
        " date 2021-03-20 DORTMUND, Germany (AP) - Borussia Dortmund will face Manchester "
        "City in the quarterfinals.\n\nDortmund saw off Sevilla in the last 16: the 2-2 in "
        "Spain was followed by a 2-0 win at the Westfalenstadion."
    )
    assert ("sevilla", "borussia-dortmund", (0, 2)) not in pairs(facts)
