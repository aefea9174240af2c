"""A start finder may match where its cue does not, never the other way round: a cue's
first match is searched from the word of the finder's first match, which must not come later."""

from __future__ import annotations

import re

import pytest

from bot.reports.goals import cues as goalcues
from bot.reports.patterns.cuestarts import start_finder, word_start
from bot.reports.patterns.keyed import Keyed, lower_exact
from bot.reports.patterns.syntax import top_level
from tests.reports.test_fast_paths import SENTENCES


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_goal_finder_matches_wherever_the_goal_cue_does(lang):
    cue = goalcues.GOAL[lang]
    assert cue.finder is not None
    checked = 0
    for sentence in SENTENCES:
        low = lower_exact(sentence) if cue.folded is not None else sentence
        if low is None:
            continue
        for match in cue.pattern.finditer(sentence):
            found = cue.finder.first(low, match.start())
            assert found is not None, sentence
            assert word_start(sentence, found) <= match.start(), sentence
            checked += 1
    assert checked > 100


def test_a_leading_group_lends_the_rest_to_each_branch():
    finder = start_finder(re.compile(r"\b(?:(?:gave|put) (?:them )?ahead|(?<!was )struck)\b"))
    assert finder.first("they put them ahead") == 5
    assert finder.first("he was struck") == 7
    assert finder.first("output ahead") is None


def test_a_run_of_word_characters_is_walked_back_over_from_what_follows_it():
    pattern = re.compile(r"\b(?-i:[A-Z])[\w'’-]+['’]s second goal|\b\d-\d lead|\bscored")
    finder = start_finder(pattern)
    assert finder.walked is not None
    text = "then Alexander-Arnold's second goal came, a 2-0 lead"
    assert finder.first(text) == text.index("Alexander") == pattern.search(text).start()
    assert finder.first(text, 30) == text.index("2-0")
    assert finder.first("no such words") is None


def test_a_word_led_by_any_letters_is_searched_from_its_start():
    cue = Keyed(re.compile(r"\b\w*[Tt]reffer\b|\bTor\b"), "treffer|tor", starts=True)
    found = cue.search("Sein Führungstreffer zählte")
    assert found is not None and found.group() == "Führungstreffer"
    assert cue.search("kein Abseitstreffe") is None


def test_an_alternation_splits_only_at_its_top_level():
    assert top_level(r"a(?:b|c)|[|]d|e\|f") == ["a(?:b|c)", "[|]d", r"e\|f"]
