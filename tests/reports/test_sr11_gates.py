"""The speed gates of session 18's recovery give the answers of the code they replaced."""

from __future__ import annotations

import random

import pytest

from bot.reports.goals.bracketlines import _CUE, _cues
from bot.reports.goals.groundnames import _WORDS, GROUND_NAMES, ground_named
from bot.reports.names import reserves
from bot.teams.names import normalize


def _reserve_side_ungated(text: str, start: int, end: int) -> bool:
    after = reserves._AFTER.match(text, end)
    return bool(after or reserves._BEFORE.search(text, max(0, start - 30), start))


_PIECES = [
    "II", "Amateure", "Amateuren", "Reserve", "Reserves", "reserves", "reserve side",
    "reserve team", "Castilla", "Atlètic", "U19", "U-21", "A-Junioren", "B-Jugend", "B",
    "B team", "youth team", "second string", "zweiten Mannschaft", "von", "des", "der", "of",
    "the", "'s", "’s", "under-19s", " ", "  ", "\n", "-", "x", "Bayern", "\u00a0", ".", "(",
    "xAmateure",
]  # fmt: skip


def test_the_reserve_side_gates_change_no_answer():
    rng = random.Random(18)
    hits = 0
    for _ in range(60_000):
        text = "".join(rng.choice(["", " ", "-"]) + rng.choice(_PIECES) for _ in range(6))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        expected = _reserve_side_ungated(text, start, end)
        hits += expected
        assert reserves.reserve_side(text, start, end) == expected, (text, start, end)
    assert hits > 500


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("die Amateure von Hertha BSC", 17, 27),
        ("Bayern München II", 0, 14),
        ("Real Madrid Castilla", 0, 11),
        ("Ajax's reserves", 0, 4),
        ("the reserve side of the Gunners", 24, 31),
    ],
)
def test_reserve_sides_are_still_found(text, start, end):
    assert reserves.reserve_side(text, start, end)


def test_bracket_cues_are_the_cue_pattern_s_parens():
    rng = random.Random(18)
    for _ in range(60_000):
        text = "".join(rng.choice("12 \t(\n)a٣x") for _ in range(rng.randint(0, 15)))
        assert list(_cues(text)) == [m.end() - 1 for m in _CUE.finditer(text)], text


def _ground_named_ungated(name: str) -> bool:
    first = name.split(None, 1)[0].lower()
    if first not in _WORDS and normalize(first) not in _WORDS:
        return False
    return normalize(name) in GROUND_NAMES


@pytest.mark.parametrize(
    "name",
    ["Anfield", "Old Trafford", "Camp Nou", "Estádio da Luz", "Müller", "De Gea", "San Siro",
     "Monumental", "Bernabeu", "Parc des Princes", "Ševčík", "Thomas Müller", "Allianz Arena",
     "Ødegaard", "İlkay Gündoğan", "Wembley"],
)  # fmt: skip
def test_ground_named_answers_as_before(name):
    assert ground_named(name) == _ground_named_ungated(name)
