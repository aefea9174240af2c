"""A team named as the one whose opponent the subject is (`Der nächste Gegner des FC
Chelsea im Europa-League-Finale gewann beim Sporting Braga mit 2:0`, `Chelsea's opponents
in the Europa League final won 2-0 at Braga`, `The next opponent of Chelsea`) is no side
of the result, and the round and competition told with it are the game to come's; the
subject is the story's team. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

LEAD_EN = " date 2013-05-13 LISBON, Portugal (AP) - Benfica are Portuguese champions. "
LEAD_DE = " date 2013-05-13 Lissabon (dpa) - Benfica Lissabon ist portugiesischer Meister. "


@pytest.mark.parametrize(
    "told",
    [
        LEAD_EN + "Chelsea's opponents in the Europa League final won 2-0 at Braga on Sunday "
        "on the last day of the Primeira Liga season.",
        LEAD_EN + "The next opponent of Chelsea in the Europa League final won 2-0 at Braga "
        "on Sunday on the last day of the Primeira Liga season.",
        LEAD_DE + "Der nächste Gegner des FC Chelsea im Europa-League-Finale gewann am "
        "Sonntag am letzten Spieltag der Primeira Liga beim Sporting Braga mit 2:0 und "
        "verteidigte damit den Vorsprung von zwei Punkten auf den FC Porto.",
    ],
)
def test_the_team_whose_opponent_won_is_no_side(told):
    facts = read(told)
    assert all("chelsea" not in (m.home, m.away) for m in facts.matches)
    found = match(facts, "braga", "benfica")
    assert found.score == (0, 2)
    assert (found.stage, found.competition) == ("league", "Primeira Liga")
