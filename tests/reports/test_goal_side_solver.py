"""The side solver's depth-first search must keep exactly the fillings that trying every
filling of the unknown sides keeps: it only skips branches that cannot end on the score."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from bot.reports.goals.teams import _solutions, solve


@dataclass
class _Match:
    home: str
    away: str
    score: tuple[int, int]


def _every_filling(sides, unknown, scores, match):
    out = []
    for choice in itertools.product((match.home, match.away), repeat=len(unknown)):
        trial = list(sides)
        for index, side in zip(unknown, choice, strict=True):
            trial[index] = side
        home = away = 0
        fits = True
        for side, stated in zip(trial, scores, strict=True):
            home, away = (home + 1, away) if side == match.home else (home, away + 1)
            if stated is not None and sorted(stated) != sorted((home, away)):
                fits = False
                break
        if fits and (home, away) == match.score:
            out.append(trial)
    return out


_SIDE = st.sampled_from([None, "a", "b"])
_SCORE = st.one_of(st.none(), st.tuples(st.integers(0, 4), st.integers(0, 4)))


@given(
    st.lists(st.tuples(_SIDE, _SCORE), min_size=1, max_size=8),
    st.integers(0, 5),
    st.integers(0, 5),
)
def test_search_keeps_the_same_fillings(goals, home, away):
    match = _Match("a", "b", (home, away))
    sides = [side for side, _ in goals]
    scores = [score for _, score in goals]
    unknown = [i for i, side in enumerate(sides) if side is None]
    expected = _every_filling(sides, unknown, scores, match)
    assert sorted(map(tuple, _solutions(sides, unknown, scores, match))) == sorted(
        map(tuple, expected)
    )


def test_a_stated_score_forces_the_unknown_side():
    match = _Match("a", "b", (2, 1))
    sides = solve([None] * 3, [None, "b", None], [(1, 0), (1, 1), (2, 1)], match, True)
    assert sides == ["a", "b", "a"]
