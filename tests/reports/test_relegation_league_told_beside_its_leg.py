"""A report of one relegation play-off telling the other in passing: the league a play-off
is for, told beside its own legs (`Die Relegation zur Bundesliga ...`, `bleibt
erstklassig`, `muss drittklassig spielen`), outranks the league the story's own play-off
is for; `auf dem Weg in die` and `die Rückkehr in die` name a league gone up to. Texts
written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_MAIN = (
    " date 2016-05-25 Würzburg (dpa) - Die Würzburger Kickers spielen in der kommenden "
    "Saison in der 2. Bundesliga. Im Relegations-Rückspiel gewann der Dritte der 3. Liga am "
    "Dienstagabend beim MSV Duisburg mit 2:1, nachdem das Hinspiel in Würzburg 2:0 "
    "ausgegangen war."
)


def test_the_top_flight_play_off_told_in_the_sentence_before():
    facts = read(
        _MAIN + " Die Relegation zur Bundesliga wird am Montag entschieden. Der 1. FC Nürnberg "
        "hatte das Hinspiel bei Eintracht Frankfurt am Donnerstag 1:1 gespielt."
    )
    other = match(facts, "eintracht-frankfurt", "fc-nurnberg")
    assert (other.competition, other.stage, other.leg) == ("Bundesliga", "relegation-play-off", 1)
    assert match(facts, "msv-duisburg", "wurzburger-kickers").competition == "2. Bundesliga"


def test_the_top_flight_play_off_told_by_staying_first_tier():
    facts = read(
        _MAIN + " Auch Eintracht Frankfurt hat die Relegation überstanden. Nach dem 1:1 im "
        "Hinspiel gewann die Eintracht das Rückspiel beim 1. FC Nürnberg mit 1:0 und bleibt "
        "erstklassig."
    )
    other = match(facts, "fc-nurnberg", "eintracht-frankfurt")
    assert (other.competition, other.stage, other.leg) == ("Bundesliga", "relegation-play-off", 2)


def test_a_side_kept_from_going_back_up():
    facts = read(
        " date 2018-05-23 Aue (SID) - Der FC Erzgebirge Aue bleibt zweitklassig. Die Sachsen "
        "setzten sich im Rückspiel der Relegation am Dienstagabend im Erzgebirgsstadion mit 3:1 "
        "gegen den Karlsruher SC durch, nachdem das Hinspiel in Karlsruhe torlos geendet hatte. "
        "Für den KSC, Dritter der 3. Liga, muss die Rückkehr in die 2. Bundesliga warten."
    )
    found = match(facts, "erzgebirge-aue", "karlsruher-sc")
    assert (found.competition, found.stage) == ("2. Bundesliga", "relegation-play-off")


def test_a_league_win_beside_the_play_off_words_is_no_leg():
    facts = read(
        " date 2016-05-16 Der 1. FC Nürnberg muss in die Relegation zur Bundesliga. Am letzten "
        "Spieltag der 2. Bundesliga gewann Nürnberg vor eigenem Publikum mit 3:0 gegen den "
        "SC Paderborn."
    )
    found = match(facts, "fc-nurnberg", "sc-paderborn")
    assert found.stage != "relegation-play-off"
