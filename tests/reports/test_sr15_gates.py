"""The speed changes of the sr15 speed round give the answers of the code they replaced,
on random inputs built like the reader's own."""

from __future__ import annotations

import random
import re

from bot.reports.clauses import cues as clausecues
from bot.reports.clauses import otherday
from bot.reports.goals import chancenoun, claims, otherparagraph, wonkick
from bot.reports.matches import competitionmentions, placecues, playoffs
from bot.reports.names.players import _skipped
from bot.reports.text.holdsany import holds_any


def _old_skipped(words, starts: list[int], spans) -> set[int]:
    """players._skipped as it was: words and spans walked together once."""
    out: set[int] = set()
    index, last = -1, len(spans) - 1
    for i in starts:
        offset = words[i][0]
        while index < last and spans[index + 1][0] <= offset:
            index += 1
        if index >= 0 and offset < spans[index][1]:
            out.add(i)
    return out


def test_skipped_by_bisection_is_the_walk():
    rng = random.Random(15)
    for _ in range(200_000):
        at, firsts = rng.randrange(3), []
        for _ in range(rng.randrange(12)):
            firsts.append(at)
            at += rng.randrange(1, 6)
        words = [(offset, offset + 1, "w", i) for i, offset in enumerate(firsts)]
        starts = sorted(rng.sample(range(len(firsts)), rng.randrange(len(firsts) + 1)))
        spans = sorted(
            (begin, begin + rng.randrange(0, 12))
            for begin in (rng.randrange(at + 3) for _ in range(rng.randrange(5)))
        )
        assert _skipped(firsts, starts, spans) == _old_skipped(words, starts, spans), (
            firsts,
            starts,
            spans,
        )


_PIECES = [
    "a", " ", "-", "\n", "s", "ſ", "ı", "İ", "K", "ä", "ended", "geendet", "finish", "finished",
    "won", "lost ", "drew", "gewann", "verlor", "endete", "play", "Play", "PLAY-", "off", "offs",
    "qualif", "Quali", "QUALİ", "qualıfy", "y", "ying", "ier", "ication", "Qualifikation",
    "Relegation", "relegatıon", "3", "x", "é",
]  # fmt: skip


def _text(rng: random.Random, most: int) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randrange(most)))


def test_other_paragraph_keys_are_their_alternations():
    ended = re.compile(r"geendet|ended|finished")
    told = re.compile(r"won |lost |drew |ended |finished |gewann|verlor|endete ")
    rng = random.Random(151)
    for _ in range(200_000):
        text = _text(rng, 8)
        assert holds_any(text, otherparagraph._ENDED_KEYS) == bool(ended.search(text)), text
        assert holds_any(text, otherparagraph._RESULT_KEYS) == bool(told.search(text)), text


def test_qualifying_words_keyed_is_the_pattern():
    cue = playoffs._QUALIFYING_WORDS
    rng = random.Random(152)
    for _ in range(200_000):
        text = _text(rng, 8)
        assert (cue.search(text) is None) == (cue.pattern.search(text) is None), text


_CLAUSE_PIECES = [
    " ", "a", "the", "The", " others", " rest", "another", "also", "ALSO", "alſo", "too", "as",
    " well", "auch", "ebenfalls", "zudem", "außerdem", "AUẞERDEM", "won", "wins", "earned",
    "drew", " a ", " the ", "his side a", "them a", "penalty", "PENALTY", "penaltı", " and",
    "holte", "holt", "herausgeholt", "Foul", "elfmeter", "Strafstoß", "strafstoss", "heraus",
    ",", "İ", "K", "x",
]  # fmt: skip


def test_continued_and_won_kick_keyed_are_their_patterns():
    cues = [claims._CONTINUED, wonkick._WON["en"], wonkick._WON["de"]]
    rng = random.Random(153)
    for _ in range(200_000):
        text = "".join(rng.choice(_CLAUSE_PIECES) for _ in range(rng.randrange(9)))
        for cue in cues:
            assert (cue.search(text) is None) == (cue.pattern.search(text) is None), text


_PLACE_PIECES = [
    " ", "  ", "\n", "his ", "reign", "REIGN", "reİgn", "tenure", "spell", "spells", "ſpell",
    "stint", "stints", "career", "era", "Ära", "Amtszeit", "Karriere", "at", "with", "bei",
    "beim", "the ", "dem ", "Arsenal", "x", "-", "Mon", "Tues", "Wednes", "Sun", "day", "Diens",
    "Sams", "tag", "Mittwoch", "Sonnabend", "Fri", "a",
]  # fmt: skip


def _window_gate_agrees(seed: int, pieces: list[str], most: int, gate, search) -> None:
    """A gated look-back or look-ahead `gate(text, at)` answers as `search(text, at)`, the
    40-character window search it replaced, on random strings of the pattern's own words."""
    rng = random.Random(seed)
    for _ in range(200_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(most)))
        at = rng.randrange(len(text) + 1)
        assert gate(text, at) == (search(text, at) is not None), (text, at)


def test_tenure_and_weekday_gates_are_their_searches():
    tenure = placecues._TENURE
    _window_gate_agrees(
        154,
        _PLACE_PIECES,
        14,
        placecues._after_tenure,
        lambda text, end: tenure.search(text, max(0, end - 40), end),
    )
    rng = random.Random(154)
    for _ in range(50_000):
        text = "".join(rng.choice(_PLACE_PIECES) for _ in range(rng.randrange(14)))
        weekday = holds_any(text, otherday._WEEKDAY_KEYS) and otherday._WEEKDAY.search(text)
        assert bool(weekday) == bool(otherday._WEEKDAY.search(text)), text


_QUALIFIED_PIECES = [
    " ", "  ", "a ", "their ", "its ", "return to", "RETURN TO", "place", "spots", "berth",
    "ticket", " in", " for", " to", "qualify", "qualıfied", "qualifying", " for", "Rückkehr in",
    "Qualifikation für", "Ticket für", "missed", "miss", " out on", "direkten Einzug in die",
    " Gruppenphase der", "Startplatz", "Startplätze", "the ", "die ", "der ", "x", "\n",
]  # fmt: skip


def test_qualified_before_is_its_search():
    pattern = competitionmentions._QUALIFIED_FOR
    _window_gate_agrees(
        155,
        _QUALIFIED_PIECES,
        12,
        competitionmentions._qualified_before,
        lambda text, end: pattern.search(text, max(0, end - 40), end),
    )


_CHANCE_PIECES = [
    " ", "a ", "header", "HEADER", "shot", "shots", "strike", "effort", "volley", "free kick",
    "free-kick", "freekick", "Kopfball", "Schuss", "Freistoß", "FREISTOSS", "ſhot", "x", "\n",
    "Terry ", "that", "İ",
]  # fmt: skip


def test_chance_noun_is_its_search():
    _window_gate_agrees(
        156,
        _CHANCE_PIECES,
        14,
        chancenoun.chance_noun,
        lambda text, start: chancenoun._CHANCE_NOUN.search(text, start, start + 40),
    )


def test_told_result_is_the_result_search():
    pieces = [" ", "1", "2", "9", "0", ":", "-", ".", " ", "٣", "²", "x", "a", "é", "😀", "\n"]
    rng = random.Random(157)
    for _ in range(300_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(10)))
        assert clausecues.told_result(text) == (clausecues._RESULT.search(text) is not None), text
