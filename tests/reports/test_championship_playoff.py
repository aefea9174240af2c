"""`in the Championship play-off final`: the Championship alone may be any league's, but
its play-offs are the English second tier's (EFL Championship), not the Premier League
the winner goes up to. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import read


def test_the_championship_play_offs_are_the_efl_championships() -> None:
    facts = read(
        " date 2014-05-25 LONDON (AP) — Bobby Zamora scored in stoppage time as Queens Park "
        "Rangers beat Derby County 1-0 in the Championship play-off final at Wembley on "
        "Saturday, taking the London club back to the Premier League.\n\nDerby reached "
        "Wembley by beating Brighton 4-1 at Pride Park in the second leg of their semifinal."
    )
    assert {m.competition for m in facts.matches} == {"EFL Championship"}
