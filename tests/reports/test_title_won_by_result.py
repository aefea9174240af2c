"""`Santos are Copa Libertadores champions for the first time, having beaten Penarol 3-2
on penalties`, `Al Hilal are Asian champions, beating Urawa 2-0`: a title the sentence's
result won names that result's competition, not only a side's title."""

from __future__ import annotations

from tests.reports.helpers import read

EN = (
    " date 2011-06-24 SAO PAULO (AP) — Santos are Copa Libertadores champions for the first "
    "time since 1963, having beaten Penarol 2-1 at the Pacaembu on Wednesday after a goalless "
    "first leg in Montevideo."
)


def test_having_beaten_names_the_title_won():
    facts = read(EN)
    assert {m.competition for m in facts.matches} == {"Copa Libertadores"}


def test_a_title_told_apart_from_the_result_stays_a_title():
    text = EN.replace(
        "champions for the first time since 1963, having beaten", "champions. They beat"
    )
    facts = read(text)
    assert all(m.competition != "Copa Libertadores" for m in facts.matches)
