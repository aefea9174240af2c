"""`Iceland's dream ... to reach a World Cup ended in Zagreb, where Croatia won the second
leg of their playoff 2-0` and `in der Qualifikation zur Fußball-Europameisterschaft 2016`:
the finals tournament named as where a side goes (also after `a`), or its qualifying
named with `Fußball-`, makes a game off the finals' months a qualifier, with the
edition's season."""

from __future__ import annotations

from tests.reports.helpers import read


def _only(text: str):
    facts = read(text)
    return facts.matches


def test_playoff_to_reach_a_world_cup_is_qualification():
    text = (
        " date 2021-11-17 Norway's hope of a first appearance at a major tournament since "
        "2000 ended on Tuesday night, when the side failed to reach a World Cup again as "
        "Turkey won the second leg of their playoff 3-1 in Istanbul.\n"
    )
    found = [m for m in _only(text) if {m.home, m.away} == {"turkey", "norway"}]
    assert len(found) == 1
    assert found[0].competition == "FIFA World Cup qualification"
    assert found[0].season == "2022"
    assert found[0].stage == "play-off"


def test_qualifikation_zur_fussball_em_is_qualifying():
    text = (
        " date 2018-10-14 Tiflis (dpa) - Georgien hat in der Qualifikation zur "
        "Fußball-Europameisterschaft 2020 überraschend gewonnen. Die Mannschaft besiegte am "
        "Samstagabend in Tiflis Dänemark mit 2:0 (1:0).\n"
    )
    found = [m for m in _only(text) if {m.home, m.away} == {"georgia", "denmark"}]
    assert len(found) == 1
    assert found[0].competition == "UEFA European Championship qualifying"
    assert found[0].season == "2020"
