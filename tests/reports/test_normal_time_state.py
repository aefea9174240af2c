"""A score told at the end of normal time (`Es blieb nach 90 Minuten beim torlosen
Remis`) of a match the text says was won after extra time with another score is a state
during that match, not a second result. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import read
from tests.reports.test_winner_of_fixture import _DE


def test_a_score_after_ninety_minutes_of_a_match_won_in_extra_time_is_no_result():
    facts = read(_DE.format("Es blieb nach 90 Minuten beim torlosen Remis. "))
    assert [(m.home, m.away, m.score) for m in facts.matches] == [("brazil", "argentina", (1, 0))]
