"""sr18's rewrites agree with what they replaced on random strings of their own
characters: the digit pairs found from their mark (matches/scores._pair_start,
goals/cues._DIGIT_PAIR), and the clause splitter's shot-aside gate."""

from __future__ import annotations

import random
import re

from bot.reports.clauses import splitting
from bot.reports.goals import cues
from bot.reports.matches import scores

_PIECES = ["1", "2", "0", "9", "٣", " ", "  ", "\t", ":", "-", "–", "—", "a", "x", ".", ","]
_PIECES += ["3-1", "2 : 0"]


def _strings(count: int, seed: int):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12)))


def test_pair_start_is_the_digit_pair_search():
    old = re.compile(r"\d ?[:–-] ?\d")
    for text in _strings(300_000, 18):
        found = old.search(text)
        assert scores._pair_start(text) == (None if found is None else found.start()), text


def test_goal_digit_pair_finds_what_the_digit_led_one_did():
    old = re.compile(r"\d\s?[:-]\s?\d")
    for text in _strings(300_000, 81):
        assert (cues._DIGIT_PAIR.search(text) is None) == (old.search(text) is None), text


def test_aside_commas_gate():
    keys = [" struck,", " hit,", "cued,", "scuffed,", "sliced,", "skewed,", "'s shot, ", "mis"]
    rng = random.Random(7)
    for _ in range(20_000):
        text = "".join(rng.choice(keys + [" ", ",", "x"]) for _ in range(rng.randint(0, 8)))
        held = any(key in text for key in splitting._SHOT_ASIDE_KEYS)
        assert (splitting._aside_commas(text) != frozenset()) <= held
