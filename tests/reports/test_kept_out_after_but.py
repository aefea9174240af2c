"""`Saka curled a shot past the keeper in the 32nd minute, but it hit the post`, `Grimaldo
schoss in der 32. Minute aufs Tor, doch der Ball prallte vom Pfosten zurück`: a try whose
next clause tells the ball itself stayed out is no goal, even with a time of its own.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_EN = (
    " date 2024-02-11 Arsenal beat Brighton 1-0 at the Emirates Stadium on Saturday. "
    "Havertz scored in the 70th minute. "
)
_DE = (
    " date 2024-02-11 Bayer Leverkusen hat am Samstag in der BayArena den FSV Mainz 05 "
    "mit 1:0 geschlagen. Boniface traf in der 70. Minute. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Saka curled a shot past the keeper in the 32nd minute, but it hit the post.",
        "Saka headed goalwards in the 32nd minute, but the ball struck the bar.",
        "Saka fired past Verbruggen in the 32nd minute, but his shot was cleared off the line.",
    ],
)
def test_english_ball_kept_out_is_no_goal(sentence: str) -> None:
    found = match(read(_EN + sentence), "arsenal", "brighton")
    assert [(g.minute, g.player) for g in found.goals] == [(70, "Havertz")]


def test_german_ball_off_the_post_is_no_goal() -> None:
    text = (
        _DE
        + "Grimaldo schoss in der 32. Minute aufs Tor, doch der Ball prallte vom Pfosten zurück."
    )
    found = match(read(text), "bayer-leverkusen", "mainz-05")
    assert [(g.minute, g.player) for g in found.goals] == [(70, "Boniface")]


def test_a_later_miss_by_someone_else_keeps_the_goal() -> None:
    text = (
        _EN.replace("1-0", "2-0")
        + "Saka scored in the 32nd minute, but Brighton hit the post soon after."
    )
    found = match(read(text), "arsenal", "brighton")
    assert (32, "Saka") in [(g.minute, g.player) for g in found.goals]


@pytest.mark.parametrize(
    "sentence",
    [
        "In the 32nd minute Odegaard squared for Saka to score, but he shot wide.",
        "In the 32nd minute Odegaard squared for Saka to score, but he missed.",
    ],
)
def test_english_chance_the_player_missed_is_no_goal(sentence: str) -> None:
    found = match(read(_EN + sentence), "arsenal", "brighton")
    assert [(g.minute, g.player) for g in found.goals] == [(70, "Havertz")]


def test_german_chance_the_player_put_wide_is_no_goal() -> None:
    text = _DE + "In der 32. Minute legte Wirtz für Grimaldo auf, doch er schoss knapp vorbei."
    found = match(read(text), "bayer-leverkusen", "mainz-05")
    assert [(g.minute, g.player) for g in found.goals] == [(70, "Boniface")]


def test_a_later_miss_of_the_scorer_keeps_his_goal() -> None:
    text = _EN.replace("1-0", "2-0") + (
        "Saka scored in the 32nd minute, but he missed a penalty later on."
    )
    found = match(read(text), "arsenal", "brighton")
    assert (32, "Saka") in [(g.minute, g.player) for g in found.goals]
