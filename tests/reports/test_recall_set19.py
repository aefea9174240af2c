"""Facts missed on unseen set 19, each a phrase family with sentences written for the
tests."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_a_scoreboard_score_inside_a_sentence_gives_each_side_its_number():
    facts = read(
        " date 2025-05-07 Manchester United host Athletic Club on Thursday. Athletic 0-3 "
        "Manchester United was the score at San Mames last Thursday."
    )
    assert match(facts, "athletic-bilbao", "manchester-united").score == (0, 3)


def test_a_town_right_before_a_teams_name_is_still_the_ground():
    facts = read(
        " date 2025-04-09 Der FC Arsenal besiegte am Dienstag im Hinspiel in London Real "
        "Madrid mit 3:0."
    )
    assert match(facts, "arsenal", "real-madrid").score == (3, 0)
