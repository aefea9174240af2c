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


def _same_matches(old: re.Pattern, new: re.Pattern, pieces: list[str], seed: int) -> int:
    rng = random.Random(seed)
    found = 0
    for _ in range(200_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        expected = [(m.span(), m.groups()) for m in old.finditer(text)]
        assert [(m.span(), m.groups()) for m in new.finditer(text)] == expected, text
        found += len(expected)
    return found


def test_led_by_their_first_character():
    from bot.reports.clauses import scoredother
    from bot.reports.matches import colonlist, otherscore

    pieces = ["1", "2", "12", "٣", " ", ":", "-", "–", ".", "a", " aggregate", "\t"]
    old = re.compile(r"(?<!\d):(?!\d)")
    assert _same_matches(old, colonlist._COLON, pieces, 1) > 3_000
    old = re.compile(
        r"(?<![\d.:-])(\d{1,2})\s?[:-]\s?(\d{1,2})(?![\d:-]|\.\d)"
        r"(?!\s*(?:on aggregate|aggregate|in aggregate|insgesamt|in der Addition|n\.\s?V|i\.\s?E))"
    )
    assert _same_matches(old, scoredother._SCORE, pieces, 2) > 3_000
    old = re.compile(r"(?<![\d.:])(\d{1,2})\s?[-:–]\s?(\d{1,2})(?![\d.:])")
    assert _same_matches(old, otherscore._SCORE, pieces, 3) > 3_000


_DIGIT_FIRST = re.compile(r"\(\\d\(\?<!\[([^\]]*)\]\\d\)\\d\?\)")


def test_score_pairs_led_by_a_digit():
    """Ten score patterns once led by `(?<![\\d.])(\\d{1,2})` (tried at every
    character), now by the digit with the look-behind after it: the same matches, also
    searched from a position (the look-behind sees before it either way)."""
    from bot.reports.cards import otherresult
    from bot.reports.clauses import pairing, targets, unreadscore
    from bot.reports.goals import bloglines, laterscore, otherparagraph
    from bot.reports.matches import firstlegbracket
    from bot.reports.ties import otherextra

    pieces = ["1", "2", "12", "٣", " ", ":", "-", "–", ".", "a", "\t", " Uhr", " draw"]
    pieces += ["-win", "(", "/"]
    for new in (
        otherextra._SCORE,
        firstlegbracket._SCORE,
        unreadscore._DRAW_OR_WIN,
        pairing._LEAD_SCORE,
        pairing._SCORE,
        targets._PAIR,
        laterscore._SCORE,
        bloglines._PAIR,
        otherparagraph._SCORE,
        otherresult._SCORE,
    ):
        old = re.compile(_DIGIT_FIRST.sub(r"(?<![\1])(\\d{1,2})", new.pattern), new.flags)
        assert old.pattern != new.pattern
        assert _same_matches(old, new, pieces, len(new.pattern)) > 100
        rng = random.Random(5)
        for _ in range(50_000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
            pos = rng.randint(0, len(text))
            found, expected = new.search(text, pos), old.search(text, pos)
            assert (found and found.span()) == (expected and expected.span()), text


def test_whole_text_digit_pairs_share_the_tested_pattern():
    from bot.reports.matches import competitionmentions
    from bot.reports.text.digits import DIGIT_PAIR
    from bot.reports.ties import advancemore, howwon

    assert cues._DIGIT_PAIR is DIGIT_PAIR
    assert howwon._SCORE is advancemore._SCORE is competitionmentions._A_SCORE is DIGIT_PAIR
