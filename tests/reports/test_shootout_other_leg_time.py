"""`having beaten Penarol 3-2 on penalties after a 1-0 win at home cancelled out the 1-0
defeat they suffered in Montevideo a week earlier`: `a week earlier` dates the other leg
of the same tie, not another meeting, so the shoot-out is the main match's and whether
extra time came first is left unsaid (not `false`)."""

from __future__ import annotations

from tests.reports.helpers import match, read

EN = (
    " date 2011-06-24 There is nothing like a shoot-out in a South American final. Santos "
    "are Copa Libertadores champions again, having beaten Penarol 3-2 on penalties after a "
    "1-0 win at home cancelled out the 1-0 defeat they suffered in Montevideo a week earlier."
)
DE = (
    " date 2011-06-24 Sao Paulo (SID) - Der FC Santos hat die Copa Libertadores gewonnen. Die "
    "Brasilianer besiegten am Mittwochabend im Pacaembu-Stadion Penarol Montevideo mit 1:0 "
    "und setzten sich im Elfmeterschießen mit 3:2 durch, nachdem sie das Hinspiel in "
    "Montevideo eine Woche zuvor mit 0:1 verloren hatten."
)


def test_a_week_earlier_is_the_other_leg():
    assert match(read(EN), "santos", "penarol").extra_time is None


def test_eine_woche_zuvor_is_the_other_leg():
    assert match(read(DE), "santos", "penarol").extra_time is None


def test_a_shootout_years_earlier_is_another_meeting():
    text = EN.replace("a week earlier", "two years earlier")
    assert all(m.extra_time is not True for m in read(text).matches)
