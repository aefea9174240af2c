"""`At Villa Park: Portugal 0 Czech Republic 1 (Poborsky 53)`: a results box line with
each side's scorers and minutes in brackets after its goals is read like a bare one,
home side first, so a box that lists the nominal home team first orders the match that
prose told the other way round. A bracket that is no list of scorers (`(Inter win 3-1 on
aggregate)`) is no such line. (German boxes write `3:0 (1:0)`, read already.) Texts
written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_BOX = (
    " date 2004-06-28 LISBON (Reuters) - Greece beat France 1-0 in Lisbon on Friday with a "
    "header from Angelos Charisteas.\n\n"
    "QUARTER-FINAL RESULTS (listed first: nominal home team)\n\n"
    "At Lisbon: France 0 Greece 1 (Charisteas 65)\n"
    "At Porto: Czech Republic 3 (Koller 49, Baros 63, 65) Denmark 0\n"
)


def test_the_box_orders_a_match_prose_told_from_the_winner():
    assert match(read(_BOX), "france", "greece").score == (0, 1)


def test_scorers_after_the_home_side_goals():
    assert match(read(_BOX), "czechia", "denmark").score == (3, 0)


def test_a_bracket_of_aggregate_words_is_no_scorer_list():
    from bot.reports.matches.scorerbox import scorer_box_line

    assert scorer_box_line(" 0 ", " 1 (Inter win 3-1 on aggregate)") is None
    assert scorer_box_line(" 1 ", " 1 (after extra time; Real Madrid win 5-3 on penalties)") is None
