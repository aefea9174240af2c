"""The Austrian, Swiss and Dutch cup finals are one match at a ground chosen in advance,
so a final of them is read as neutral; `die Steirer` are Sturm Graz, and `des
KNVB-Pokals` names the Dutch cup."""

from __future__ import annotations

from tests.reports.helpers import read


def _finals(facts):
    return [(m.home, m.away, m.score, m.competition, m.neutral) for m in facts.matches]


def test_austrian_cup_final_by_regional_name():
    facts = read(
        " date 2023-05-01 Klagenfurt (APA) – Der SK Sturm Graz hat den ÖFB-Cup gewonnen. Im "
        "Finale im Wörthersee-Stadion setzten sich die Steirer am Sonntag mit 2:0 gegen den "
        "SK Rapid Wien durch. Die Fans feierten lange."
    )
    assert ("sturm-graz", "rapid-wien", (2, 0), "ÖFB-Cup", True) in _finals(facts)


def test_dutch_cup_named_in_german():
    facts = read(
        " date 2019-04-08 Rotterdam – Ajax Amsterdam hat am Sonntag im Finale des "
        "KNVB-Pokals im Stadion De Kuip Willem II Tilburg mit 4:0 besiegt. Die Fans feierten "
        "lange nach dem Abpfiff."
    )
    assert ("ajax", "willem-ii", (4, 0), "KNVB Cup", True) in _finals(facts)
