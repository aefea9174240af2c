"""`Saka was brought down by Dunk in the 65th minute. Odegaard converted the penalty`,
`Wirtz wurde in der 65. Minute gefoult. Grimaldo verwandelte den Strafstoß`: the time
told with the foul is the goal's of the one who puts the penalty away next. Sentences
written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_english_penalty_after_the_foul_sentence() -> None:
    text = (
        " date 2024-02-11 Arsenal beat Brighton 2-0 at the Emirates Stadium on Saturday. "
        "Havertz scored in the 20th minute. Saka was brought down by Lewis Dunk in the 65th "
        "minute. Martin Odegaard converted the penalty."
    )
    found = match(read(text), "arsenal", "brighton")
    assert [(g.minute, g.player, g.penalty) for g in found.goals] == [
        (20, "Havertz", False),
        (65, "Martin Odegaard", True),
    ]


def test_german_penalty_after_the_foul_sentence() -> None:
    text = (
        " date 2024-02-11 Bayer Leverkusen hat am Samstag in der BayArena den FSV Mainz 05 "
        "mit 2:0 geschlagen. Boniface traf in der 20. Minute. Wirtz wurde in der 65. Minute "
        "von Hanche-Olsen gefoult. Grimaldo verwandelte den Strafstoß."
    )
    found = match(read(text), "bayer-leverkusen", "mainz-05")
    assert [(g.minute, g.player, g.penalty) for g in found.goals] == [
        (20, "Boniface", False),
        (65, "Grimaldo", True),
    ]


def test_a_shot_wide_gives_a_later_penalty_no_time() -> None:
    text = (
        " date 2024-02-11 Arsenal beat Brighton 2-0 at the Emirates Stadium on Saturday. "
        "Havertz scored in the 20th minute. Saka shot wide in the 65th minute. Martin "
        "Odegaard converted a penalty late on."
    )
    found = match(read(text), "arsenal", "brighton")
    assert (65, "Martin Odegaard") not in [(g.minute, g.player) for g in found.goals or []]
