"""`Porto's path had been no easier. Beaten 3-1 by Celtic at Celtic Park in the first leg,
they won the return 2-0 in Porto`: a sentence opening on a defeat `by` a side is the run
of the main side the sentence before names; `beaten 3-1 by` is a defeat; a country's name
beside clubs (`left Scotland`) is a place, no side. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_an_english_run_opening_on_a_defeat_by_a_side():
    facts = read(
        " date 2003-05-22 SEVILLE, Spain (AP) - Porto beat Celtic 3-2 after extra time to win "
        "the UEFA Cup on Wednesday.\n\nCeltic had beaten Boavista in the semi-finals. Porto's "
        "path had been no easier. Beaten 3-1 by Lazio at the Stadio Olimpico in the first leg "
        "of their quarter-final, they won the return 4-1 in Porto, although the visitors left "
        "Portugal unhappy with the referee."
    )
    assert match(facts, "lazio", "porto").score == (3, 1)
    assert match(facts, "porto", "lazio").score == (4, 1)


def test_a_german_run_opening_on_a_defeat_by_a_side():
    facts = read(
        " date 2003-05-22 Sevilla (dpa) - Der FC Porto hat den UEFA-Pokal gewonnen und Celtic "
        "Glasgow mit 3:2 nach Verlängerung besiegt.\n\nDer Weg des FC Porto war nicht leichter. "
        "Geschlagen mit 1:3 bei Lazio Rom im Hinspiel, gewannen sie das Rückspiel mit 4:1."
    )
    assert not [m for m in facts.matches if {m.home, m.away} == {"celtic", "lazio"}]
