"""Initials several clubs share (`FCK`: Kaiserslautern and Copenhagen; `FCB`: Bayern and
Basel) are the club the story names plainly, or none (set 74, a round-up's `FCK` beside
`FC Kopenhagen`; set 76, Basel's `FCB` and `die Basler` against `FC Bayern`)."""

from __future__ import annotations

from tests.reports.helpers import pairs, read


def test_fck_beside_copenhagen_is_copenhagen_de():
    facts = read(
        " date 2020-08-12 Manchester United – FC Kopenhagen 1:0 n.V. (0:0). Den Weg ins "
        "Viertelfinale hatte sich der FCK mit einem 2:0 gegen Celtic Glasgow erkämpft, "
        "nachdem das Hinspiel in Glasgow 0:1 verloren gegangen war."
    )
    teams = {team for home, away, _ in pairs(facts) for team in (home, away)}
    assert "fc-kaiserslautern" not in teams
    assert "copenhagen" in teams


def test_fck_among_german_clubs_is_kaiserslautern_de():
    facts = read(
        " date 2010-03-01 Der FCK hat am Sonntag vor eigenem Publikum den SC Paderborn mit 2:0 "
        "geschlagen. "
        "Der FCK führt damit die Tabelle an."
    )
    assert ("fc-kaiserslautern", "sc-paderborn", (2, 0)) in pairs(facts)


def test_fcb_beside_bayern_and_basler_is_basel_de():
    facts = read(
        " date 2012-05-17 Unter Heiko Vogel hatte der FCB auch in der Champions League "
        "Schlagzeilen geschrieben: Im Achtelfinal-Hinspiel gegen den FC Bayern gewannen die "
        "Basler im Februar im St.-Jakob-Park mit 1:0. Im Rückspiel in München gingen sie dann "
        "mit 0:7 unter."
    )
    assert "hamburger-sv" not in {team for home, away, _ in pairs(facts) for team in (home, away)}
    assert ("basel", "bayern-munich", (1, 0)) in pairs(facts)
