"""Wrong facts found on unseen set 22 (first read P=0.97 R=0.83), each a phrase family
with sentences written for the tests."""

from __future__ import annotations

import pytest

from bot.reports.matches import cues
from tests.reports.helpers import match, read


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
