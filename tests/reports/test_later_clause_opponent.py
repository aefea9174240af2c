"""`Swansea beat Middlesbrough 1-0 and Aston Villa won 4-1 at Norwich`: a team named before
another result's score is that result's side; the later result's opponent is the team
named after its own score. Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_opponent_after_the_second_score() -> None:
    text = (
        " date 2013-01-10 LEAGUE CUP ROUND-UP\n\nEverton beat Fulham 2-0 at Goodison Park and "
        "Stoke City won 3-1 at Wigan Athletic, so both are in the draw. The draw is on "
        "Saturday."
    )
    facts = read(text)
    assert match(facts, "wigan-athletic", "stoke-city").score == (1, 3)
    assert all("everton" not in (m.home, m.away) or m.score == (2, 0) for m in facts.matches)
