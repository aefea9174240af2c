"""`Bayern swept aside Porto 4-0 ...`, `held 2-2 in the first leg in Porto`, with a
third score of the pair that is no result (`needed only a goalless draw`): the story's
result is the second leg, and the two legs make the tie. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read, tie

_EN = (
    " date 2024-03-14 MUNICH, March 13 - Bayern Munich swept aside Porto 4-0 at the "
    "Allianz Arena on Wednesday to reach the Champions League quarter-finals.\n\n"
    "Vincent Kompany's side, held 2-2 in the first leg in Porto a week ago, needed only a "
    "goalless draw to go through. Instead they attacked from the kick-off."
)
_DE = (
    " date 2024-03-14 München – Der FC Bayern hat am Mittwochabend in der Champions League "
    "den FC Porto mit 4:0 besiegt und steht im Viertelfinale.\n\n"
    "Nach dem 2:2 im Hinspiel in Porto hätte den Münchnern schon ein 0:0 gereicht. "
    "Doch die Mannschaft von Vincent Kompany griff von Beginn an an."
)
_LIST = (
    " date 2024-03-14 Champions League, Achtelfinale, Rückspiele vom Mittwoch. Ein Überblick."
    "\n\nFC Bayern - FC Porto 4:0 (1:0)\n\nHarry Kane traf in der 13. Minute, direkt nach "
    "der Pause fiel das 2:0. Schon im Hinspiel in Porto hatte Kane getroffen, als die "
    "Bayern 3:2 gewannen."
)


@pytest.mark.parametrize("text", [_EN, _DE])
def test_story_result_after_first_leg_is_second_leg(text: str) -> None:
    facts = read(text)
    assert match(facts, "bayern-munich", "porto").leg == 2
    assert match(facts, "porto", "bayern-munich").leg == 1
    found = tie(facts, "bayern-munich", "porto")
    assert found.aggregate == {"bayern-munich": 6, "porto": 2}
    assert (found.winner, found.decided_by) == ("bayern-munich", "aggregate")


def test_listed_return_after_first_leg_in_passing() -> None:
    facts = read(_LIST)
    assert match(facts, "bayern-munich", "porto").leg == 2
    found = tie(facts, "bayern-munich", "porto")
    assert found.aggregate == {"bayern-munich": 7, "porto": 2}


def test_level_score_before_extra_time_is_no_second_leg() -> None:
    """`the game went to extra time at 3-3` beside `went through 8-7 on aggregate` after
    a 4-4 first leg: the 3-3 is no second leg, so the stated tie stands."""
    text = (
        " date 2025-04-11 LONDON (Reuters) - Bukayo Saka struck in the last minute of extra"
        " time on Thursday as Arsenal beat Porto 4-3 to reach the semi-finals.\n\n"
        "Arsenal went through 8-7 on aggregate after last week's first leg in Oporto finished"
        " 4-4.\n\nSporting came back in the second half, and the game went to extra time at"
        " 3-3."
    )
    found = tie(read(text), "arsenal", "porto")
    assert found.aggregate == {"arsenal": 8, "porto": 7}
    assert found.winner == "arsenal"
