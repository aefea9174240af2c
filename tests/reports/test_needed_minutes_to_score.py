"""`brauchte die Mannschaft von Xabi Alonso nur vier Minuten bis zum ersten Treffer`, `it
took Arsenal just four minutes to open the scoring`: the time of the first goal, whose
scorer the next sentence names; minutes needed to settle are no goal's. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_DE = (
    " date 2024-02-11 Bayer Leverkusen hat am Samstag in der BayArena den FSV Mainz 05 "
    "mit 2:0 geschlagen. "
)
_EN = " date 2024-02-11 Arsenal beat Brighton 2-0 at the Emirates Stadium on Saturday. "


def test_german_minutes_needed_for_the_first_goal() -> None:
    text = _DE + (
        "In der BayArena brauchte die Mannschaft von Xabi Alonso nur vier Minuten bis zum "
        "ersten Treffer. Victor Boniface traf zum 1:0. Wirtz erhöhte in der 50. Minute."
    )
    found = match(read(text), "bayer-leverkusen", "mainz-05")
    assert [(g.minute, g.player) for g in found.goals] == [
        (4, "Victor Boniface"),
        (50, "Wirtz"),
    ]


def test_english_minutes_it_took_to_open_the_scoring() -> None:
    text = _EN + (
        "It took Arsenal just four minutes to open the scoring. Kai Havertz turned in a "
        "cross. Saka added a second in the 50th minute."
    )
    found = match(read(text), "arsenal", "brighton")
    assert [(g.minute, g.player) for g in found.goals] == [(4, "Kai Havertz"), (50, "Saka")]


@pytest.mark.parametrize(
    ("opener", "text"),
    [
        (_DE, "Leverkusen brauchte 20 Minuten, um ins Spiel zu finden. Dann traf Boniface."),
        (_EN, "It took Arsenal 20 minutes to settle. Then Kai Havertz scored."),
    ],
)
def test_minutes_needed_to_settle_time_no_goal(opener: str, text: str) -> None:
    found = read(opener + text).matches[0]
    assert all(g.minute != 20 for g in found.goals or [])
