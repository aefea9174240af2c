"""Competitions added for South American and smaller European football: named in
either language, with the season shape of each (calendar year or split)."""

from __future__ import annotations

import pytest

from bot.competitions import find_competitions
from bot.competitions.seasons import season_for


@pytest.mark.parametrize(
    ("text", "name", "date", "season"),
    [
        (
            "Flamengo clinched the Brasileirão",
            "Campeonato Brasileiro Série A",
            "2019-11-24",
            "2019",
        ),
        ("im Finale der Copa do Brasil", "Copa do Brasil", "2019-09-18", "2019"),
        ("the Recopa Sudamericana first leg", "Recopa Sudamericana", "2020-02-19", "2020"),
        ("won the Taça de Portugal", "Taça de Portugal", "2023-05-28", "2022-23"),
        ("im niederländischen Pokal, dem KNVB Beker", "KNVB Cup", "2024-04-21", "2023-24"),
        ("the Scottish Cup final", "Scottish Cup", "2024-05-25", "2023-24"),
        ("im ÖFB-Cup-Finale", "ÖFB-Cup", "2024-05-01", "2023-24"),
        ("in the Swiss Cup", "Schweizer Cup", "2024-06-02", "2023-24"),
    ],
)
def test_new_competitions_are_found_with_their_season(text, name, date, season):
    assert {m.name for m in find_competitions(text)} == {name}
    assert season_for(name, date) == season


def test_serie_a_is_still_italys():
    assert [m.name for m in find_competitions("top of Serie A")] == ["Serie A"]
