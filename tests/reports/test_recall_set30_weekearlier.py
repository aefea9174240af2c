"""Another result told `a week earlier` in the pluperfect (`Eine Woche zuvor hatten die
Münchner das Champions-League-Finale ... mit 2:1 gewonnen`, as in set 30's Bayern-Stuttgart)
was played seven days before the report's match, so its date and season are known; a
round played over two weekdays leaves the day open. Sentences written here."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_eine_woche_zuvor_dates_another_final_de():
    facts = read(
        " date 2021-05-30 Der FC Chelsea schlug am Samstag Manchester City im Finale der "
        "Champions League mit 1:0. Eine Woche zuvor hatte der FC Chelsea das Finale des FA "
        "Cups gegen Leicester City mit 0:1 verloren."
    )
    found = [m for m in facts.matches if {m.home, m.away} == {"chelsea", "leicester-city"}]
    assert [m.date for m in found] == ["2021-05-22"]


def test_a_week_earlier_dates_another_final_en():
    facts = read(
        " date 2013-06-02 Bayern Munich beat VfB Stuttgart 3-2 in the German Cup final on "
        "Saturday. A week earlier, Bayern had beaten Borussia Dortmund 2-1 in the Champions "
        "League final."
    )
    final = match(facts, "bayern-munich", "borussia-dortmund")
    assert final.date == "2013-05-25"
    assert final.season == "2012-13"


def test_a_week_earlier_in_a_two_day_round_leaves_the_day_open_en():
    facts = read(
        " date 2013-03-14 Bayern Munich beat Arsenal 2-0 at the Allianz Arena in the "
        "Champions League last 16 on Wednesday. A week earlier, Borussia Dortmund had beaten "
        "Shakhtar Donetsk 3-0 at home in the Champions League last 16."
    )
    assert match(facts, "borussia-dortmund", "shakhtar").date is None
