"""The speed changes of session 20's speed round (sr13) give the answers of the code they
replaced, on random strings built from the patterns' own words."""

from __future__ import annotations

import random
import re
import unicodedata

from bot.reports.clauses.pairing import ScoreLine
from bot.reports.names import nameobjects
from bot.reports.text import anniversary
from bot.teams import names, resolver


def _text(rng: random.Random, pieces: list[str], most: int) -> str:
    return "".join(
        rng.choice(["", " ", "  ", "\n", ", "]) + rng.choice(pieces) for _ in range(most)
    )


_DATES = [
    "1", "7", "12", "31", "123", "7.", "1st", "2nd", "3rd", "12th", "of", "of the", "Juli", "July",
    "JULY", "juli", "März", "MÄRZ", "Mai", "May", "main", "Maine", "december", "Dezember", "1974",
    "2024", "19744", "1899", ",", ".", "x", "Am", "on", "ſeptember", "İ", "K", "augusta", "Sept",
]  # fmt: skip


def _slotted(rng: random.Random, slots: list[list[str]], odds: float) -> str:
    """One word of each slot in turn (or, at `1 - odds`, any word), spaced at random."""
    every = [word for slot in slots for word in slot]
    return "".join(
        rng.choice([" ", " ", " ", " ", "  ", "\n", "", ", "])
        + rng.choice(slot if rng.random() < odds else every)
        for slot in slots
    )


_DATE_SLOTS = [
    ["Am", "on", "x", "1", "the"], ["1", "7.", "12th", "31st", "123", "0", "3rd", "7"], ["of", "x"],
    ["Juli", "July", "JULY", "März", "Mai", "May", "main", "ſeptember",
    "december", "Sept"], ["1974", "2024", "19744", "7", "12th", "1st,"],
    ["1974", "2024", "x", "1899"],
]  # fmt: skip


def _spans(matches) -> list:
    return [
        (m.span(), m.group("d"), m.group("d2"), (m.group("m") or m.group("m2")).lower(),
         m.group("y"), m.group("y2"))
        for m in matches
    ]  # fmt: skip


def test_full_dates_near_month_names_find_what_the_pattern_finds():
    rng = random.Random(20)
    hits = 0
    for _ in range(200_000):
        if rng.random() < 0.5:
            text = _text(rng, _DATES, rng.randint(1, 12))
        else:
            text = "".join(_slotted(rng, _DATE_SLOTS, 0.8) for _ in range(rng.randint(1, 3)))
        old = _spans(anniversary._FULL_DATE.finditer(text))
        assert _spans(anniversary.full_dates(text)) == old, text
        hits += bool(old)
    assert hits > 4_000


_SCORES = ["1", "3", "13", "31", "0", "٣", ".", ":", "-", " ", "–", "x", "3:1", "1-3", "3 - 1"]


def test_one_scoreline_pattern_finds_what_each_made_pattern_found():
    rng = random.Random(21)
    hits = 0
    for high, low in ((3, 1), (1, 0), (13, 1), (0, 3), (10, 11)):
        made = re.compile(rf"(?<![\d.])(?:{high}\s?[:-]\s?{low}|{low}\s?[:-]\s?{high})(?![\d.])")
        line = ScoreLine(high, low)
        for _ in range(40_000):
            text = "".join(rng.choice(_SCORES) for _ in range(rng.randint(1, 10)))
            old = made.search(text)
            new = line.search(text)
            assert (old and old.span()) == (new and new.span()), text
            hits += old is not None
    assert hits > 5_000


def _core_as_it_was(key: str) -> str:
    words = key.split()
    while len(words) > 1 and words[0] in resolver._FRAME:
        words.pop(0)
    while len(words) > 1 and words[-1] in resolver._FRAME:
        words.pop()
    return " ".join(words)


def test_alias_cores_as_before():
    rng = random.Random(22)
    pieces = ["fc", "the", "der", "1", "bayern", "real madrid", "x", " ", "\t", "club", "sv"]
    for _ in range(50_000):
        key = "".join(
            rng.choice([" ", "", "  "]) + rng.choice(pieces) for _ in range(rng.randint(0, 6))
        )
        assert resolver.core(key) == _core_as_it_was(key), key
    team_resolver = resolver.TeamResolver.default()
    cores = [_core_as_it_was(key) for key in team_resolver.keys()]
    by_length, orders = resolver._alias_cores(team_resolver)
    assert orders == frozenset(" ".join(sorted(name.split())) for name in cores)
    assert sorted(name for names in by_length.values() for name in names) == sorted(cores)


def _normalize_as_it_was(name: str) -> str:
    if name.isascii():
        return name.lower() if name.isalnum() else names._NON_WORD.sub(" ", name.lower()).strip()
    text = name.casefold()
    if names._SPECIAL_CHARS.search(text):
        text = text.translate(names._SPECIAL)
    text = unicodedata.normalize("NFKD", text)
    if names._BEYOND_MARKS.search(text):
        return names._NON_WORD.sub(" ", text.translate(names._COMBINING)).strip()
    return names._NON_WORD.sub(" ", names._MARKS.sub("", text)).strip()


def test_normalize_fast_paths_as_before():
    rng = random.Random(23)
    pieces = [
        "FC", "Bayern", "München", "Atlético", "ß", "ø", "İ", "ı", "\u034f", "\u0301", "é", "1",
        " ", "  ", "-", ".", "'", "Ñ", "Å", "ǅ", "ﬁ", "²", "Ω", "日本", "\t", "x", "ĳ", "ẞ",
    ]  # fmt: skip
    for _ in range(100_000):
        name = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        assert names.normalize.__wrapped__(name) == _normalize_as_it_was(name), repr(name)
    team_resolver = resolver.TeamResolver.default()
    for team in team_resolver.teams.values():
        for name in (team.display("en"), team.display("de")):
            assert names.normalize.__wrapped__(name) == _normalize_as_it_was(name)


def test_described_object_gate_as_before():
    rng = random.Random(24)
    pieces = [
        "past", "PAST", "paſt", "beyond", "the", "THE", "Thе", "an", "An", "dem", "den", "am",
        "Am", "AM", "diving", "machtlosen", "X", "Müller", "ß", "K", "-", "  ", "\n", "team",
    ]  # fmt: skip
    hits = 0
    for _ in range(200_000):
        text = _text(rng, pieces, rng.randint(1, 9)) + " Name"
        start = len(text) - 4
        old = nameobjects._PAST_DESCRIBED.search(text, max(0, start - 40), start) is not None
        assert nameobjects.described_object(text, start) == old, text
        hits += old
    assert hits > 1_000
