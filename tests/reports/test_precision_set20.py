"""Wrong facts found on unseen set 20 (first read P=0.91 R=0.72), each a phrase family
with sentences written for the tests."""

from __future__ import annotations

import pytest

from bot.reports.matches.scores import find_scores


def _kinds(text: str) -> list[tuple[int, int, str]]:
    return [(h.first, h.second, h.kind) for h in find_scores(text, 0)]


@pytest.mark.parametrize(
    "told",
    [
        "Nach dem 1:1 im Hinspiel zieht Union mit 3:2 in der Summe beider Partien ins "
        "Viertelfinale ein.",
        "Union zieht mit 3:2 in der Summe ins Viertelfinale ein.",
        "In der Gesamtabrechnung stand es 3:2 für Union.",
    ],
)
def test_the_sum_of_both_games_is_an_aggregate_not_a_match(told):
    assert (3, 2, "aggregate") in _kinds(told)


def test_what_stood_at_the_end_with_its_half_time_score_is_a_result():
    told = "Am Ende aber stand ein 3:2 n.V. (2:0, 0:0) gegen Ajax Amsterdam."
    assert _kinds(told)[0] == (3, 2, "result")
    assert _kinds("Am Ende stand es 3:2, ehe Ajax noch einmal traf.")[0][2] != "result"
