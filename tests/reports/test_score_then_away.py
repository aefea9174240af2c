"""`winning 3-1 away and 2-0 at home`: a score's bare `away` puts the side it is told
from at the other's ground, so the two results of the pair are the two legs of the tie.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read, tie

_HEAD = " date 2024-05-23 Leverkusen beat Roma 2-0 in the Europa League final on Wednesday. "


@pytest.mark.parametrize(
    "tail",
    [
        "Leverkusen had reached the final by beating West Ham 5-1 on aggregate in the "
        "semi-finals, winning 3-1 away and 2-0 at home.",
        "Leverkusen knocked out West Ham in the semi-finals, winning 3-1 away and 2-0 at home.",
    ],
)
def test_bare_away_after_score(tail: str) -> None:
    facts = read(_HEAD + tail)
    assert match(facts, "west-ham", "bayer-leverkusen").score == (1, 3)
    assert match(facts, "bayer-leverkusen", "west-ham").score == (2, 0)
    assert tie(facts, "west-ham", "bayer-leverkusen").aggregate == {
        "bayer-leverkusen": 5,
        "west-ham": 1,
    }
