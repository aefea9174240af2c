"""A tournament named by its host and a two-digit year (`at Italia 90`, `bei der WM 90`,
`at Euro 96`) makes the result told with it of that edition; a number that is no
edition year of that tournament (`England 67`) or the story's own result keeps the
story's. Met on set 80's Spain-Ireland live report; sentences written for these tests."""

from __future__ import annotations

from bot.reports.matches.shortedition import short_edition


def test_world_cup_by_host_and_two_digits():
    text = "At Italia 90 they drew 0-0 with Romania and won the shoot-out 5-4."
    assert short_edition(text, "FIFA World Cup", "2002-06-16") == "1990"
    text = "Bei der WM 94 in den USA hatten sie Italien 1:0 geschlagen."
    assert short_edition(text, "FIFA World Cup", "2002-06-16") == "1994"


def test_euro_by_two_digits():
    text = "At Euro 96 they beat the Dutch 4-1 at Wembley."
    assert short_edition(text, "UEFA European Championship", "2004-06-16") == "1996"


def test_no_edition_year_or_other_competition():
    assert short_edition("England 67 minutes in, 1-0 down.", "FIFA World Cup", "2002-06") is None
    assert short_edition("At Italia 90 they drew 0-0.", "UEFA Champions League", "2002-06") is None
