"""Goal lines and marks of set 75 (round rG23), with texts of our own."""

from __future__ import annotations

from tests.reports.helpers import match, read

HEAD = " date 2015-04-12 VfB Stuttgart - Werder Bremen 1:2 (0:1)\n\n"
PROSE = (
    "Werder hat am Samstag in Stuttgart mit 2:1 gewonnen. Im Hinspiel hatte Bremen noch "
    "mit einem 0:1 gegen den VfB verloren, und auch im Pokal war es ein 1:0 für Stuttgart.\n\n"
)


def _goals(text: str) -> list[tuple[str | None, str | None, int | None]]:
    m = match(read(text), "vfb-stuttgart", "werder-bremen")
    return [(g.team, g.player, g.minute) for g in m.goals or []]


def test_untimed_goal_list_finds_its_heading_past_a_prose_paragraph():
    text = HEAD + PROSE + "Tore: 0:1 Selke, 0:2 Junuzovic, 1:2 Ginczek\n"
    assert _goals(text) == [
        ("werder-bremen", "Selke", None),
        ("werder-bremen", "Junuzovic", None),
        ("vfb-stuttgart", "Ginczek", None),
    ]


def test_goal_list_that_ends_on_another_score_gives_no_goals():
    text = HEAD + PROSE + "Tore: 1:0 Selke, 1:1 Junuzovic\n"
    assert _goals(text) == []


def test_a_mark_with_a_decimal_comma_is_no_minute():
    text = (
        HEAD
        + "Werder hat am Samstag in Stuttgart mit 2:1 gewonnen.\n\nDie Einzelkritik:\n"
        + "Selke (2,5) - lange unauffällig, dann das Tor zum 0:1.\n"
        + "Junuzovic (1,5) - das 0:2.\n"
    )
    assert all(minute is None for _, _, minute in _goals(text))
