"""An aside on how a shot was struck (`X's shot, not cleanly struck, crept past`) does not
split the shot from where it went (round sG23), own texts."""

from __future__ import annotations

from tests.reports.helpers import read

EN = (
    " date 2011-03-21 Rangers beat Celtic 2-1 after extra time in the Scottish League Cup "
    "final at Hampden on Sunday. "
)


def _scorers(text: str) -> list[tuple[str | None, int | None]]:
    (match,) = read(text).matches
    return [(g.player, g.minute) for g in match.goals or []]


def test_not_cleanly_struck_crept_in():
    text = EN + (
        "Six minutes into extra time Naismith's shot, not cleanly struck, crept past Boruc "
        "and in off the post."
    )
    assert _scorers(text) == [("Naismith", 96)]


def test_scuffed_shot_squirmed_past():
    text = EN + "In the 96th minute Naismith's shot, scuffed, squirmed past Boruc."
    assert _scorers(text) == [("Naismith", 96)]


def test_a_struck_shot_that_was_saved_is_no_goal():
    text = EN + "In the 96th minute Naismith's shot, poorly struck, was saved by Boruc."
    assert _scorers(text) == []
