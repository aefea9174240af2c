"""A word alternation regrouped by first letter finds the same matches as written, so
the cue patterns built with it say what they said before, only faster."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.reports.patterns.alternations import regroup, regrouped

WORDS = r"beat|beats|(?:had|have) beaten|won|win|wins|winning|went down|überrollt\w*|lost|loss"
PIECES = st.sampled_from(
    "beat beats beaten had have won win wins winning went down Überrollt lost loss "
    "BEAT Won İ ı . , x".split()
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=25).map(" ".join), st.booleans())
def test_regrouped_pattern_finds_the_same_matches(text, ignore_case):
    flags = re.IGNORECASE if ignore_case else 0
    plain = re.compile(r"\b(?:" + WORDS + r")\b", flags)
    grouped = regrouped(plain)
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_words_are_grouped_by_first_letter_in_their_order():
    grouped = regroup("won|beat|win|(?:had|have) beaten")
    assert grouped == "w(?:on|in)|beat|h(?:ad beaten|ave beaten)"


def test_an_alternative_not_opening_with_a_letter_is_refused():
    with pytest.raises(ValueError):
        regroup(r"won|\w+n't")
