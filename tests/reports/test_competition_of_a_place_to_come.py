"""A competition named only as a place a side missed or still has to qualify for
(`missing out on the Champions League`, `muss sich durch die Qualifikation zur Champions
League kämpfen`, `den direkten Einzug in die Gruppenphase der Champions League sicher`) is
not the competition of a result told beside it. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_a_league_defeat_that_missed_out_on_europe():
    facts = read(
        " date 2021-05-24 Feyenoord won the Dutch Cup final on Sunday, beating PSV 2-0 in "
        "Rotterdam. PSV had already finished fourth after losing 3-1 at Ajax on the last "
        "day, missing out on the Champions League."
    )
    assert match(facts, "ajax", "psv").competition != "UEFA Champions League"


def test_a_league_win_that_secured_the_group_stage():
    facts = read(
        " date 2019-05-20 Turin (SID) - Am vorletzten Spieltag der Serie A hat Atalanta "
        "Bergamo gewonnen. Bei Juventus Turin siegte die Mannschaft am Sonntagabend mit 2:1 "
        "und hat damit den direkten Einzug in die Gruppenphase der Champions League sicher."
    )
    found = match(facts, "juventus", "atalanta")
    assert (found.competition, found.stage) == ("Serie A", "league")


def test_qualifying_still_to_come_is_no_cup_finals_competition():
    facts = read(
        " date 2023-06-05 Basel ist Cupsieger. Die Basler gewannen am Sonntag im Wankdorf "
        "den Final gegen den FC Zürich mit 2:1. Trainer und Mannschaft feierten lange.\n\n"
        "Beide Klubs spielen kommende Saison europäisch. Basel muss sich durch die "
        "Qualifikation zur Champions League kämpfen."
    )
    assert facts.matches[0].competition != "UEFA Champions League"


def test_a_qualifier_told_in_the_past_keeps_its_competition():
    facts = read(
        " date 2014-11-15 Wien (dpa) - Österreich hat in der Qualifikation zur "
        "Fußball-Europameisterschaft 2016 einen wichtigen Sieg gefeiert. Die Mannschaft "
        "gewann am Freitagabend in Wien gegen Montenegro mit 1:0."
    )
    found = match(facts, "austria", "montenegro")
    assert found.competition == "UEFA European Championship qualifying"
