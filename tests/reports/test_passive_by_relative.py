"""`Palmer's cross was headed in by Fernández in the 65th minute, and five minutes later
another Palmer delivery was converted by Jackson`: the goal with a relative minute is
checked against the doers of its clause; the name after `was converted by` is its doer,
the name before `delivery` only supplied the ball (a held-out report lost the goal).
German tells the same with a name that supplied a `Flanke`. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from bot.reports.goals.factcheck import check_goals
from bot.reports.goals.placing import attach_goals
from bot.reports.text.document import build_document
from tests.reports.helpers import RESOLVER


def checked(body: str, match: Match, lang: str) -> list[tuple]:
    doc = build_document(" date 2025-03-13 " + body, RESOLVER, lang)
    attach_goals(doc, [match])
    check_goals(doc, [match])
    return [(g.player, g.minute) for g in match.goals or []]


@pytest.mark.parametrize(
    "later",
    [
        "another Saka delivery was converted by Gabriel Jesus",
        "a Saka cross was headed in by Gabriel Jesus",
        "Gabriel Jesus converted another Saka delivery",
    ],
)
def test_english_passive_doer_after_a_relative_minute(later) -> None:
    body = (
        "Arsenal beat Everton 2-0 at the Emirates. Bukayo Saka's cross from the right was "
        f"headed in by Kai Havertz in the 20th minute, and three minutes later {later}."
    )
    got = checked(body, Match("arsenal", "everton", (2, 0)), "en")
    assert got == [("Kai Havertz", 20), ("Gabriel Jesus", 23)]


def test_german_supplier_of_the_cross_is_no_doer() -> None:
    body = (
        "Der FC Bayern gewann 2:0 gegen Borussia Dortmund. Eine Flanke von Joshua Kimmich "
        "köpfte Harry Kane in der 20. Minute ein, und drei Minuten später verwertete Leroy "
        "Sané eine weitere Flanke von Kimmich."
    )
    got = checked(body, Match("bayern-munich", "borussia-dortmund", (2, 0)), "de")
    assert got == [("Harry Kane", 20), ("Leroy Sané", 23)]


def test_another_doer_still_drops_the_relative_minute() -> None:
    body = (
        "Arsenal beat Everton 2-0 at the Emirates. Kai Havertz headed in a cross in the 20th "
        "minute, and three minutes later Saka's shot was saved and Gabriel Jesus scored."
    )
    got = checked(body, Match("arsenal", "everton", (2, 0)), "en")
    assert ("Saka", 23) not in got
