"""`Iceland's dream ... to reach a World Cup ended in Zagreb, where Croatia won the second
leg of their playoff 2-0` and `in der Qualifikation zur Fußball-Europameisterschaft 2016`:
the finals tournament named as where a side goes (also after `a`), or its qualifying
named with `Fußball-`, makes a game off the finals' months a qualifier, with the
edition's season."""

from __future__ import annotations

import pytest

from tests.reports.helpers import read

NORWAY = (
    " date 2021-11-17 Norway's hope of a first appearance at a major tournament since "
    "2000 ended on Tuesday night, when the side failed to reach a World Cup again as "
    "Turkey won the second leg of their playoff 3-1 in Istanbul.\n"
)
GEORGIA = (
    " date 2018-10-14 Tiflis (dpa) - Georgien hat in der Qualifikation zur "
    "Fußball-Europameisterschaft 2020 überraschend gewonnen. Die Mannschaft besiegte am "
    "Samstagabend in Tiflis Dänemark mit 2:0 (1:0).\n"
)


@pytest.mark.parametrize(
    ("text", "teams", "competition", "season", "stage"),
    [
        (NORWAY, {"turkey", "norway"}, "FIFA World Cup qualification", "2022", "play-off"),
        (GEORGIA, {"georgia", "denmark"}, "UEFA European Championship qualifying", "2020", None),
    ],
)
def test_qualifier_named_for_the_finals(text, teams, competition, season, stage):
    found = [m for m in read(text).matches if {m.home, m.away} == teams]
    assert len(found) == 1
    assert (found[0].competition, found[0].season) == (competition, season)
    assert stage is None or found[0].stage == stage
