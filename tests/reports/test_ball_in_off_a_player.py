"""`McGrath drove the ball across, Mabbutt stretched out a leg and it looped off his knee
into the net`: a ball that goes in off a player after another named player sent it in is
his goal or his own goal; where the text calls it cruel on, or unlucky for, him it is an
own goal, else no scorer is said. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_EN = " date 1991-05-20 Tottenham Hotspur beat Nottingham Forest 2-1 at White Hart Lane.\n\n"


def _goals(text: str):
    return match(read(text), "tottenham", "nottingham-forest").goals or []


def test_a_touch_called_cruel_on_him_is_an_own_goal() -> None:
    text = _EN + (
        "Stuart Pearce scored in the 16th minute. Paul Stewart equalised in the 55th minute. "
        "The winner, in the 94th minute, was cruel on Des Walker. Paul Stewart flicked on a "
        "corner, Des Walker rose to clear and the ball looped off his head into the net."
    )
    walker = [g for g in _goals(text) if (g.player or "").endswith("Walker")]
    assert walker and all(g.own_goal for g in walker)


def test_a_touch_not_settled_names_no_scorer() -> None:
    text = _EN + (
        "Stuart Pearce scored in the 16th minute. In the 94th minute Paul Stewart crossed "
        "from the right, Des Walker stretched out a leg and it spun off his shin into the net."
    )
    assert not any((g.player or "").endswith("Walker") and not g.own_goal for g in _goals(text))


def test_german_ball_prallte_von_seinem_knie_names_no_scorer() -> None:
    text = (
        " date 1991-05-20 Bayern München besiegte Borussia Dortmund in der Allianz Arena mit 2:1."
        "\n\nStefan Effenberg traf in der 16. Minute. In der 88. Minute flankte Roland "
        "Wohlfarth von rechts, Paul Steiner streckte das Bein aus, und der Ball prallte von "
        "seinem Knie ins Tor."
    )
    goals = match(read(text), "bayern-munich", "borussia-dortmund").goals or []
    assert not any((g.player or "").endswith("Steiner") and not g.own_goal for g in goals)
