"""`die Ausgangslage für das Rückspiel am Mittwoch in Bochum`, `the return leg on
Wednesday in Bochum`: the other leg's ground is its host's, so the leg the report tells
was at the other side's (set 78 Gladbach 1-0 Bochum, relegation first leg)."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_rueckspiel_am_mittwoch_in_town_de():
    facts = read(
        " date 2011-05-20 Borussia Mönchengladbach hat das Hinspiel der Relegation gegen den "
        "VfL Bochum am Donnerstagabend mit 1:0 gewonnen. Die Ausgangslage für das Rückspiel "
        "am Mittwoch in Bochum ist nun eine ganz andere."
    )
    found = match(facts, "borussia-monchengladbach", "vfl-bochum")
    assert (found.leg, found.score) == (1, (1, 0))


def test_return_leg_on_wednesday_in_town_en():
    facts = read(
        " date 2011-05-20 Borussia Mönchengladbach won the first leg of the relegation "
        "play-off 1-0 against VfL Bochum on Thursday. Everything is open before the return "
        "leg on Wednesday in Bochum."
    )
    found = match(facts, "borussia-monchengladbach", "vfl-bochum")
    assert found.leg == 1


def test_first_leg_in_town_gives_the_return_to_the_other_side_en():
    facts = read(
        " date 2011-05-26 VfL Bochum drew 1-1 with Borussia Mönchengladbach in the second leg "
        "of the relegation play-off on Wednesday, a week after the first leg in "
        "Mönchengladbach."
    )
    assert match(facts, "vfl-bochum", "borussia-monchengladbach").leg == 2
