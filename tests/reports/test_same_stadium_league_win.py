"""`won 3-0 at Old Trafford in 2011, and the 8-2 win in the same stadium in 2011`: the
result told in the same stadium was at home for the earlier result's host. `a 2-1 league
win at Anfield in April`: a league result, not the cup named in the clause before."""

from tests.reports.helpers import read

ENGLISH = (
    " date 2023-03-06 Liverpool beat Manchester United 7-0 at Anfield on Sunday, and "
    "Jürgen Klopp's side are back in the race for the Premier League places.\n\n"
    "United had also won 4-0 at Anfield in April 1994, and the 5-1 win in the same "
    "stadium in 1990 is still sung about whenever Liverpool lose at home to their rivals. "
    "United had their own memories: a 2-0 win over Liverpool in the FA Cup "
    "fourth round in January, and a 2-1 league win at Old Trafford in August, settled "
    "by Marcus Rashford."
)


def _by_score(facts, score):
    return [m for m in facts.matches if sorted(m.score) == sorted(score)]


def test_same_stadium_keeps_the_host():
    found = _by_score(read(ENGLISH), (5, 1))
    assert [(m.home, m.score) for m in found] == [("liverpool", (1, 5))]


def test_a_league_win_is_the_league():
    found = _by_score(read(ENGLISH), (2, 1))
    assert all(m.competition in (None, "Premier League") for m in found), found
