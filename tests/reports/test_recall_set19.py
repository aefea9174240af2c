"""Facts missed on unseen set 19, each a phrase family with sentences written for the
tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read, tie


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


def test_reaching_the_final_by_knocking_out_a_side_is_a_tie_won():
    facts = read(
        " date 2012-07-05 SAO PAULO (Reuters) - Corinthians beat Boca Juniors 2-0 at home on "
        "Wednesday to win the Copa Libertadores. Boca had reached the final by knocking out "
        "Universidad de Chile in the semi-finals."
    )
    found = tie(facts, "boca-juniors", "universidad-de-chile")
    assert (found.winner, found.stage) == ("boca-juniors", "semi-final")


@pytest.mark.parametrize(
    "told",
    [
        "Deutschland hat sich bei der WM in Südafrika am Mittwoch mit einem 1:0 gegen Ghana "
        "den Gruppensieg gesichert.",
        "England beat Slovenia 1-0 at the World Cup on Wednesday to win the group.",
    ],
)
def test_a_result_that_won_the_group_was_a_group_match(told):
    facts = read(" date 2010-06-24 " + told)
    assert [m.stage for m in facts.matches] == ["group"]
