"""A round told as settled, its line-up complete (`The World Cup's last eight is complete`,
`The last eight places in the Champions League quarter-finals were settled`, `Das
Viertelfinale der WM ist komplett`), is the round the games told reached: set 46 gave
two round-of-16 round-ups' results the stage quarter-final. (`the final two matches of
the round of 16` names no final.)"""

from __future__ import annotations

from tests.reports.helpers import read

_EN = (
    " date 2014-07-02 SALVADOR — The World Cup's last eight is complete. Here is how the "
    "final two matches of the round of 16 went on Tuesday.\n\n"
    "Argentina 1, Switzerland 0 (after extra time)\n"
    "Tuesday, Sao Paulo\n\n"
    "Angel Di Maria settled a tight game two minutes from the end of extra time.\n\n"
    "Belgium 2, United States 1 (after extra time)\n"
    "Tuesday, Salvador\n\n"
    "Tim Howard made a record number of saves, but Kevin De Bruyne and Romelu Lukaku scored "
    "in extra time."
)

_EN_PLACES = (
    " date 2019-03-14 LONDON (Reuters) - The last eight places in the Champions League "
    "quarter-finals were settled on Tuesday and Wednesday. A roundup of the second legs:\n\n"
    "Barcelona 5 Olympique Lyon 1 (Barcelona win 5-1 on aggregate)\n\n"
    "Lionel Messi scored twice at the Nou Camp after a goalless first leg in Lyon."
)

_DE = (
    " date 2014-07-02 Salvador (dpa) - Das Viertelfinale der WM ist komplett. Belgien "
    "besiegte die USA am Dienstagabend in Salvador mit 2:1 nach Verlängerung, Kevin De Bruyne "
    "und Romelu Lukaku trafen in der Verlängerung."
)


def test_a_round_told_complete_is_not_the_results_round_en():
    matches = read(_EN).matches
    assert matches
    assert {m.stage for m in matches} <= {"round-of-16", None}


def test_round_whose_places_were_settled_is_not_the_results_round_en():
    matches = read(_EN_PLACES).matches
    assert matches
    assert {m.stage for m in matches} <= {"round-of-16", None}
    assert all(t.stage in ("round-of-16", None) for t in read(_EN_PLACES).ties)


def test_a_round_told_complete_is_not_the_results_round_de():
    matches = read(_DE).matches
    assert matches
    assert {m.stage for m in matches} <= {"round-of-16", None}
