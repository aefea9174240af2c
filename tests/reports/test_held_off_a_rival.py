"""`X scored the only goal after 57 minutes to hold off Y`: a title rival held off in the
table plays no part in this match, so the clause (and its minute) stays this match's."""

from tests.reports.helpers import match, read


def test_a_rival_held_off_does_not_move_the_goal_elsewhere():
    facts = read(
        " date 2012-05-14 Manchester City won the Premier League title on the final day, "
        "beating Queens Park Rangers 2-0 at home. Vincent Kompany headed the opener in the "
        "20th minute. Edin Dzeko made sure after 71 minutes to hold off Manchester United, "
        "who finished two points behind."
    )
    city = match(facts, "manchester-city", "qpr")
    assert [(g.player, g.minute) for g in city.goals] == [
        ("Vincent Kompany", 20),
        ("Edin Dzeko", 71),
    ]
