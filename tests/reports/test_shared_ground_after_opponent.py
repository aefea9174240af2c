"""A shared ground told after a result's opponent (`a 1-0 win over Porto at the Stadio
Olimpico`, `ein 2:0-Sieg gegen den FC Porto im San Siro`) is the ground of the result's
side that plays there. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import read


def pairs(facts):
    return [(m.home, m.away, m.score) for m in facts.matches]


def test_an_english_win_over_a_side_at_a_shared_ground():
    facts = read(
        " date 2023-05-19 LISBON, Portugal (AP) - Benfica beat Porto 2-1 on Thursday. Lazio "
        "reached the final by the narrowest of margins. Ciro Immobile's goal gave them a 1-0 "
        "win over Feyenoord at the Stadio Olimpico in the first leg."
    )
    assert ("lazio", "feyenoord", (1, 0)) in pairs(facts)


def test_a_german_win_over_a_side_at_a_shared_ground():
    facts = read(
        " date 2023-05-19 Lissabon (dpa) - Benfica hat am Donnerstag gegen den FC Porto 2:1 "
        "gewonnen. Inter Mailand hatte im Hinspiel einen 2:0-Sieg gegen Feyenoord Rotterdam "
        "im San Siro gefeiert."
    )
    assert ("inter-milan", "feyenoord", (2, 0)) in pairs(facts)
