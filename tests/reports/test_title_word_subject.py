"""A team right after a title word that opens a clause (`as hosts Qatar beat Jordan`,
`when holders Spain beat Italy`) is the result's subject; after a verb or a preposition
(`beat hosts Ukraine`, `lost to hosts Ukraine`) it stays the object."""

from __future__ import annotations

import pytest

from tests.reports.helpers import pairs, read


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            " date 2012-06-12 Shevchenko scored twice as hosts Ukraine beat Sweden 2-1 in Kyiv"
            " on Monday.",
            ("ukraine", "sweden", (2, 1)),
        ),
        (
            " date 2012-07-02 Torres scored as holders Spain beat Italy 4-0 in the Euro final"
            " in Kyiv on Sunday.",
            ("spain", "italy", (4, 0)),
        ),
        (
            " date 2012-06-12 Shevchenko scored twice when the co-hosts Ukraine beat Sweden 2-1"
            " in Kyiv on Monday.",
            ("ukraine", "sweden", (2, 1)),
        ),
        (
            " date 2012-06-12 Sweden beat hosts Ukraine 2-1 in Kyiv on Monday.",
            ("ukraine", "sweden", (1, 2)),
        ),
        (
            " date 2012-06-12 Sweden lost 2-1 to hosts Ukraine in Kyiv on Monday.",
            ("ukraine", "sweden", (2, 1)),
        ),
    ],
)
def test_title_word_before_subject(text, pair):
    assert pairs(read(text)) == {pair}
