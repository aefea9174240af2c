"""`Jan` before a surname is a first name (Jan Koller, Jan Vertonghen), not January's short
form: `Jan Thielmann traf in der 58. Minute` has a scorer. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read


@pytest.mark.parametrize(
    "text",
    [
        " date 2024-03-02 Köln - Der 1. FC Köln hat den SC Freiburg am Samstag mit 2:1 "
        "geschlagen.\n\nVincenzo Grifo brachte Freiburg in der 12. Minute in Führung, Davie "
        "Selke glich in der 40. Minute aus. Jan Thielmann traf in der 58. Minute zum 2:1.",
        " date 2024-03-02 Arsenal beat Brentford 2-1 at the Emirates Stadium.\n\nIvan Toney "
        "put Brentford ahead in the 12th minute. Bukayo Saka equalised in the 40th minute, and "
        "Jan Bednarek headed the winner in the 58th minute.",
    ],
)
def test_jan_before_a_surname_is_a_first_name(text: str) -> None:
    found = read(text).matches[0]
    assert [g.player for g in found.goals][-1] in ("Jan Thielmann", "Jan Bednarek")
    assert [g.minute for g in found.goals] == [12, 40, 58]


def test_the_month_is_no_scorer() -> None:
    text = (
        " date 2024-01-21 Arsenal beat Brentford 1-0 at the Emirates Stadium on Jan. 20.\n\nAdam "
        "Armstrong scored in the 58th minute."
    )
    found = match(read(text), "arsenal", "brentford")
    assert [(g.player, g.minute) for g in found.goals] == [("Adam Armstrong", 58)]
