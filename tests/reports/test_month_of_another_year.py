"""A month and a year that one sentence gives one result and that disagree: the year
named with the result stands, the month is another clause's (set 36, `in 2000 and won
the same trophy ... last December`)."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_a_month_of_the_next_clause_is_not_the_dated_results_en():
    facts = read(
        " date 2024-05-30 Real Madrid beat Borussia Dortmund 2-0 at Wembley on Saturday to "
        "win the Champions League. Real have grown used to finals: they beat Liverpool 1-0 "
        "in Paris in the Champions League final in 2022 and extended Carlo Ancelotti's "
        "contract last December."
    )
    old = match(facts, "real-madrid", "liverpool")
    assert old.date is None and old.season == "2021-22"


def test_a_month_of_the_next_clause_is_not_the_dated_results_de():
    facts = read(
        " date 2024-06-02 Real Madrid hat am Samstag in Wembley das Finale der Champions "
        "League gegen Borussia Dortmund mit 2:0 gewonnen. Real hatte auch das Finale im Jahr "
        "2022 in Paris mit 1:0 gegen den FC Liverpool gewonnen und im vergangenen Dezember "
        "den Vertrag von Carlo Ancelotti verlängert."
    )
    assert match(facts, "real-madrid", "liverpool").date is None


def test_a_day_beside_an_older_year_stays():
    facts = read(
        " date 2016-07-11 Portugal won the European Championship on Sunday. France had won "
        "the title at home in 1984 and had beaten Germany 2-0 in the semifinals in Marseille "
        "on Thursday."
    )
    assert match(facts, "france", "germany").date == "2016-07-07"
