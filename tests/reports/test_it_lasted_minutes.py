"""`Iwobi gave Arsenal brief hope in the 69th minute. It lasted three minutes: Hazard ...
finished to make it 4-1`: `It lasted N minutes` times the next goal from the last, as
`The lead lasted N minutes` does. Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_it_lasted_times_the_next_goal() -> None:
    text = (
        " date 2024-02-11 Arsenal beat Brighton 2-1 at the Emirates Stadium on Saturday. "
        "Havertz scored in the 20th minute. Joao Pedro equalised in the 65th minute. "
        "It lasted three minutes: Saka exchanged passes with Odegaard and finished to make "
        "it 2-1."
    )
    found = match(read(text), "arsenal", "brighton")
    assert [(g.minute, g.player) for g in found.goals] == [
        (20, "Havertz"),
        (65, "Joao Pedro"),
        (68, "Saka"),
    ]


def test_it_lasted_with_a_small_letter_is_no_time() -> None:
    text = (
        " date 2024-02-11 Arsenal beat Brighton 1-0 at the Emirates Stadium on Saturday. "
        "Havertz scored in the 20th minute, and the storm came after it lasted 30 minutes."
    )
    found = match(read(text), "arsenal", "brighton")
    assert [(g.minute, g.player) for g in found.goals] == [(20, "Havertz")]
