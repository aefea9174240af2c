"""An own-net clause whose subject stands before an aside (`Yarmolenko, trying to clear,
could only head it past his own goalkeeper`): the goal is that player's own goal, not a
goal of the player who sent the ball in."""

from bot.facts import Match
from tests.reports.helpers import goals_for


def test_english_subject_before_an_aside():
    (found,) = goals_for(
        "Scotland won 1-0 at Hampden. In the 62nd minute John McGinn swung a corner in "
        "and Norway defender Kristoffer Ajer, stretching to clear, could only turn it past "
        "his own goalkeeper.",
        Match("scotland", "norway", (1, 0)),
        lang="en",
    )
    assert [(g.player, g.minute, g.team, g.own_goal) for g in found.goals] == [
        ("Kristoffer Ajer", 62, "scotland", True)
    ]


def test_german_subject_before_an_aside():
    (found,) = goals_for(
        "Schottland gewann 1:0 in Glasgow. In der 62. Minute brachte John McGinn eine Ecke "
        "herein, und Norwegens Verteidiger Kristoffer Ajer, beim Versuch zu klären, lenkte "
        "den Ball ins eigene Tor.",
        Match("scotland", "norway", (1, 0)),
        lang="de",
    )
    assert [(g.player, g.minute, g.team, g.own_goal) for g in found.goals] == [
        ("Kristoffer Ajer", 62, "scotland", True)
    ]


def test_a_named_clause_keeps_its_scorer():
    (found,) = goals_for(
        "Scotland won 1-0 at Hampden. In the 62nd minute John McGinn, running on to a "
        "loose ball, drove it past the goalkeeper.",
        Match("scotland", "norway", (1, 0)),
        lang="en",
    )
    assert [(g.player, g.own_goal) for g in found.goals or []] in ([], [("John McGinn", False)])
