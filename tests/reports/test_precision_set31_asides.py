"""A finisher set off from his verb by an aside (`Andy Cole crossed and Dwight Yorke,
unmarked, headed in`), from set 31's Juventus-United report, with sentences written for
these tests: the verb after the aside is the name's before it, not the sentence subject's."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def scorers(match: Match) -> list[tuple]:
    return [(g.minute, g.player) for g in match.goals or []]


def _bayern() -> Match:
    return Match("bayern-munich", "borussia-dortmund", (2, 1))


def test_a_finisher_set_off_by_an_aside_en():
    (match,) = goals_for(
        "Bayern beat Dortmund 2-1. Alphonso Davies crossed from the left and Harry Kane, "
        "unmarked, headed in from close range in the 34th.",
        _bayern(),
    )
    assert scorers(match) == [(34, "Harry Kane")]


def test_a_finisher_set_off_by_an_aside_de():
    (match,) = goals_for(
        "Bayern gewann 2:1 gegen Dortmund. Alphonso Davies flankte von links, und Harry "
        "Kane, völlig frei, köpfte in der 34. Minute ein.",
        _bayern(),
        lang="de",
    )
    assert scorers(match) == [(34, "Harry Kane")]
