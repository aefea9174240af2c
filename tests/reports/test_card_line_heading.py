"""`Sent off: Keane (Manchester United, second booking).`: the heading of a card line names
no one (set 36 carded a player called `Sent`). Sentences written for these tests. (German
card lines, `Platzverweis: X`, open with a noun the people finder never takes for a name.)"""

from __future__ import annotations

import pytest

from tests.reports.helpers import read

TEXTS = [
    " date 2003-05-04 Premier League, Highbury: Arsenal 2, Leeds United 3. Arsenal scorers: "
    "Henry 30, Bergkamp 63. Sent off: Vieira (Arsenal, second booking). Leeds won at "
    "Highbury on Sunday afternoon and are safe from relegation after a dramatic game.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_card_line_heading_is_no_player(text: str) -> None:
    carded = {d.player for m in read(text).matches for d in m.dismissals or []}
    assert carded and not carded & {"Sent", "Sent off", "Platzverweis"}
