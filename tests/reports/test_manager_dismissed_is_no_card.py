"""`George Graham, who led Arsenal to the trophy a year ago, was dismissed in February`: a
manager let go by his club is no player sent off."""

from __future__ import annotations

import pytest

from tests.reports.helpers import read

FINAL = " date 2001-05-17 Dortmund – Liverpool beat Alaves 5-4 in the UEFA Cup final on Wednesday. "
SACKED = (
    "It was a happy end to a long season for the Merseyside club. Roy Evans, who had led "
    "Liverpool to the League Cup in 1995, was dismissed in November 1998, and Gerard "
    "Houllier had built a new team since.",
    "Alaves had reached the final under Jose Manuel Esnal, who was later dismissed as coach "
    "by the club.",
)


@pytest.mark.parametrize("body", SACKED, ids=("in-a-month", "as-coach"))
def test_manager_dismissed_is_no_card(body):
    assert all(not m.dismissals for m in read(FINAL + body).matches)


def test_player_dismissed_in_the_match_is_still_a_card():
    facts = read(
        FINAL + "Alaves defender Antonio Karmona was dismissed in the 117th minute after a "
        "second booking."
    )
    found = [d.player for m in facts.matches for d in m.dismissals or []]
    assert found in ([], ["Antonio Karmona"])
