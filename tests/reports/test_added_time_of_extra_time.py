"""Stoppage time told without its period comes at the end of the period just told of
(`in the 118th minute ... in the first minute of added time` is 120+1, not 90+1), and an
aside after the finisher's name (`Kerr, pushed up as an emergency striker, headed in`)
leaves the goal his, not the crosser's, as does `flankte Grifo und Lienhart köpfte`.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import read

EN = (
    " date 2023-05-12 Fulham beat Brentford 4-3 after extra time at Craven Cottage on"
    " Thursday. Brentford led 3-2 when Ivan Toney scored in the 108th minute. Harry Wilson"
    " made it 3-3 in the 118th minute. {last}"
)
DE = (
    " date 2023-05-12 Der SC Freiburg hat am Donnerstagabend vor eigenem Publikum den VfL"
    " Bochum nach Verlängerung mit 4:3 besiegt. Bochum führte 3:2, ehe Vincenzo Grifo in der"
    " 117. Minute zum 3:3 traf. {last}"
)


@pytest.mark.parametrize(
    ("text", "last", "scorer"),
    [
        (
            EN,
            "Then, in the first minute of added time, Andreas Pereira crossed from the"
            " right and Tim Ream, pushed up as an emergency striker, headed the winner.",
            "Tim Ream",
        ),
        (
            EN,
            "Then, in the first minute of added time, Tim Ream headed the winner.",
            "Tim Ream",
        ),
        (
            DE,
            "In der ersten Minute der Nachspielzeit köpfte Philipp Lienhart den Siegtreffer.",
            "Philipp Lienhart",
        ),
        (
            DE,
            "Dann, in der ersten Minute der Nachspielzeit, flankte Grifo von rechts und"
            " Lienhart köpfte den Siegtreffer.",
            "Lienhart",
        ),
    ],
)
def test_the_winner_in_added_time_of_extra_time(text: str, last: str, scorer: str) -> None:
    [match] = [m for m in read(text.format(last=last)).matches if m.score == (4, 3)]
    winner = [g for g in match.goals or () if g.player == scorer]
    assert [(g.minute, g.added) for g in winner] == [(120, 1)]
    assert not [g for g in match.goals or () if g.minute == 90 and g.added == 1]


LIST = (
    " date 2022-03-17 Barcelona beat Galatasaray 3-0 at the Camp Nou on Thursday night."
    " Pedri opened the scoring in the 12th minute. {sentence}"
)


@pytest.mark.parametrize(
    ("sentence", "scorer"),
    [
        (
            "Gavi threaded the ball through and Ferran Torres, preferred to Luuk de Jong up"
            " front, finished across the keeper to make it 2-0 in the 55th minute.",
            "Ferran Torres",
        ),
        (
            "Ferran Torres, on as a substitute, collected a clearance on halfway, rounded the"
            " keeper and rolled the ball into an empty net to make it 2-0 in the 55th minute.",
            "Ferran Torres",
        ),
    ],
)
def test_an_aside_after_the_finisher_is_not_an_action_of_a_list(sentence, scorer) -> None:
    [match] = read(LIST.format(sentence=sentence)).matches
    assert [g.player for g in match.goals or () if g.minute == 55] == [scorer]
