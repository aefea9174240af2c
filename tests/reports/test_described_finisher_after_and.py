"""`Odegaard swung a cross in from the left and the Norwegian's team-mate, 22, guided a
header inside the far post`: the clause that goes on after `and the <description>` is the
described one's, not the provider's, so the goal is nobody named. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_EN = (
    " date 2024-02-11 Arsenal beat Brighton 2-1 at the Emirates Stadium on Saturday. "
    "Havertz scored in the 10th minute and Welbeck levelled in the 30th. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Late on, Martin Odegaard swung a cross in from the left and the England star, 22, "
        "guided a header inside the far post.",
        "Martin Odegaard swung a cross in from the left and the young winger, 22, guided a "
        "header inside the far post.",
    ],
)
def test_the_provider_is_not_the_described_finisher(sentence: str) -> None:
    found = match(read(_EN + sentence), "arsenal", "brighton")
    assert "Martin Odegaard" not in [g.player for g in found.goals or []]


def test_a_named_finisher_after_and_still_scores() -> None:
    text = _EN + (
        "Martin Odegaard swung a cross in from the left and Saka guided a header inside "
        "the far post in the 80th minute."
    )
    found = match(read(text), "arsenal", "brighton")
    assert (80, "Saka") in [(g.minute, g.player) for g in found.goals]
