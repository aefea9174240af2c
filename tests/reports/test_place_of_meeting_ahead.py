"""`Ukraine defend the 2-0 they won in Lviv when they meet Slovenia in Maribor`: a place told
after a meeting still ahead is that meeting's ground, not the told result's."""

import pytest

from bot.reports.matches.scoresplace import after_told_score

CASES = [
    "Ukraine defend the 2-0 they won at home when they meet Slovenia in Maribor.",
    "Bayern take the 3-1 into the return, when they face Arsenal in London.",
    "Die Ukraine verteidigt das 2:0, wenn sie am Dienstag Slowenien in Maribor trifft.",
]


@pytest.mark.parametrize("text", CASES)
def test_place_after_meeting_ahead(text) -> None:
    score = text.index("2-0") if "2-0" in text else text.index("3-1") if "3-1" in text else -1
    if score < 0:
        score = text.index("2:0")
    place = text.rindex(" in ") + 1
    assert after_told_score(text, place, score + 3)


def test_place_of_the_result_itself() -> None:
    text = "Ukraine won 2-0 in Lviv when they met Slovenia."
    assert not after_told_score(text, text.index("in Lviv"), text.index("2-0") + 3)
