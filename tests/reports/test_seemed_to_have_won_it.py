"""`Arsenal seemed to have won it in the 84th minute, on the stroke of full time, when
Saka scored`, `Als Leverkusen schon an den Sieg glaubte, traf Burkardt (88.)`: what only
seemed so is the win, not the goal, which stands unless the sentence denies it too.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_EN = (
    " date 2024-02-11 Arsenal and Brighton drew 2-2 at the Emirates Stadium on Saturday. "
    "Havertz scored in the 10th minute and Welbeck levelled in the 30th. "
)
_DE = (
    " date 2024-02-11 Bayer Leverkusen und der FSV Mainz 05 trennten sich am Samstag in der "
    "BayArena 2:2. Grimaldo traf in der 10. Minute zum 1:0, Burkardt glich in der 30. "
    "Minute aus. Boniface traf in der 60. Minute zum 2:1. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Arsenal seemed to have won it in the 84th minute when Saka scored from close range.",
        "Arsenal seemed to have won it in the 84th minute, on the stroke of full time, when "
        "Saka scored from close range.",
        "Arsenal thought they had won the game in the 84th minute when Saka headed in.",
        "Bukayo Saka settled it, or seemed to, in the 84th minute to put Arsenal ahead.",
    ],
)
def test_a_goal_that_only_seemed_to_win_it_stands(sentence: str) -> None:
    found = match(read(_EN + sentence), "arsenal", "brighton")
    assert [g.minute for g in found.goals if g.player in ("Saka", "Bukayo Saka")] == [84]


def test_a_goal_denied_as_well_does_not_stand() -> None:
    text = _EN + (
        "Arsenal seemed to have won it in the 84th minute when Saka scored, but the goal "
        "was ruled out for offside."
    )
    found = match(read(text), "arsenal", "brighton")
    assert (84, "Saka") not in [(g.minute, g.player) for g in found.goals or []]


def test_german_goal_while_the_others_believed_in_the_win_stands() -> None:
    text = _DE + "Als Leverkusen schon an den Sieg glaubte, traf Burkardt in der 88. Minute."
    found = match(read(text), "bayer-leverkusen", "mainz-05")
    assert (88, "Burkardt") in [(g.minute, g.player) for g in found.goals]


def test_a_would_have_tail_after_und_als_denies_only_its_own_goal() -> None:
    text = (
        " date 2024-02-11 Bayer Leverkusen hat am Samstag in der BayArena den FSV Mainz 05 "
        "mit 2:0 geschlagen. Grimaldo traf in der 10. Minute zum 1:0. Nach der Pause legte "
        "Victor Boniface per Kopf nach (71.), und als Burkardt kurz darauf das vermeintliche "
        "2:1 erzielte, hätte Mainz noch hoffen können – doch der Videoassistent griff ein, "
        "der Treffer zählte nicht."
    )
    found = match(read(text), "bayer-leverkusen", "mainz-05")
    assert [(g.minute, g.player) for g in found.goals or []] == [
        (10, "Grimaldo"),
        (71, "Victor Boniface"),
    ]
