"""`X are Premier League champions after a 2-0 win over Y`: the competition of the
result; `the Premier League champions Chelsea` is a title a side holds."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_champions_after_the_result_name_its_competition():
    facts = read(
        " date 2019-05-12 Liverpool are not Premier League champions, but Manchester City are"
        " Premier League champions again after a 4-1 win at Brighton at the Amex Stadium on Sunday."
    )
    m = match(facts, "brighton", "manchester-city")
    assert (m.competition, m.stage) == ("Premier League", "league")


def test_winners_after_a_final_name_its_competition():
    facts = read(
        " date 2019-05-30 Chelsea are Europa League winners after a 4-1 victory over Arsenal"
        " in the final in Baku on Wednesday."
    )
    assert match(facts, "chelsea", "arsenal").competition == "UEFA Europa League"


def test_a_title_the_side_holds_is_no_competition():
    facts = read(
        " date 2019-03-13 Manchester City, the Premier League champions, beat Schalke 7-0 at"
        " the Etihad Stadium on Tuesday night."
    )
    assert match(facts, "manchester-city", "schalke-04").competition != "Premier League"
