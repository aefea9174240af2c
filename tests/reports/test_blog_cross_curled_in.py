"""`11 min: GOAL! Japan 0-1 Spain. Cesar Azpilicueta curls in a cross from the right and
Morata, unmarked, heads in at the near post`: a live line's `curls in a cross` (`curls in
a free kick`) delivers the ball, so the line's finish is the header after it, whose doer
scored."""

from __future__ import annotations

import pytest

from bot.reports.goals.bloglines import _GOAL_LINE


@pytest.mark.parametrize(
    "line",
    [
        "Hakim Ziyech curls in a cross from the left and Sabiri, unmarked, heads in.",
        "Hakim Ziyech curls in a free kick from the right and Sabiri, unmarked, heads in.",
        "Hakim Ziyech whips in a cross and Sabiri, unmarked, heads in.",
    ],
)
def test_delivery_curled_in_is_no_finish(line):
    assert _GOAL_LINE["en"].search(line).group() == "heads in"


def test_curled_in_alone_is_a_finish():
    assert _GOAL_LINE["en"].search("Hakim Ziyech curls it in from 20 yards.") is not None
    assert _GOAL_LINE["en"].search("Ziyech curls in a beauty.").group() == "curls in"
