"""`Tore: Kane (2), Musiala.`, `Scorers: Saka (2), Havertz.`: a small bare number in
brackets in a scorer list counts the player's goals and is no minute (the reader said
Kane scored in the second minute). German minutes carry their dot (`Kane (2.)`); English
`Saka (14), Havertz (77)` stays a list of minutes. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

DE = "München (dpa) - Der FC Bayern München gewann am Samstag 3:0 gegen Borussia Dortmund.\n\n"
EN = "Arsenal win\n\nArsenal beat Everton 3-0 at the Emirates on Saturday.\n\n"


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (DE + "Tore: Kane (2), Musiala.", ("bayern-munich", "borussia-dortmund")),
        (EN + "Scorers: Saka (2), Havertz.", ("arsenal", "everton")),
    ],
)
def test_a_count_is_no_minute(body, pair) -> None:
    m = match(read(" date 2025-03-13 " + body), *pair)
    assert all(g.minute != 2 for g in m.goals or [])


@pytest.mark.parametrize(
    ("body", "pair", "goals"),
    [
        (
            DE + "Tore: Kane (2.), Kane (50.), Musiala (77.)",
            ("bayern-munich", "borussia-dortmund"),
            [("Kane", 2), ("Kane", 50), ("Musiala", 77)],
        ),
        (
            EN + "Scorers: Saka (2), Saka (50), Havertz (77).",
            ("arsenal", "everton"),
            [("Saka", 2), ("Saka", 50), ("Havertz", 77)],
        ),
    ],
)
def test_minutes_stay_minutes(body, pair, goals) -> None:
    m = match(read(" date 2025-03-13 " + body), *pair)
    assert sorted((g.player, g.minute) for g in m.goals or []) == sorted(goals)
