"""`Arsenal needed only six minutes to go ahead, Kai Havertz turning and shooting past the
keeper`: the goal told by its team and time is the absolute phrase's scorer's; and `ran
through to slide the ball under the goalkeeper` is a finish. Sentences written for these
tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_EN = " date 2024-03-02 Arsenal beat Brentford 2-0 at the Emirates Stadium.\n\n"


def test_absolute_phrase_names_the_timed_goal() -> None:
    text = _EN + (
        "Arsenal needed only six minutes to go ahead, Kai Havertz turning and shooting past "
        "Mark Flekken. Bukayo Saka added a second in the 70th minute."
    )
    found = match(read(text), "arsenal", "brentford")
    assert [(g.player, g.minute) for g in found.goals] == [("Kai Havertz", 6), ("Bukayo Saka", 70)]


def test_ran_through_to_slide_is_a_goal() -> None:
    text = _EN + (
        "Kai Havertz headed in after six minutes, and ten minutes later Bukayo Saka ran "
        "through to slide the ball under the goalkeeper."
    )
    found = match(read(text), "arsenal", "brentford")
    assert [(g.player, g.minute) for g in found.goals] == [("Kai Havertz", 6), ("Bukayo Saka", 16)]
