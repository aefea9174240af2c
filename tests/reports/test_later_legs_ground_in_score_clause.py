"""`gewann das Hinspiel mit 2:1 und geht ins Rückspiel am kommenden Donnerstag in Old
Trafford`: a ground told after the later leg's word is that leg's, not the told result's."""

import pytest

from bot.reports.matches.legplace import other_legs_place
from tests.reports.helpers import read

CASES = [
    " date 2016-02-19 Der FC Midtjylland hat Manchester United eine Niederlage zugefügt. Der "
    "Klub gewann das Hinspiel am Donnerstagabend mit 2:1 und geht mit einem Vorsprung in das "
    "Rückspiel am kommenden Donnerstag in Old Trafford.",
    " date 2016-02-19 FC Midtjylland stunned Manchester United on Thursday. The Danes won the "
    "first leg 2-1 and take a lead into the second leg next Thursday at Old Trafford.",
]


@pytest.mark.parametrize("text", CASES)
def test_later_legs_ground_is_not_the_first_legs(text) -> None:
    facts = read(text)
    assert not any(m.home == "manchester-united" and m.score == (1, 2) for m in facts.matches)


@pytest.mark.parametrize(
    "text",
    [
        "Sie gehen mit einem Vorsprung ins Rückspiel am kommenden Mittwoch in Rom.",
        "They take a lead into the second leg next Wednesday in Rome.",
    ],
)
def test_day_between_leg_word_and_place(text) -> None:
    assert other_legs_place(text, text.rindex(" in ") + 1, 1)
