"""A competition is played by clubs or by national teams, never both: a club league the
report names only for a player's club (`Edin Dzeko vom VfL Wolfsburg, in der Bundesliga
zum Torjäger gereift`, set 46) is no competition of national teams' results (set 46 read
four World Cup play-off legs as Bundesliga games, season 2009-10, stage league). Where
the opening says a side qualified for a finals tournament (`das Ticket für die
Weltmeisterschaft 2018`), the results are that tournament's qualifying."""

from __future__ import annotations

from tests.reports.helpers import read

_DE = (
    " date 2017-11-15 Dublin (dpa) - Dänemark hat das Ticket für die Weltmeisterschaft 2018 "
    "in Russland gelöst. Die Dänen gewannen am Dienstagabend das Play-off-Rückspiel in "
    "Irland mit 5:1, nachdem das Hinspiel in Kopenhagen torlos geendet hatte.\n\n"
    "Im ausverkauften Aviva Stadium herrschte von Beginn an eine aufgeheizte Stimmung. Die "
    "Iren gingen früh in Führung, doch danach spielten nur noch die Gäste. Torhüter Kasper "
    "Schmeichel musste kaum noch eingreifen. Zur Pause war die Partie praktisch "
    "entschieden.\n\n"
    "Ihr Spielmacher Christian Eriksen von Tottenham Hotspur, in der Premier League zum Star "
    "gereift, traf dreimal.\n\n"
    "Neben Dänemark lösten am Dienstag zwei weitere Mannschaften ihr WM-Ticket. Die Schweiz "
    "kam in Basel gegen Nordirland nur zu einem 0:0, reichte aber nach dem 1:0 im Hinspiel "
    "in Belfast. Kroatien spielte in Piräus 0:0 gegen Griechenland, nachdem es das Hinspiel "
    "in Zagreb mit 4:1 gewonnen hatte."
)

_EN = (
    " date 2017-11-15 DUBLIN (AP) - Christian Eriksen, who became a star in the Premier "
    "League with Tottenham, scored a hat trick as Denmark won 5-1 in Ireland on Tuesday in "
    "the second leg of their playoff.\n\n"
    "Elsewhere on Tuesday, Switzerland drew 0-0 with Northern Ireland in Basel, having won "
    "the first leg 1-0 in Belfast."
)


def test_national_teams_results_are_no_club_leagues_games_de():
    matches = read(_DE).matches
    assert {m.home for m in matches} >= {"switzerland", "northern-ireland"}
    for m in matches:
        assert (m.competition, m.stage) != ("Premier League", "league")
    swiss = [m for m in matches if "switzerland" in (m.home, m.away)]
    assert {m.competition for m in swiss} == {"FIFA World Cup qualification"}
    assert {m.season for m in swiss} == {"2018"}


def test_national_teams_results_are_no_club_leagues_games_en():
    matches = read(_EN).matches
    assert matches
    for m in matches:
        assert m.competition != "Premier League" and m.stage != "league"
