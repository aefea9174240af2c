"""The Swiss `Barrage` is a qualifying play-off: a World Cup game told in a Barrage
report, played months before the finals, is a qualifier of that World Cup."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_group_game_told_in_a_barrage_report_is_a_qualifier():
    facts = read(
        " date 2013-11-20 Die Schweiz fährt an die Weltmeisterschaft. Im Rückspiel der Barrage"
        " in Oslo reichte ihr am Dienstagabend ein 1:1 gegen Norwegen. In die Barrage hatte"
        " sich die Mannschaft im Oktober mit einem 2:0 gegen Albanien in Bern gerettet."
    )
    group_game = match(facts, "switzerland", "albania")
    assert group_game.competition == "FIFA World Cup qualification"
    assert group_game.season == "2014"
