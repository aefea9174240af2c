"""`gewann das Rückspiel mit 2:1, doch weil das Hinspiel in San Siro 0:1 verloren gegangen
war, stand es nach 120 Minuten 2:2`: a score of the pair that is the sum of both legs read
is the tie's aggregate told as a state, not a third game; and a ground's name (`San
Siro`) is never a scorer. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read, tie


def test_a_german_aggregate_state_after_two_legs():
    facts = read(
        " date 1988-04-21 München (dpa) - Der VfB Stuttgart hat am Mittwochabend alles "
        "gegeben und trotzdem verloren. Die Mannschaft von Arie Haan gewann das "
        "Halbfinal-Rückspiel im UEFA-Pokal gegen Inter Mailand mit 3:2, doch weil das "
        "Hinspiel in San Siro 0:1 verloren gegangen war, stand es nach 90 Minuten 3:3 und "
        "das Auswärtstor der Italiener gab den Ausschlag."
    )
    m = match(facts, "vfb-stuttgart", "inter-milan")
    assert m.score == (3, 2) and m.leg == 2
    assert match(facts, "inter-milan", "vfb-stuttgart").score == (1, 0)
    assert tie(facts, "vfb-stuttgart", "inter-milan").winner == "inter-milan"
    assert not any(g.player == "San Siro" for g in m.goals or ())


def test_an_english_aggregate_state_after_two_legs():
    facts = read(
        " date 1988-04-21 (AP) - Stuttgart beat Inter Milan 3-2 in the second leg of the "
        "UEFA Cup semifinal on Wednesday, but having lost the first leg 1-0 at San Siro "
        "they finished level at 3-3 and went out on away goals."
    )
    assert match(facts, "vfb-stuttgart", "inter-milan").score == (3, 2)
    assert not [m for m in facts.matches if m.score == (3, 3)]
