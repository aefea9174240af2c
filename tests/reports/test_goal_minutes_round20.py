"""Goal minutes missed in sets 61-64 (round hG of session 20): a three-digit minute `of
extra time`, and first-half stoppage time told without its added minutes (two scorers
in it, and the same goal told again on a `Tore:` line). Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for


def _got(m: Match) -> list[tuple[str | None, int | None]]:
    return sorted(
        ((g.player, g.minute) for g in m.goals or []), key=lambda x: (x[0] or "", x[1] or -1)
    )


def test_minute_of_extra_time_with_three_digits() -> None:
    body = (
        "Sevilla won 3-0 at Getafe on Thursday. Mayoral pulled one back in the 62nd minute, "
        "levelled the tie in the 83rd, and then, in the 106th minute of extra time, "
        "completed his hat-trick."
    )
    (m,) = goals_for(body, Match("getafe", "sevilla", (0, 3)), lang="en")
    assert _got(m) == [("Mayoral", 62), ("Mayoral", 83), ("Mayoral", 106)]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Chelsea beat Wolves 2-0 on Sunday. Mason Mount and Olivier Giroud scored in "
            "first-half stoppage time.",
            "en",
        ),
        (
            "Chelsea schlug Wolverhampton am Sonntag 2:0. Mason Mount und Olivier Giroud "
            "trafen in der Nachspielzeit der ersten Halbzeit.",
            "de",
        ),
    ],
)
def test_two_scorers_in_first_half_stoppage_time(body: str, lang: str) -> None:
    (m,) = goals_for(body, Match("chelsea", "wolves", (2, 0)), lang=lang)
    assert _got(m) == [("Mason Mount", 45), ("Olivier Giroud", 45)]
    assert all(g.added is None for g in m.goals or [])


def test_one_minute_is_no_stretch_for_two_scorers() -> None:
    body = (
        "Chelsea beat Wolves 2-0 on Sunday. Mason Mount and Olivier Giroud scored in the "
        "50th minute."
    )
    (m,) = goals_for(body, Match("chelsea", "wolves", (2, 0)), lang="en")
    assert ("Mason Mount", 50) not in _got(m)


def test_first_half_stoppage_told_twice_is_one_goal() -> None:
    body = (
        "Deutschland schlug Schottland am Freitag 2:0. Jamal Musiala erhöhte in der 19. "
        "Minute nach Vorarbeit von Havertz auf 1:0. Den Strafstoß verwandelte Kai Havertz "
        "in der Nachspielzeit der ersten Hälfte sicher zum 2:0.\n\n"
        "Tore: 1:0 Musiala (19.), 2:0 Havertz (45.+1, Foulelfmeter)"
    )
    (m,) = goals_for(body, Match("germany", "scotland", (2, 0)), lang="de")
    got = sorted((g.player, g.minute, g.added, g.assist) for g in m.goals or [])
    assert got == [("Jamal Musiala", 19, None, "Kai Havertz"), ("Kai Havertz", 45, 1, None)]
