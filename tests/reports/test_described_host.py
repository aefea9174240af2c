"""`won 2-1 at already-relegated Cardiff`: a side after `at` and a word describing it
was the host."""

from __future__ import annotations

from tests.reports.helpers import match, read

_LEAD = " date 2018-05-14 Manchester City beat Southampton 1-0 at St Mary's on Sunday."


def test_at_a_described_side_en():
    for words in ("already-relegated", "struggling", "lowly", "leaders"):
        facts = read(_LEAD + f" Tottenham won 2-1 at {words} Stoke City on Sunday.")
        assert match(facts, "stoke-city", "tottenham").score == (1, 2), words


def test_at_home_to_is_no_host():
    facts = read(_LEAD + " Tottenham lost 2-1 at home to Stoke City on Sunday.")
    assert match(facts, "tottenham", "stoke-city").score == (1, 2)
