"""Goal wordings of set 76 (round rG23), with sentences of our own."""

from __future__ import annotations

from tests.reports.helpers import match, read

LEAD = (
    " date 2011-03-21 GLASGOW (AP) -- Rangers beat Celtic 2-1 after extra time in the "
    "Scottish League Cup final at Hampden on Sunday. Davis put Rangers ahead in the 24th "
    "minute and Ledley equalised in the 31st. "
)


def _goals(text: str) -> list[tuple[str | None, int | None]]:
    return [(g.player, g.minute) for g in match(read(LEAD + text), "rangers", "celtic").goals or []]


def test_a_shot_that_slipped_or_crept_past_the_keeper_is_a_goal():
    assert ("Jelavic", 98) in _goals("Jelavic's shot slipped past Forster in the 98th minute.")
    assert ("Jelavic", 98) in _goals(
        "Eight minutes into extra time Jelavic's shot crept past Forster and in off the post."
    )


def test_in_off_the_post_is_a_goal():
    assert ("Jelavic", 98) in _goals("Jelavic's drive went in off the post in the 98th minute.")


def test_a_shot_saved_or_off_the_post_is_no_goal():
    assert ("Jelavic", 98) not in _goals(
        "Jelavic's shot, from 25 yards, was saved by Forster in the 98th minute."
    )
    assert ("Jelavic", 98) not in _goals(
        "In the 98th minute Jelavic's shot hit the post and bounced away."
    )
