"""`The Sounders beat the LA Galaxy 2-1 ..., the aggregate finished 2-2`: a verb whose object
is named before a score tells who won that match, not the level tie (a held-out report gave
the tie to the leg's winner, who went out on away goals). A shoot-out's score after the
object still names the tie's winner. Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import read


def _winners(text: str) -> dict:
    return {frozenset(t.teams): t.winner for t in read(text).ties}


def test_the_legs_winner_is_not_the_level_ties() -> None:
    found = _winners(
        " date 2015-11-30 Portland beat FC Dallas 2-1 at Providence Park in the second leg of "
        "the Western Conference final, the aggregate finished 3-3, and Dallas go to the MLS Cup "
        "final on away goals."
    )
    assert found.get(frozenset(("portland-timbers", "fc-dallas"))) != "portland-timbers"


def test_a_shootout_after_the_object_names_the_winner() -> None:
    found = _winners(
        " date 2024-04-19 The French side beat Benfica 4-2 in a penalty shootout in Marseille "
        "after the tie finished level at 2-2 on aggregate."
    )
    assert found.get(frozenset(("marseille", "benfica"))) in (None, "marseille")
    found = _winners(
        " date 2024-04-19 Marseille beat Benfica 4-2 on penalties in Marseille after the tie "
        "finished level at 2-2 on aggregate."
    )
    assert found.get(frozenset(("marseille", "benfica"))) == "marseille"
