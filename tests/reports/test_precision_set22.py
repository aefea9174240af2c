"""Wrong facts found on unseen set 22 (first read P=0.97 R=0.83), each a phrase family
with sentences written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.reports.matches import cues
from tests.reports.helpers import match, read

SET22 = Path(__file__).resolve().parents[1] / "data" / "reports22"


def test_a_loss_in_the_sides_own_named_ground_was_at_home():
    facts = read(
        " date 2025-03-12 Der deutsche Meister Bayer Leverkusen verlor das Achtelfinal-"
        "Rückspiel der Champions League in der eigenen BayArena mit 0:2 gegen den FC Bayern "
        "München. Die Münchner hatten die Sache schon in der Allianz Arena entschieden."
    )
    assert match(facts, "bayer-leverkusen", "bayern-munich").score == (0, 2)


@pytest.mark.parametrize(
    ("told", "home"),
    [
        ("verlor in der eigenen BayArena mit 0:2", True),
        ("gewann im eigenen Signal Iduna Park mit 2:0", True),
        ("spielte in der eigenen Hälfte lange Bälle", False),
    ],
)
def test_own_ground_but_not_own_half(told, home):
    assert (cues.HOME.search(told) is not None) == home


def test_a_goal_told_as_scored_in_the_other_leg_is_not_this_legs():
    """`the goal Edinson Cavani scored in the 1-1 first leg at the Parc des Princes last
    month` in the story of the return leg. Set 22's own text: the shorter texts written
    for this test gave the goal reader too little to place any goal at all."""
    facts = read(SET22.joinpath("2015-03-11-chelsea-psg.en.txt").read_text())
    found = match(facts, "chelsea", "psg")
    assert "Edinson Cavani" not in [g.player for g in found.goals or []]


def test_a_friendly_told_of_a_passing_result_takes_no_competition_from_the_sentence_before():
    """`Zum Auftakt der Nations League hatte Deutschland ... Am Dienstag geht es gegen die
    Franzosen weiter, die am Donnerstag in einem Testspiel ... gegen Island nicht über ein
    2:2 hinausgekommen waren` (set 22's own text)."""
    facts = read(SET22.joinpath("2018-10-13-niederlande-deutschland.de.txt").read_text())
    found = [m for m in facts.matches if "iceland" in (m.home, m.away)]
    assert found and all(m.competition != "UEFA Nations League" for m in found)
