"""A counted goals-from list with one name (set 22: `two goals from X, in the 38th and
60th minutes, and a late third from Y`): the counted name's minutes are each a goal of
that name, and the rest of the list keeps its own scorer. `goals from`, `a third from`
and `X's two goals` name the scorer as `goal from` and `X's goal` did. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for

_EN_NESYRI = [("Youssef En-Nesyri", 14), ("Youssef En-Nesyri", 55)]
_LACAZETTE = [("Alexandre Lacazette", 21), ("Alexandre Lacazette", 64)]
_GRIFO = [("Vincenzo Grifo", 12), ("Vincenzo Grifo", 50)]
_SEVILLA = ("sevilla", "real-betis", (3, 0))
_LYON = ("nantes", "lyon", (0, 2))

CASES = [
    (  # the counted name's minutes in an apposition, then a late third of another name
        "Sevilla beat Real Betis 3-0 on Sunday, with two goals from Youssef En-Nesyri, in "
        "the 14th and 55th minutes, and a late third from Lucas Ocampos in the 88th.",
        _SEVILLA,
        "en",
        [*_EN_NESYRI, ("Lucas Ocampos", 88)],
    ),
    (  # `sealed it` after the third: the goal is the third's name's, not the counted one's
        "Sevilla beat Real Betis 3-0 on Sunday. Two goals from Youssef En-Nesyri, in the "
        "14th and 55th minutes, and a late third from Lucas Ocampos in the 88th sealed it.",
        _SEVILLA,
        "en",
        [*_EN_NESYRI, ("Lucas Ocampos", 88)],
    ),
    (
        "Sevilla beat Real Betis 3-0 on Sunday. Youssef En-Nesyri's two goals, in the 14th "
        "and 55th minutes, were followed by Lucas Ocampos's header in the 88th.",
        _SEVILLA,
        "en",
        [*_EN_NESYRI, ("Lucas Ocampos", 88)],
    ),
    (
        "Lyon won 2-0 at Nantes on Friday. Alexandre Lacazette's two goals came in the 21st "
        "and 64th minutes.",
        _LYON,
        "en",
        _LACAZETTE,
    ),
    (
        "Lyon won 2-0 at Nantes on Friday thanks to a brace from Alexandre Lacazette in "
        "the 21st and 64th minutes.",
        _LYON,
        "en",
        _LACAZETTE,
    ),
    (
        "Lyon won 2-0 at Nantes on Friday with a double from Alexandre Lacazette in the "
        "21st and 64th minutes.",
        _LYON,
        "en",
        _LACAZETTE,
    ),
    (
        "Der SC Freiburg gewann mit 3:1 gegen den VfL Bochum. Zwei Tore von Vincenzo "
        "Grifo (12., 50.) und ein Treffer von Michael Gregoritsch (77.) entschieden die Partie.",
        ("sc-freiburg", "vfl-bochum", (3, 1)),
        "de",
        [*_GRIFO, ("Michael Gregoritsch", 77)],
    ),
    (
        "Der SC Freiburg gewann mit 2:0 gegen den VfL Bochum. Ein Doppelpack von Vincenzo "
        "Grifo in der 12. und 50. Minute entschied die Partie.",
        ("sc-freiburg", "vfl-bochum", (2, 0)),
        "de",
        _GRIFO,
    ),
]


@pytest.mark.parametrize(("text", "pair", "lang", "expected"), CASES)
def test_counted_goals_of_one_name(text, pair, lang, expected):
    (match,) = goals_for(text, Match(*pair), lang=lang)
    read = sorted(((g.player, g.minute) for g in match.goals or []), key=lambda g: g[1] or 0)
    assert read == expected
