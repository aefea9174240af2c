"""The player taken off is not whom a later description means, from set 31's EURO 1996
final (`brachte Bierhoff für Scholl. Der Stürmer ... köpfte er`), with sentences written
for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def scorers(match: Match) -> list[tuple]:
    return [(g.minute, g.player) for g in match.goals or []]


def _bayern() -> Match:
    return Match("bayern-munich", "borussia-dortmund", (2, 1))


def test_the_substitute_not_the_one_replaced_is_the_striker_de():
    (match,) = goals_for(
        "Bayern gewann 2:1 gegen Dortmund. Tuchel reagierte und brachte Thomas Müller für "
        "Leroy Sané. Der Stürmer brauchte nur wenige Minuten: Nach einer Flanke von Joshua "
        "Kimmich köpfte er zum 1:1 ein (73.).",
        _bayern(),
        lang="de",
    )
    assert scorers(match) == [(73, "Thomas Müller")]


def test_the_substitute_not_the_one_replaced_is_the_striker_en():
    (match,) = goals_for(
        "Bayern beat Dortmund 2-1. Tuchel reacted and brought on Thomas Muller for Leroy "
        "Sane. The forward needed only a few minutes and headed in from a Joshua Kimmich "
        "cross in the 73rd minute.",
        _bayern(),
    )
    assert scorers(match) == [(73, "Thomas Muller")]


def test_he_after_replacing_is_the_substitute_en():
    (match,) = goals_for(
        "Bayern beat Dortmund 2-1. Mathys Tel came off the bench replacing Leroy Sane, and "
        "within ten minutes he had scored. The goal came in the 81st minute.",
        _bayern(),
    )
    assert "Leroy Sane" not in [p for _, p in scorers(match)]
