"""`beating Pohang Steelers of South Korea 2-0`, `gegen LDU Quito aus Ecuador`: the
country after a club tells where it is from and is no side. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read, tie


@pytest.mark.parametrize(
    "text",
    [
        " date 2024-06-01 DORTMUND (AP) — Borussia Dortmund reached the final, beating "
        "Ajax of the Netherlands 3-1 at home on Saturday.",
        " date 2024-06-01 Borussia Dortmund gewann am Samstag im eigenen Stadion 3:1 gegen "
        "Ajax Amsterdam aus den Niederlanden.",
    ],
)
def test_country_of_club_is_no_side(text: str) -> None:
    assert match(read(text), "borussia-dortmund", "ajax").score == (3, 1)


def test_country_of_club_in_a_tie() -> None:
    text = (
        " date 2024-06-02 Borussia Dortmund schlug Real Madrid im Finale am Samstag 2:0. "
        "Dortmund setzte sich im Halbfinale gegen Ajax Amsterdam aus den Niederlanden durch."
    )
    assert tie(read(text), "borussia-dortmund", "ajax").winner == "borussia-dortmund"
