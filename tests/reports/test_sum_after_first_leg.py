"""A score told after a first leg's score and followed by the round the side went into
is the tie's sum, not a match: `zog nach dem 1:1 im ersten Duell mit 3:2 ins Halbfinale
ein`, `went through 5-2 to the final after the 2-1 first leg`."""

import pytest

from tests.reports.helpers import read

GERMAN = [
    " date 2019-04-18 Ajax gewann am Dienstag gegen Juventus Turin mit 2:1 und zog nach dem "
    "1:1 im ersten Duell in Amsterdam mit 3:2 ins Halbfinale ein.",
    " date 2019-04-18 Der FC Porto siegte gegen den FC Liverpool mit 2:1 und kam nach dem "
    "0:2 im Hinspiel trotzdem nicht mit 2:3 weiter.",
    " date 2019-04-18 Ajax gewann am Dienstag gegen Juventus Turin mit 2:1 und zog nach dem "
    "1:1 im Hinspiel in Amsterdam mit 3:2 in die nächste Runde ein.",
    " date 2019-04-18 Ajax gewann gegen Juventus Turin mit 2:1 und kam nach dem 1:1 im "
    "ersten Spiel mit 3:2 eine Runde weiter.",
]
ENGLISH = [
    " date 2019-04-18 Ajax beat Juventus 2-1 on Tuesday and, after the 1-1 first leg in "
    "Amsterdam, went through 3-2 to the semi-finals.",
    " date 2019-04-18 Ajax beat Juventus 2-1 on Tuesday and, after the 1-1 first game in "
    "Amsterdam, advanced 3-2 into the semi-finals.",
]


@pytest.mark.parametrize("text", GERMAN + ENGLISH)
def test_the_sum_after_a_first_leg_is_no_match(text):
    facts = read(text)
    bad = [m for m in facts.matches if set(m.score) in ({3, 2}, {2, 3})]
    assert not bad, bad


def test_the_score_after_nach_dem_beside_the_sum_is_the_first_leg():
    facts = read(
        " date 2016-03-18 Der FC Sevilla verlor beim FC Basel mit 0:2 und kam nach dem 3:0 im "
        "ersten Duell in Sevilla mit 3:2 weiter."
    )
    first = [m for m in facts.matches if m.score == (3, 0)]
    assert [m.leg for m in first] == [1]
    assert not [m for m in facts.matches if m.score in ((3, 2), (2, 3))]
