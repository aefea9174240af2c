"""`edged Real Sociedad by the same aggregate, winning 1-0 in San Sebastián before a 4-4
draw at home`: an aggregate named without figures, then a participle, tells a leg, not
the sum. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read, tie

_HEAD = (
    " date 2025-04-27 Barcelona beat Real Madrid 3-2 in the Copa del Rey final on "
    "Saturday. Barcelona drew 4-4 with Atlético Madrid in the first leg of their semi-final"
    " and then won the return 1-0, going through 5-4 on aggregate. "
)


@pytest.mark.parametrize("verb", ["winning 2-0 in Bilbao", "having won 2-0 in Bilbao"])
def test_leg_after_aggregate_without_figures(verb: str) -> None:
    text = (
        _HEAD + f"Real Madrid edged Athletic Bilbao by the same aggregate, {verb} before "
        "a 3-4 defeat after extra time in the second leg at home."
    )
    facts = read(text)
    assert match(facts, "athletic-bilbao", "real-madrid").score == (0, 2)
    assert tie(facts, "real-madrid", "athletic-bilbao").aggregate == {
        "real-madrid": 5,
        "athletic-bilbao": 4,
    }
