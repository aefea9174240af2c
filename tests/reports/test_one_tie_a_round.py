"""A side plays one tie a round: a leg of one of the main match's sides against another
opponent (`In February, Rangers ... drawing 2-2 at Ibrox to complete a 6-4 aggregate win
over Dortmund`) is of an earlier round, never the main match's. Texts written for these
tests."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_an_earlier_ties_leg_takes_no_round_of_the_main_match():
    facts = read(
        " date 2022-04-15 Celtic reached the Europa League semi-finals on Thursday, beating "
        "Porto 2-0 at Celtic Park in the quarter-final second leg after a 1-1 draw in the "
        "first leg.\n\nIn February, Celtic drew 1-1 at home in the first leg against Lazio "
        "and won the second leg 2-1 in Rome to complete a 3-2 aggregate win."
    )
    assert match(facts, "celtic", "porto").stage == "quarter-final"
    assert all(m.stage != "quarter-final" for m in facts.matches if "lazio" in (m.home, m.away))
