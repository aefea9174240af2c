"""Wrong facts found on unseen set 27 (first read P=0.92 R=0.75), each a phrase family
with sentences written for the tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for, pairs, read


def test_a_lead_told_with_its_verb_after_the_score_is_no_result():
    facts = read(
        " date 2019-03-14 Der FC Porto steht im Viertelfinale. Die Portugiesen schlugen "
        "die AS Rom am Mittwoch mit 3:1. In der Vorwoche hatte die Roma in Rom schon mit "
        "2:0 geführt, ehe Porto noch zum 1:2 traf."
    )
    assert ("roma", "porto", (2, 0)) not in pairs(facts)
    subordinate = read(
        " date 2019-03-14 Der FC Porto steht im Viertelfinale. Die Portugiesen schlugen "
        "die AS Rom am Mittwoch mit 3:1, nachdem die Roma 1:0 führte."
    )
    assert ("roma", "porto", (1, 0)) not in pairs(subordinate)
    assert ("porto", "roma", (0, 1)) not in pairs(subordinate)


def test_a_lead_told_as_up_after_the_score_is_no_result():
    facts = read(
        " date 2019-03-14 Porto beat visiting Roma 3-1 on Wednesday to reach the "
        "quarterfinals. In the first leg, Roma were 2-0 up at home before losing 2-3."
    )
    assert pairs(facts) == {("porto", "roma", (3, 1)), ("roma", "porto", (2, 3))}


def test_a_result_with_a_following_verb_stays_a_result():
    facts = read(
        " date 2019-03-14 Porto (dpa) - Der FC Porto hat am Mittwoch die AS Rom mit 3:1 "
        "geschlagen und führte danach die Tabelle an."
    )
    assert pairs(facts) == {("porto", "roma", (3, 1))}


def _scorers(body: str, match: Match) -> list[tuple]:
    (m,) = goals_for(body, match)
    return [(g.player, g.minute) for g in m.goals or []]


def test_the_player_after_a_colon_who_lost_the_ball_is_no_scorer_de():
    found = _scorers(
        "Der FC Porto schlug Benfica mit 1:0. Nach 40 Minuten stand es 1:0: Nicolás Otamendi "
        "verlor den Ball an der Mittellinie, und Mehdi Taremi vollendete.",
        Match("porto", "benfica", (1, 0)),
    )
    assert found == [("Mehdi Taremi", 40)]


def test_the_player_after_a_colon_who_lost_the_ball_is_no_scorer_en():
    """Read right before the German fix too; kept so the two languages stay alike."""
    found = _scorers(
        "Porto beat Benfica 1-0. After 40 minutes it was 1-0: Nicolas Otamendi gave the ball "
        "away in midfield, and Mehdi Taremi finished.",
        Match("porto", "benfica", (1, 0)),
    )
    assert found == [("Mehdi Taremi", 40)]


def test_the_scorer_after_a_colon_stays_the_scorer():
    found = _scorers(
        "Der FC Porto schlug Benfica mit 1:0. Nach 40 Minuten stand es 1:0: Mehdi Taremi "
        "traf nach einer Flanke von Pepê.",
        Match("porto", "benfica", (1, 0)),
    )
    assert found == [("Mehdi Taremi", 40)]

