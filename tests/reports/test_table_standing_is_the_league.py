"""`hat seinen Vorsprung an der Tabellenspitze ausgebaut ... liegt nun vier Punkte vor dem
ersten Verfolger`, `went top of the table ... three points clear of`: a lead telling
the table standing of a game between two clubs of one country, naming no competition,
is that country's league; a cup named later for another fixture is not the game's."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_german_table_lead_names_the_league():
    facts = read(
        " date 2019-11-09 Der VfL Wolfsburg hat das Niedersachsenderby gewonnen und die "
        "Tabellenspitze übernommen. Die Wölfe siegten am Samstag bei Werder Bremen mit 2:1 und "
        "liegen nun zwei Punkte vor dem ersten Verfolger. Für Wolfsburg, das in der Europa "
        "League schon ausgeschieden ist, geht es am Dienstag in der Europa League weiter."
    )
    found = match(facts, "werder-bremen", "vfl-wolfsburg")
    assert found.competition == "Bundesliga"


def test_english_table_lead_names_the_league():
    facts = read(
        " date 2019-11-09 Leicester City went top of the table on Saturday. Leicester beat "
        "Everton 2-1 at Goodison Park and are now three points clear of their nearest "
        "rivals. Everton, already out of the Champions League group stage, travel to "
        "Lisbon in the Champions League on Tuesday."
    )
    found = match(facts, "everton", "leicester-city")
    assert found.competition == "Premier League"
