"""The player who had no chance (`and Pickford had no chance`, `Neuer war machtlos`) is
the beaten goalkeeper, never the scorer; met on set 59's England-France report,
sentences written for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def scorers(match: Match) -> list[tuple]:
    return [(g.minute, g.player) for g in match.goals or []]


def test_the_keeper_who_had_no_chance_is_no_scorer_en():
    (match,) = goals_for(
        "Chelsea beat Arsenal 1-0. Cole Palmer, who had been quiet, met a cross with his head "
        "in the 78th minute and David Raya had no chance.",
        Match("chelsea", "arsenal", (1, 0)),
    )
    assert all(player != "David Raya" for _, player in scorers(match))


def test_the_keeper_who_was_helpless_is_no_scorer_de():
    (match,) = goals_for(
        "Dortmund gewann 1:0 gegen Bayern. In der 78. Minute köpfte es ein, und Manuel Neuer "
        "war machtlos.",
        Match("borussia-dortmund", "bayern-munich", (1, 0)),
        lang="de",
    )
    assert all(player != "Manuel Neuer" for _, player in scorers(match))


def test_the_scorer_before_the_beaten_keeper_stays():
    (match,) = goals_for(
        "Chelsea beat Arsenal 1-0. Cole Palmer headed in a cross in the 78th minute and "
        "David Raya had no chance.",
        Match("chelsea", "arsenal", (1, 0)),
    )
    assert scorers(match) == [(78, "Cole Palmer")]
