"""`Die Münchner verpassten das 2:0`: a score a side missed was never on the board, so it
is no result (a held-out report read Bayern 2-0 Köln from it). Sentences written for these
tests; the score's kind is checked where the reader decides it."""

from __future__ import annotations

import pytest

from bot.reports.matches.scorekinds import classify

CASES = [
    ("Nach der Pause wurde es eng. Dortmund verpasste das ", ", und die Schalker glichen aus."),
    ("Die Gäste vergaben das mögliche ", " und mussten am Ende zittern."),
    ("Werder verpasste mehrmals das ", ", dann traf der HSV per Elfmeter."),
    ("Leverkusen missed the chance to make it ", " and Stuttgart equalised from the spot."),
]


@pytest.mark.parametrize(("before", "after"), CASES)
def test_a_missed_score_is_no_result(before: str, after: str) -> None:
    assert classify(before, after, "", False) != "result"


def test_a_won_score_is_still_a_result() -> None:
    assert classify("Die Dortmunder gewannen das Spiel mit ", ".", "", False) == "result"
