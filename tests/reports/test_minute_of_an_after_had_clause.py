"""`Ronaldo scoring twice late on after Insigne had put Napoli ahead in the 64th minute`,
`..., nachdem Insigne in der 64. Minute getroffen hatte`: the minute inside the `after X
had` / `nachdem X ... hatte` clause is X's, never the main clause's scorer's. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_EN = " date 2019-03-10 Juventus beat Napoli 2-1 at the Allianz Stadium.\n\n"
_DE = " date 2019-03-10 Juventus besiegte Napoli im Allianz Stadium mit 2:1.\n\n"


def _goals(text: str) -> list[tuple[str | None, int | None]]:
    return [(g.player, g.minute) for g in match(read(text), "juventus", "napoli").goals or []]


@pytest.mark.parametrize(
    "text",
    [
        _EN + "Cristiano Ronaldo scored twice in the last ten minutes after Lorenzo Insigne had "
        "put Napoli ahead in the 64th minute.",
        _DE + "Cristiano Ronaldo traf zweimal, nachdem Lorenzo Insigne in der 64. Minute für "
        "Napoli getroffen hatte.",
    ],
)
def test_the_after_had_minute_is_the_earlier_scorers(text: str) -> None:
    goals = _goals(text)
    assert ("Cristiano Ronaldo", 64) not in goals
    assert ("Lorenzo Insigne", 64) in goals


def test_an_after_had_minute_of_no_goal_is_nobodys() -> None:
    text = _EN + (
        "Cristiano Ronaldo won it late on after Kalidou Koulibaly had been sent off in the "
        "64th minute."
    )
    assert all(minute != 64 for _, minute in _goals(text))
