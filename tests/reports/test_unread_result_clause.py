"""Goals of a match the reader did not find stay off the report's match: a clause that
names no team and tells a result no read match has (`the replay ended in a 1-0 win for
Lennon's side, a goal from Wilson`), and a goal only wished for (`did everything but
score`). A sponsor's name of the Scottish League Cup is that cup."""

from tests.reports.helpers import read

REPLAY = (
    " date 2011-03-21 Rangers beat Celtic 2-1 after extra time in the Co-operative "
    "Insurance Cup final at Hampden on Sunday. Earlier this month the fifth-round replay "
    "at Celtic Park ended in a 1-0 win for Neil Lennon's side, a goal from Mark Wilson. "
    "Steven Davis gave Rangers the lead in the 24th minute. Joe Ledley headed Celtic level "
    "in the 31st minute."
)


def scorers(facts):
    return {g.player for m in facts.matches for g in m.goals or ()}


def test_goal_of_an_unread_result_is_no_goal_of_the_final():
    facts = read(REPLAY)
    assert "Mark Wilson" not in scorers(facts)
    assert {"Steven Davis", "Joe Ledley"} <= scorers(facts)


def test_sponsor_name_of_the_scottish_league_cup():
    facts = read(REPLAY)
    assert {m.competition for m in facts.matches} == {"Scottish League Cup"}


def test_a_result_the_match_has_keeps_its_goal():
    facts = read(
        " date 2011-03-21 Rangers beat Celtic 2-1 in the Scottish Cup final at Hampden on "
        "Sunday. It was a 2-1 win "
        "with a late goal from Nikica Jelavic in the 88th minute. Steven Davis scored in "
        "the 24th minute and Joe Ledley in the 31st minute."
    )
    assert "Nikica Jelavic" in scorers(facts)


def test_everything_but_score_is_no_goal():
    facts = read(
        " date 2019-12-30 Three weeks ago Steven Gerrard complained that his side had done "
        "everything but score. Rangers beat Celtic 2-1 at Celtic Park yesterday. Ryan Kent "
        "scored in the 32nd minute, Odsonne Edouard equalised in the 44th minute and "
        "Nikola Katic headed the winner in the 56th minute."
    )
    assert "Steven Gerrard" not in scorers(facts)
