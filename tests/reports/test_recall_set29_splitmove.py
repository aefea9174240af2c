"""A relegation play-off's league told with a separable German verb whose particle follows
it (`kehrt Fortuna Düsseldorf in die Fußball-Bundesliga zurück`, as in set 29's
Düsseldorf-Hertha; `steigt ... in die 2. Bundesliga ab`): the play-off is for that league,
as `Aufstieg in die Bundesliga` already told. Sentences written here."""

from __future__ import annotations

from tests.reports.helpers import match, read

_LEGS = (
    " Im Relegations-Rückspiel trennte sich der 1. FC Heidenheim am Montagabend im "
    "eigenen Stadion 0:0 vom SV Werder Bremen, nach dem 1:1 im Hinspiel in Bremen."
)


def test_kehrt_in_die_bundesliga_zurueck_names_the_league_de():
    facts = read(
        " date 2020-07-07 Der SV Werder Bremen kehrt nicht in die Bundesliga zurück, "
        "er bleibt drin." + _LEGS
    )
    assert match(facts, "fc-heidenheim", "werder-bremen").competition == "Bundesliga"


def test_steigt_in_die_zweite_liga_ab_names_the_league_above_de():
    facts = read(
        " date 2020-07-07 Der 1. FC Heidenheim steigt nicht in die 2. Bundesliga ab." + _LEGS
    )
    assert match(facts, "fc-heidenheim", "werder-bremen").competition == "Bundesliga"


def test_in_die_bundesliga_without_a_particle_names_no_league_de():
    facts = read(" date 2020-07-07 Der Blick geht in die Bundesliga, dort ist viel los." + _LEGS)
    assert match(facts, "fc-heidenheim", "werder-bremen").competition is None
