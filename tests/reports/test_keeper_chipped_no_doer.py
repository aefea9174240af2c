"""A keeper told as the object of a chip or lob (`by chipping Schmeichel`, `lobbed Kahn`)
is not who scored; the one who chipped him is (round sG23), own texts."""

from __future__ import annotations

from tests.reports.helpers import read

EN = " date 2003-03-02 Newcastle beat Manchester United 2-0 at St James' Park on Saturday. "


def _scorers(text: str) -> list[tuple[str | None, int | None]]:
    (match,) = read(text).matches
    return [(g.player, g.minute) for g in match.goals or []]


def test_by_chipping_the_keeper_after_an_aside():
    text = EN + (
        "Gary Speed headed the first in the 12th minute, and Laurent Robert, the French "
        "winger, finished the afternoon by chipping Roy Carroll in the 83rd minute."
    )
    assert _scorers(text) == [("Gary Speed", 12), ("Laurent Robert", 83)]


def test_lobbed_the_keeper():
    text = EN + (
        "Gary Speed headed the first in the 12th minute. Laurent Robert lobbed Roy Carroll "
        "from 25 yards in the 83rd minute."
    )
    assert _scorers(text) == [("Gary Speed", 12), ("Laurent Robert", 83)]
