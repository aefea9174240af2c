"""Where and how a German shot went in (`aus kurzer Distanz`, `aus spitzem Winkel`,
`per Kopf`) is no name, from set 32's Monaco-Dortmund report; sentences written for
these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def scorers(match: Match) -> list[tuple]:
    return [(g.minute, g.player) for g in match.goals or []]


def test_a_finish_noun_with_a_bracketed_minute_is_no_scorer_de():
    (match,) = goals_for(
        "Leipzig gewann 2:1 gegen Freiburg. Lois Openda traf aus kurzer Distanz (12.). "
        "Danach erhöhte Xavi Simons aus spitzem Winkel (30.). Nach der Pause verkürzte "
        "Vincenzo Grifo ebenfalls aus kurzer Distanz (48.).",
        Match("rb-leipzig", "sc-freiburg", (2, 1)),
        lang="de",
    )
    assert scorers(match) == [(12, "Lois Openda"), (30, "Xavi Simons"), (48, "Vincenzo Grifo")]


def test_a_header_told_per_kopf_is_the_players_de():
    (match,) = goals_for(
        "Leipzig gewann 1:0 gegen Freiburg. Willi Orban traf nach einer Ecke per Kopf (77.). "
        "Freiburg kam per Kopf nicht mehr zum Ausgleich.",
        Match("rb-leipzig", "sc-freiburg", (1, 0)),
        lang="de",
    )
    assert scorers(match) == [(77, "Willi Orban")]
