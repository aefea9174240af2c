"""A word alternation regrouped by first letter finds the same matches as written, so
the cue patterns built with it say what they said before, only faster."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.reports.patterns.alternations import key_tree, lead, regroup, regrouped
from bot.reports.patterns.keyed import Keyed

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


LED = [
    r"\b(?:won|beat|win)\b",
    r"(?<!was )(?<!were )struck\b|\bstrike",
    r"\b(?:'s|’s|\bwhose) (?:goal|win)",
    r"[Tt]or(?:e|en)?\b|\bET\b|x(a)",
    r"\b(?:(?:had|have) beaten|beat(?P<s>s)?)",
    r"(?<![Dd]er )(?:ein|aus)gewechselt\w*|kam für|\b-\w+",
]
TEXT = st.lists(
    st.sampled_from(
        "won beat win wins struck was were 's ’s whose goal Tor tore ET xa x".split()
        + "had have beaten beats der Der eingewechselt ausgewechselt kam für - -a . ' ’".split()
        + ["", " ", "a", "Ü"]
    ),
    max_size=20,
).map(lambda words: " ".join(words).replace(" ' ", "'"))


@settings(max_examples=300, deadline=None)
@given(TEXT, st.integers(0, 5))
def test_a_led_pattern_finds_the_same_matches_and_groups(text, start):
    for source in LED:
        plain = re.compile(source)
        led = lead(plain)
        want = [(m.span(), m.groups(), m.groupdict()) for m in plain.finditer(text, start)]
        assert [(m.span(), m.groups(), m.groupdict()) for m in led.finditer(text, start)] == want


def test_a_pattern_is_led_by_its_first_characters_where_that_pays():
    assert (
        lead(re.compile(r"(?<!was )struck|\bET\b")).pattern
        == r"struck(?<!(?:was )struck)|ET(?<!\wET)\b"
    )
    assert lead(re.compile(r"\b(?:second leg|return leg)")).pattern.startswith(
        "second leg(?<!\\wsecond\\ leg)"
    )
    assert lead(re.compile(r"\b(?:won|beat|win)")).pattern == (
        r"w(?:on(?<!\wwon)|in(?<!\wwin))|beat(?<!\wbeat)"
    )
    common = re.compile(r"\b(?:saved|missed|hit the post|denied|blocked|over the bar|wide of)")
    assert lead(common) is common
    assert lead(re.compile(r"\bpenalty\b", re.I)).pattern == r"\bpenalty\b"


def test_a_group_is_not_copied_where_its_rest_captures():
    named = re.compile(r"\b(?:a|b)(?P<rest>c)")
    assert lead(named) is named


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text("abc ", max_size=4), min_size=1, max_size=8), st.text("abcx ", max_size=30))
def test_the_key_tree_finds_a_key_wherever_one_occurs(keys, text):
    assert bool(re.search(key_tree(tuple(keys)), text)) == any(key in text for key in keys)


WORDS_30 = [a + b for a in "bcdfstw" for b in ("on", "in", "ar", "ell")][:30]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*WORDS_30, "BON", "wİn", "ſar", "x", "ü"]), max_size=12))
def test_a_cue_with_many_or_few_keys_finds_what_its_pattern_finds(words):
    text = " ".join(words)
    for count in (5, 30):
        pattern = re.compile(r"\b(?:" + "|".join(WORDS_30[:count]) + r")\b", re.I)
        cue = Keyed(pattern, "|".join(WORDS_30[:count]))
        plain, found = pattern.search(text), cue.search(text)
        assert (found and found.span()) == (plain and plain.span())
        assert [m.span() for m in cue.finditer(text)] == [m.span() for m in pattern.finditer(text)]
