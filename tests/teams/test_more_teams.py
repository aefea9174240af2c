"""Clubs of South America's top divisions, former Liga MX sides and national teams of
every confederation resolve in both languages, while names that are also common words
or first names never stand for a team in running text."""

from __future__ import annotations

import pytest

from bot.reports.text.document import build_document
from bot.teams.resolver import TeamResolver

RESOLVER = TeamResolver.default()


@pytest.mark.parametrize(
    ("name", "team"),
    [
        ("Cerro Porteño", "cerro-porteno"),
        ("Cerro Porteno", "cerro-porteno"),
        ("Universitario de Deportes", "universitario"),
        ("Alianza Lima", "alianza-lima"),
        ("Barcelona SC", "barcelona-sc"),
        ("Barcelona", "barcelona"),
        ("Everton de Viña del Mar", "everton-de-vina-del-mar"),
        ("Everton", "everton"),
        ("Deportivo Táchira", "deportivo-tachira"),
        ("The Strongest La Paz", "club-the-strongest"),
        ("Kuba", "cuba"),
        ("Sowjetunion", "soviet-union"),
        ("UdSSR", "soviet-union"),
        ("DDR", "east-germany"),
        ("West Germany", "germany"),
        ("Bafana Bafana", "south-africa"),
        ("Socceroos", "australia"),
    ],
)
def test_new_names_resolve(name, team):
    assert RESOLVER.resolve(name) == team


def test_every_south_american_top_division_has_clubs():
    clubs = [t for t in RESOLVER.teams.values() if t.kind == "club"]
    for country in ("ARG", "BRA", "URU", "PAR", "CHI", "COL", "PER", "ECU", "BOL", "VEN"):
        assert sum(1 for t in clubs if t.country == country) >= 8, country


@pytest.mark.parametrize(
    "text",
    [
        "Bayern were the strongest side and beat Dortmund 2-0 at home on Saturday.",
        "Remo Freuler, Jordan Henderson and Chad Marshall all scored for their clubs.",
        "Always ready to press, the hosts saw Junior players bloom in the aurora of May.",
        "Die Mannschaft von Trainer Kompany gewann, die Nationalelf spielt am Dienstag.",
    ],
)
def test_common_words_and_first_names_are_no_team(text):
    doc = build_document(" date 2024-03-10 " + text, RESOLVER, None)
    named = {m.team for m in doc.mentions}
    assert named <= {"bayern-munich", "borussia-dortmund"}
