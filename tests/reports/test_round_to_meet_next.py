"""A round a side `now meets` another in (`Porto drew 2-2 at Old Trafford and now meet
Ajax in the semi-final`) is the round ahead, not that of the results told there or after
it (the lead's sentence gave Valencia's legs and tie against Sevilla the stage
semi-final, the round named for another side)."""

from __future__ import annotations

from tests.reports.helpers import read

_EN = (
    " date 2010-04-08 Inter drew 1-1 at Anfield on Wednesday night and now meet Barcelona in "
    "the semi-final. Elsewhere on Wednesday, Lyon drew 0-0 with Juventus in Turin to "
    "complete a 2-1 aggregate victory, having won the first leg 2-1 in Lyon."
)

_DE = (
    " date 2010-04-08 Inter Mailand kam am Mittwochabend an der Anfield Road zu einem 1:1 "
    "und trifft nun im Halbfinale auf den FC Barcelona. Am selben Abend kam Olympique Lyon "
    "bei Juventus Turin zu einem 0:0, nachdem es das Hinspiel in Lyon 2:1 gewonnen hatte."
)


def test_round_a_side_now_meets_another_in_is_ahead_en():
    facts = read(_EN)
    lyon = [m for m in facts.matches if "lyon" in (m.home, m.away)]
    assert lyon
    assert all(m.stage != "semi-final" for m in lyon)
    assert all(t.stage != "semi-final" for t in facts.ties)


def test_round_a_side_now_meets_another_in_is_ahead_de():
    facts = read(_DE)
    assert all(m.stage != "semi-final" for m in facts.matches)
    assert all(t.stage != "semi-final" for t in facts.ties)


_NEXT_EN = (
    " date 2010-04-08 Inter drew 1-1 at Anfield on Wednesday night and now meet Barcelona in "
    "the semi-final."
)
_NEXT_DE = (
    " date 2010-04-08 Inter Mailand kam am Mittwochabend an der Anfield Road beim FC "
    "Liverpool zu einem 1:1 und trifft nun im Halbfinale auf den FC Barcelona."
)


def test_side_a_team_now_meets_is_no_opponent_of_its_result():
    assert {(m.home, m.away, m.score) for m in read(_NEXT_EN).matches} == {
        ("liverpool", "inter-milan", (1, 1))
    }
    for text in (_NEXT_EN, _NEXT_DE):
        facts = read(text)
        assert all("barcelona" not in (m.home, m.away) for m in facts.matches)
        assert {(m.home, m.away, m.score) for m in facts.matches} <= {
            ("liverpool", "inter-milan", (1, 1))
        }
