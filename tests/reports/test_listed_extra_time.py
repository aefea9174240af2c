"""Extra time on a result line: `Spain 1, Italy 1, Spain won 4-2 on penalties, aet`
tells it after the shoot-out; `Sevilla - Basel 1:1, 4:2 im Elfmeterschießen` names a
shoot-out but not extra time (some cups skip it), so the line leaves extra time open
and gives the kicks. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import read


def _found(facts, *teams):
    return [m for m in facts.matches if {m.home, m.away} == set(teams)]


def test_an_english_line_with_aet_after_the_shootout_is_extra_time():
    facts = read(
        " date 2012-06-24 KIEV (AP) - Results of the European Championship quarterfinals "
        "(first team named listed as home side):\n\nSUNDAY'S MATCHES\n\n"
        "England 0, Italy 0, Italy won 4-2 on penalties, aet\n\n"
        "At Kiev, Andrea Pirlo chipped his penalty past Joe Hart.\n\n"
        "Spain 2, France 0\n\nAt Donetsk, Xabi Alonso scored twice."
    )
    (drawn,) = _found(facts, "england", "italy")
    assert drawn.extra_time is True
    (won,) = _found(facts, "spain", "france")
    assert won.extra_time is False


def test_a_german_line_with_a_shootout_only_leaves_extra_time_open():
    facts = read(
        " date 2001-06-29 Copa Libertadores, Finale, Rückspiel: River Plate - Palmeiras 0:1, "
        "4:2 im Elfmeterschießen (Hinspiel 1:0 für River)\n\nBuenos Aires (dpa) - River Plate "
        "hat die Copa Libertadores gewonnen. Der Klub verlor am Donnerstagabend das "
        "Final-Rückspiel im heimischen Monumental zwar mit 0:1 gegen Palmeiras aus Brasilien, "
        "setzte sich nach dem 1:1 in der Addition aber im Elfmeterschießen mit 4:2 durch."
    )
    found = [
        (m.home, m.score, m.extra_time, m.penalties)
        for m in _found(facts, "river-plate", "palmeiras")
    ]
    assert ("river-plate", (0, 1), None, (4, 2)) in found
    assert not [f for f in found if f[2] is False]
