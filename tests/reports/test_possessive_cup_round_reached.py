"""`reached the European Champions' Cup final`, `reached the Cup Winners' Cup final`: a
possessive cup name between `reached the` and the round leaves it the round reached, and
the European Champions' Cup is the European Cup."""

from tests.reports.helpers import read


def test_the_round_reached_past_a_possessive_cup_name():
    for cup in ("European Champions' Cup", "Cup Winners' Cup", "Cup Winners’ Cup"):
        facts = read(
            f" date 1983-04-21 Juventus reached the {cup} final for the first time on "
            "Wednesday night, holding Bordeaux to a 1-1 draw at home in the second leg."
        )
        found = [m for m in facts.matches if m.score == (1, 1)]
        assert found and all(m.stage == "semi-final" for m in found), (cup, found)


def test_the_european_champions_cup_is_the_european_cup():
    facts = read(
        " date 1983-04-21 Hamburg reached the European Champions' Cup final on Wednesday "
        "night, beating Real Sociedad 2-1 at home in the second leg of the semifinal."
    )
    found = [m for m in facts.matches if m.score in ((2, 1), (1, 2))]
    assert found and all(m.competition == "UEFA Champions League" for m in found), found
