"""`as the Colombian turned in the area`: a player turning in the box is a movement, not
a goal (`turned in the cross` still is), so the penalty's taker keeps the blank goal."""

from tests.reports.helpers import match, read

_STORY = (
    " date 2018-03-08 MUNICH (AP) — Bayern Munich beat Besiktas 2-0 in the Champions League on "
    "Wednesday night. Bayern went ahead in the 18th minute. Gary Medel clipped Thomas "
    "Muller as the German turned in the box, and Robert Lewandowski converted the penalty. "
    "Arjen Robben turned in a cross in the 70th minute."
)


def test_turning_in_the_box_is_no_goal():
    goals = match(read(_STORY), "bayern-munich", "besiktas").goals
    assert [(g.player, g.minute) for g in goals or []] == [
        ("Robert Lewandowski", 18),
        ("Arjen Robben", 70),
    ]
