"""A player fouled for a penalty (`after X was brought down`, `nachdem X gefoult worden
war`) is not whom a later `he` of the same sentence means: that is the one who acts."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Kevin Gameiro scored twice as Sevilla beat Valencia 2-0. The striker put the hosts"
            " ahead from the spot in the 31st minute after Vitolo was brought down in the box,"
            " and five minutes later he struck again, heading in a cross to make it 2-0.",
            "en",
        ),
        (
            "Kevin Gameiro scored twice as Sevilla beat Valencia 2-0. The striker put the hosts"
            " ahead from the spot in the 31st minute after Vitolo was brought down in the box,"
            " and barely five minutes later he was on hand again, finishing from close range to"
            " make it 2-0.",
            "en",
        ),
        (
            "Sevilla hat Valencia mit 2:0 geschlagen. Kevin Gameiro traf in der 31. Minute per"
            " Elfmeter, nachdem Vitolo im Strafraum gefoult worden war, und fünf Minuten später"
            " köpfte er zum 2:0 ein.",
            "de",
        ),
    ],
)
def test_he_after_a_fouled_player_is_the_scorer(body, lang):
    (match,) = goals_for(body, Match("sevilla", "valencia", (2, 0)), lang=lang)
    assert [(g.player, g.minute) for g in match.goals] == [
        ("Kevin Gameiro", 31),
        ("Kevin Gameiro", 36),
    ]
