"""`Neymar converted a penalty in the 13th in his first match back from an ankle injury`:
a player's first match (back, or since) is no first leg, so the goals told after it stay
with the match they are told under; and `hit a long-range shot in the 76th minute for
Korea's consolation` is a goal. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_TEXT = (
    " date 2022-12-07 DOHA, Qatar — Two matches of the round of 16 on Monday.\n\n"
    "FRANCE 3, POLAND 1\n\n"
    "France was 2-0 up by halftime. Olivier Giroud scored in the 44th minute, Kylian Mbappe "
    "converted a penalty in the 74th {aside}, and Ousmane Dembele volleyed in the 80th. "
    "Robert Lewandowski hit a long-range shot in the 90th minute {end}.\n\n"
    "ENGLAND 3, SENEGAL 0\n\n"
    "England never looked back after Jordan Henderson scored in the 38th minute.\n"
)


@pytest.mark.parametrize(
    "aside", ["in his first match back from injury", "in his first game since October"]
)
def test_a_players_first_match_is_no_first_leg(aside) -> None:
    facts = read(_TEXT.format(aside=aside, end="for Poland's consolation"))
    m = match(facts, "france", "poland")
    assert [(g.player, g.minute) for g in m.goals or []] == [
        ("Olivier Giroud", 44),
        ("Kylian Mbappe", 74),
        ("Ousmane Dembele", 80),
        ("Robert Lewandowski", 90),
    ]


def test_a_shot_with_no_goal_word_is_no_goal() -> None:
    facts = read(_TEXT.format(aside="in his first match back from injury", end="over the bar"))
    m = match(facts, "france", "poland")
    assert all(g.player != "Robert Lewandowski" for g in m.goals or [])
