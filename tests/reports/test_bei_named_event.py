"""`den 15. Titel bei der Copa América`, `ein 3:2, bei dem Klaus Allofs alle Tore schoss`:
`bei der/dem` before a capital that is no team names an event or a person, not a host,
so it gives no home side; `bei der SpVgg Greuther Fürth` still does."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_title_at_a_named_event_gives_no_host():
    facts = read(
        " date 2011-07-25 Copa América, Finale in Buenos Aires: Uruguay - Paraguay 3:0 (2:0)\n\n"
        "Mit dem souveränen 3:0 im Finale gegen Paraguay holte Uruguay am Sonntagabend den "
        "15. Titel bei der Copa América."
    )
    assert [(m.home, m.away) for m in facts.matches] == [("uruguay", "paraguay")]


def test_score_with_a_scorer_after_bei_dem_gives_no_host():
    facts = read(
        " date 1980-06-23 Deutschland ist Europameister.\n\nZum Auftakt gab es ein 1:0 gegen "
        "die Tschechoslowakei. Es folgte in Neapel ein 3:2 gegen die Niederlande, bei dem "
        "Klaus Allofs alle drei deutschen Tore schoss, und zum Abschluss ein 0:0 gegen "
        "Griechenland."
    )
    assert not any({m.home, m.away} == {"czechoslovakia", "greece"} for m in facts.matches)


def test_bei_der_named_club_is_still_the_host():
    facts = read(
        " date 2014-05-19 Der Hamburger SV rettete sich nach dem 0:0 im Hinspiel mit einem "
        "1:1 bei der SpVgg Greuther Fürth."
    )
    assert match(facts, "greuther-furth", "hamburger-sv").score == (1, 1)
