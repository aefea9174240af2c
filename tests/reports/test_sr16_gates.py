"""The speed changes of the sr16 speed round give the answers of the code they replaced,
on random inputs built from the patterns' own words."""

from __future__ import annotations

import random
import re

from bot.competitions import names as competitionnames
from bot.competitions.scan import find_any
from bot.reports.clauses import asides
from bot.reports.clauses import cues as clausecues
from bot.reports.clauses.asides import PERSON_APPOSITION
from bot.reports.goals import scorers
from bot.reports.goals.cues import GOALS_LINE
from bot.reports.matches import blogscores, goalstally, listedleg
from bot.reports.names import aliases, countryclubs

_PIECES = [
    "a", " ", "  ", "\t", "\n", ",", ":", ".", "(", ")", "-", "'", "’", "s", "S", "ſ", "ı", "İ",
    "f", "F", "ft", "FT", "full", "Full-time", "full time", "final whistle", "Abpfiff",
    "schlusspfiff", "Spielende", "time", "x", "Tor", "Tore", "Goals", "Scorers", "Torschützen",
    "Hinspiel", "Rückspiel", "First leg", "second leg", "2", "1", "–", "der", "die", "the",
    "Stürmer", "striker", "captain", "Müller", "FC", "Real", "é",
]  # fmt: skip


def _text(rng: random.Random, most: int) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randrange(most)))


def test_full_time_entry_is_the_search():
    old = re.compile(blogscores._FULL_TIME.pattern, blogscores._FULL_TIME.flags)
    rng = random.Random(161)
    for _ in range(300_000):
        text = _text(rng, 14)
        assert blogscores._full_time_entry(text) == (old.search(text) is not None), text


def test_first_letters_of_full_time_are_all_that_re_folds():
    # a _FULL_TIME match after its line break opens with a blank or f, a, s as re.I reads them
    opening = re.compile(r"[ \tfas]", re.I)
    found = {chr(c) for c in range(0x110000) if opening.fullmatch(chr(c))}
    assert found <= blogscores._FULL_TIME_FIRSTS


def test_colon_gates_are_the_searches():
    rng = random.Random(162)
    for _ in range(300_000):
        text = _text(rng, 12)
        gated = listedleg._LEG_LINE.match(text) if ":" in text else None
        assert (gated and gated.span()) == ((m := listedleg._LEG_LINE.match(text)) and m.span()), (
            text
        )
        gated = GOALS_LINE.search(text) if ":" in text else None
        assert (gated and gated.span()) == ((m := GOALS_LINE.search(text)) and m.span()), text


def test_comma_and_bracket_gates_are_the_matches():
    rng = random.Random(163)
    for _ in range(300_000):
        text = _text(rng, 12)
        at = rng.randrange(len(text) + 2)
        gated = text[at : at + 1] == "," and PERSON_APPOSITION.match(text, at)
        assert bool(gated) == bool(PERSON_APPOSITION.match(text, at)), (text, at)
        window = text[at : at + 40]
        gated = aliases._BRACKET.match(window) if "(" in window else None
        assert (gated and gated.span()) == ((m := aliases._BRACKET.match(window)) and m.span())


def test_possessive_gaps_are_the_fullmatch():
    old = re.compile(r"['’]s ")
    rng = random.Random(164)
    for _ in range(200_000):
        gap = "".join(rng.choice(["'", "’", "s", "S", " ", "  ", "x", "ſ"]) for _ in range(4))
        gap = gap[: rng.randrange(5)]
        assert (gap in countryclubs._POSSESSIVE_GAPS) == bool(old.fullmatch(gap)), gap


def test_competition_word_gate_grouped_finds_as_the_plain_one():
    words = list(competitionnames._PATTERN_WORDS)
    old = re.compile("|".join(re.escape(word) for word in words))
    pieces = [*words, *(w[: len(w) // 2] for w in words), *(w[len(w) // 2 :] for w in words)]
    pieces += [" ", "e", "s", "Euro", "ö"]
    rng = random.Random(167)
    for _ in range(200_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(6)))
        found = competitionnames._PATTERN_GATE.search(text)
        assert (found is None) == (old.search(text) is None), text


_WORDS = [
    " ", "  ", "\n", "\t", "who", "whose", "Who", "wh", "o", "se", "x", "handled", "handballed",
    "handl", "hand", "ed", "balled", "Toren", "Tore", "n", "Nach dem", "Nach", "dem", "After the",
    "After", "the", "1", "2", ":", "-", "im Hinspiel", "in the first leg", "draw", "in", "Bayern",
    "a", "A", ",",
]  # fmt: skip


def test_substring_gates_are_the_matches():
    rng = random.Random(168)
    pairs = [
        ("hand", scorers._HANDLED),
        ("Toren", goalstally._TOREN_AFTER),
        ("who", asides._PERSON_ASIDE),
    ]
    for _ in range(300_000):
        text = "".join(rng.choice(_WORDS) for _ in range(rng.randrange(8)))
        for key, pattern in pairs:
            gated = key in text and pattern.match(text)
            assert bool(gated) == bool(pattern.match(text)), (key, text)
        opens = "Nach dem" in text or "After the" in text
        gated = clausecues._AFTER_LEG1.match(text) if opens else None
        assert (gated and gated.span()) == (
            (m := clausecues._AFTER_LEG1.match(text)) and m.span()
        ), text


def _old_find_any(text: str, words: tuple[str, ...]) -> list[int]:
    """competitions.scan.find_any as it was: one literal alternation per first letter,
    searched again from just past each hit."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word)
    out: list[int] = []
    for group in groups.values():
        search = re.compile("|".join(re.escape(word) for word in group)).search
        found = search(text)
        while found is not None:
            out.append(found.start())
            found = search(text, found.start() + 1)
    return sorted(out)


def test_find_any_by_in_and_find_is_the_alternations():
    rng = random.Random(169)
    letters = "abcü "
    for _ in range(100_000):
        words = tuple(
            "".join(rng.choice(letters) for _ in range(rng.randrange(1, 4)))
            for _ in range(rng.randrange(1, 6))
        )
        text = "".join(rng.choice(letters) for _ in range(rng.randrange(16)))
        assert find_any(text, words) == _old_find_any(text, words), (text, words)
    for words in (competitionnames._KEYWORDS, competitionnames._CAPITALS):
        pieces = [*words, *(w[:-1] for w in words), " ", "x"]
        for _ in range(2_000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randrange(10)))
            assert find_any(text, words) == _old_find_any(text, words), text
