"""`die asiatische Champions League` is the AFC Champions League, not the UEFA one whose
name it holds."""

from __future__ import annotations

from bot.reports.matches.competitionmentions import find_competitions


def test_asiatischen_champions_league():
    found = find_competitions("im Finale der asiatischen Champions League", "2019-11-24")
    assert [m.name for m in found] == ["AFC Champions League"]


def test_the_plain_champions_league_stays_uefas():
    found = find_competitions("im Finale der Champions League", "2019-05-24")
    assert [m.name for m in found] == ["UEFA Champions League"]
