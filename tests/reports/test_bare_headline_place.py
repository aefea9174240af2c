"""`Italy 1 Norway 0 (Marseille)`, `France 1 Paraguay 0, after extra time (Lens)`: a
round-up's bare headline result with its ground in brackets, or how it ended after a
comma. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_HEAD = " date 2006-06-26 World Cup 2006: last-16 weekend round-up\n\nSATURDAY\n\n"


@pytest.mark.parametrize(
    ("line", "extra_time"),
    [
        ("Germany 2 Sweden 0 (Munich)", False),
        ("Germany 2 Sweden 0 (Munich, Allianz Arena)", False),
        ("Germany 2 Sweden 0, after extra time (Munich)", True),
        ("Germany 2 Sweden 0, aet", True),
    ],
)
def test_bare_headline_with_ground(line: str, extra_time: bool) -> None:
    text = _HEAD + line + "\nLukas Podolski scored twice in the first twelve minutes.\n"
    found = match(read(text), "germany", "sweden")
    assert found.score == (2, 0)
    assert found.extra_time is extra_time
