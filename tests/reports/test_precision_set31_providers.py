"""The one who supplied the ball is not the scorer, from set 31's Juventus-United and set
32's Barcelona-Real reports, with sentences written for these tests: a name told before
the noun of the pass (`a David Beckham corner`, `from a Sergi Roberto cross`)."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def scorers(match: Match) -> list[tuple]:
    return [(g.minute, g.player) for g in match.goals or []]


def _bayern() -> Match:
    return Match("bayern-munich", "borussia-dortmund", (2, 1))


def test_a_name_before_the_corner_is_the_supplier_en():
    (match,) = goals_for(
        "Bayern beat Dortmund 2-1. Joshua Kimmich was the hero. In the 24th minute he rose "
        "to meet a Leroy Sane corner and glanced a header inside the far post.",
        _bayern(),
    )
    assert scorers(match) == [(24, "Joshua Kimmich")]


def test_he_after_a_name_before_the_cross_is_the_scorer_en():
    (match,) = goals_for(
        "Bayern beat Dortmund 2-1. Harry Kane scored with a fine header from a Michael Olise "
        "cross in the 75th minute, and he sealed his hat-trick eight minutes later.",
        _bayern(),
    )
    assert scorers(match) == [(75, "Harry Kane"), (83, "Harry Kane")]


def test_the_supplier_after_von_is_no_scorer_de():
    (match,) = goals_for(
        "Bayern gewann 2:1 gegen Dortmund. Joshua Kimmich war der Held. In der 24. Minute "
        "stieg er nach einer Ecke von Leroy Sané am höchsten und köpfte ein.",
        _bayern(),
        lang="de",
    )
    assert scorers(match) == [(24, "Joshua Kimmich")]
