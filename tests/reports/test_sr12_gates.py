"""The speed gates of session 19's speed round give the answers of the code they replaced,
on random strings built from the patterns' own words."""

from __future__ import annotations

import ast
import importlib
import random
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from bot.reports.clauses import hourmarks, pastninety, scoredother
from bot.reports.clauses import pairing as pairing_module
from bot.reports.goals import cues as goalcues
from bot.reports.goals import tickheads, unreadleg
from bot.reports.matches import clausepronoun, nextopponent, resultchecks
from bot.reports.patterns.alternations import lead
from bot.reports.patterns.keyed import folded


def _text(rng: random.Random, pieces: list[str], most: int) -> str:
    return "".join(rng.choice(["", " ", "  ", "\n"]) + rng.choice(pieces) for _ in range(most))


def _slotted(rng: random.Random, slots: list[list[str]], noise: list[str], odds: float) -> str:
    """One word of each slot in turn (or, at `1 - odds`, a word of `noise`), spaced at random:
    near-phrases of a pattern, most of them one word off."""
    return "".join(
        rng.choice([" ", " ", "  ", "\n", ""]) + rng.choice(slot if rng.random() < odds else noise)
        for slot in slots
    )


_NINETY = [
    "four", "4", "12", "Vier", "minutes", "minute", "Minuten", "Minute", "after", "past",
    "beyond", "the", "90", "ninety", "90th", "th", "minute mark", "had", "passed", "gone", "up",
    "nach", "Ablauf", "der", "regulären", "Spielzeit", "inutes", "inuten", "x", ".", "ſ",
]  # fmt: skip


def _number(word: str, lang: str) -> int | None:
    return {"four": 4, "vier": 4}.get(word.lower()) or (int(word) if word.isdigit() else None)


def _past_ninety_ungated(text: str) -> list:
    found = []
    for match in pastninety.PAST_NINETY.finditer(text):
        added = _number(match.group("n"), "en")
        if added is not None and 0 < added < 20:
            found.append((match.start(), match.end(), 90, added))
    return found


def test_the_past_ninety_gate_changes_no_answer():
    rng = random.Random(19)
    hits = 0
    for _ in range(100_000):
        slots = [_NINETY, ["4", "four", "Vier"], ["minutes", "Minuten", "minute", "inutes"],
                 ["after", "past", "nach", "beyond"], ["the", "Ablauf", "der"], ["90", "ninety"],
                 _NINETY, _NINETY]  # fmt: skip
        text = "90 " + _slotted(rng, slots, _NINETY, 0.8)
        expected = _past_ninety_ungated(text)
        hits += bool(expected)
        assert pastninety.past_ninety(text, "en", _number) == expected, text
    assert hits > 1_000


_PAST_WORDS = [
    "last", "month", "week", "season", "year", "two", "weeks", "months", "years", "ago", "earlier",
    "this", "in the", "vor", "wochen", "monaten", "jahren", "im vormonat", "letzten monat",
    "vergangenen monat", "im vorjahr", "in der vorsaison", "a", "days", "day", "before", "einer",
    "woche", "tagen", "drei tage", "eine woche", "zuvor", "vorher", "davor", "früher", "Früher",
    "LAST", "Ago", "VOR", "x", "İ", "ſ", "ı", ",", "K",
]  # fmt: skip


def test_the_past_clause_gate_changes_no_answer():
    rng = random.Random(19)
    hits = 0
    for _ in range(100_000):
        text = _text(rng, _PAST_WORDS, 6)
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        expected = resultchecks._PAST.search(text, lo, hi)
        hits += expected is not None
        found = resultchecks._past(text, lo, hi)
        assert (found and found.span()) == (expected and expected.span()), (text, lo, hi)
    assert hits > 2_000


def _played_ungated(text: str) -> list:
    found = []
    for key in ("en", "de"):
        if {"en": "played", "de": "gespielt"}[key] in text:
            found += [(m.start(), m.end(), 60) for m in hourmarks._PLAYED[key].finditer(text)]
    return found


def test_the_hour_played_gate_changes_no_answer():
    rng = random.Random(19)
    pieces = ["with", "when", "an", "hour", "an hour", "had been", "played", "als", "nachdem",
              "eine", "Stunde", "eine Stunde", "war", "gespielt", "x", "."]  # fmt: skip
    slots = [
        pieces, ["with", "when", "als", "nachdem"], ["an hour", "eine Stunde", "an"],
        ["had been", "war", "hour", "Stunde"], ["played", "gespielt", "war"], pieces,
    ]  # fmt: skip
    hits = 0
    for _ in range(60_000):
        text = _slotted(rng, slots, pieces, 0.8)
        expected = _played_ungated(text)
        hits += bool(expected)
        assert hourmarks.hour_marks(text + " our", "xx") == expected, text
    assert hits > 200


def _other_by_score_before(pairing, teams: set, text: str):
    fits = [
        i
        for i, m in enumerate(pairing.others)
        if teams and teams <= {m.home, m.away} and m.score is not None
    ]
    if len(fits) < 2 or not any(c.isdigit() for c in text):
        return None
    text = scoredother._HALF_TIME.sub(r"\1", text)
    told = {tuple(sorted((int(a), int(b)))) for a, b in scoredother._SCORE.findall(text)}
    if len(told) != 1:
        return None
    chosen = [i for i in fits if tuple(sorted(pairing.others[i].score)) in told]
    return f"{pairing_module.OTHER}{chosen[0]}" if len(chosen) == 1 else None


def test_the_other_match_by_score_gates_change_no_answer():
    others = [
        SimpleNamespace(home="a", away="b", score=(2, 0)),
        SimpleNamespace(home="b", away="a", score=(1, 1)),
        SimpleNamespace(home="a", away="b", score=(3, 1)),
    ]
    pairing = SimpleNamespace(others=others)
    rng = random.Random(19)
    pieces = ["2", "0", "1", "3", ":", "-", " ", "(", ")", "4", "²", "٣", "x", ".", "on aggregate"]
    for _ in range(100_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        expected = _other_by_score_before(pairing, {"a", "b"}, text)
        assert scoredother.other_by_score(pairing, {"a", "b"}, text) == expected, text


_AHEAD = [
    "to", "into", "set up", "sets up", "a", "an", "the", "semi-final", "semifinals",
    "quarter-final", "final", "FINAL", "fınal", "FİNAL", "meeting", "clash", "against", "with",
    "ins", "in das",
    "Halbfinale", "Finale", "Endspiel", "ENDSPIEL", "endſpiel", "gegen", "den", "winner", "winners",
    "Sieger", "of", "der", "match", "between", "Chelsea", "v", "Barcelona", "und", "x",
]  # fmt: skip


def test_the_next_opponent_gates_change_no_answer():
    rng = random.Random(19)
    hits = [0, 0]
    slots = [["to", "into", "set up", "winner", "Sieger", "ins"], ["a", "the", "of", "das", "der"],
             ["semi-final", "final", "FİNAL", "match", "Finale", "Endspiel", "endſpiel"],
             ["against", "with", "between", "gegen", "Chelsea"], ["the", "v", "den", ""],
             ["", "", "Barcelona", "x"]]  # fmt: skip
    for _ in range(100_000):
        text = _slotted(rng, [_AHEAD, *slots], _AHEAD, 0.85) + rng.choice([" ", "", " Real"])
        lo = rng.choice([0, rng.randint(0, len(text))])
        hi = rng.choice([len(text), len(text) - 1, rng.randint(lo, len(text))])
        winner = nextopponent._WINNER_OF.search(text, lo, hi) is not None
        ahead = nextopponent._ROUND_AHEAD.search(text, lo, hi) is not None
        hits[0] += winner
        hits[1] += ahead
        assert nextopponent._winner_of(text, lo, hi) == winner, (text, lo, hi)
        assert nextopponent._round_ahead(text, lo, hi) == ahead, (text, lo, hi)
    assert min(hits) > 50


def test_tick_heads_are_those_finditer_finds():
    rng = random.Random(19)
    pieces = ["14", "90", "4", "+", "'", "’", " ", "\t", "\n", "\n\n", "x", "GOAL!", "131", "0"]
    hits = 0
    for _ in range(100_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        expected = [
            h.span() for h in tickheads._TICK_HEAD.finditer(text) if 0 < int(h.group("n")) <= 130
        ]
        if "'" not in text and "’" not in text:
            expected = []
        hits += bool(expected)
        assert [h.span() for h in tickheads.tick_heads(text)] == expected, text
    assert hits > 300


def _running_score_before(text: str):
    if not goalcues._DIGIT_PAIR.search(text):
        return None
    found = list(goalcues.SCORE_AFTER.finditer(text))
    if len(found) != 1:
        return None
    groups = [g for g in found[0].groups() if g is not None]
    return int(groups[0]), int(groups[1])


def test_the_running_score_is_read_as_before():
    rng = random.Random(19)
    pieces = [
        "made it", "MADE IT", "make it", "making it", "zum", "Zum", "zur", "fürs", "auf", "das",
        "stand es", "a", "an", "2", "1", "3", "10", ":", "-", " ", "lead", "Lead", "on aggregate",
        "in the series", "ſtand es", "İ", "x", ".",
    ]  # fmt: skip
    hits = 0
    for _ in range(100_000):
        slots = [
            pieces,
            ["made it", "MADE IT", "zum", "Zur", "ſtand es", "a", "an"],
            ["2", "10"],
            [":", "-", " - "],
            ["1", "3"],
            ["lead", " on aggregate", "", ".", "x"],
            pieces,
        ]
        text = _slotted(rng, slots, pieces, 0.8)
        expected = _running_score_before(text)
        hits += expected is not None
        assert goalcues.running_score(text) == expected, text
    assert hits > 5_000


def _led_cues():
    from bot.reports.clauses.cues import _LEG1
    from bot.reports.matches.cues import PENALTIES
    from bot.reports.matches.extratime import _ANOTHER_TIME
    from bot.reports.matches.scorekinds import _RUNNING_AGG
    from bot.reports.text.when import SAME_DAY
    from bot.reports.ties.level import _WON_LEVEL

    keyed = [_LEG1, PENALTIES, SAME_DAY]
    pairs = [(k.folded, lead(folded(k.pattern))) for k in keyed]
    pairs += [(f.low, lead(folded(f.pattern))) for f in (_ANOTHER_TIME, _RUNNING_AGG, _WON_LEVEL)]
    pairs.append((clausepronoun._LOWER_PRONOUN, folded(clausepronoun._SUBORDINATE_PRONOUN)))
    return pairs


def test_the_led_cues_match_as_their_unled_forms():
    rng = random.Random(19)
    for led, plain in _led_cues():
        assert led.pattern != plain.pattern
        words = re.findall(r"[a-zäöüß]+", plain.pattern)  # in the pattern's order
        noise = [" ", "  ", "-", ",", "x", "1", "2", "20", "19", "xx", "'s"]
        hits = 0
        for _ in range(20_000):
            at = rng.randrange(len(words))
            run = " ".join(words[at : at + rng.randint(1, 5)])
            text = _text(rng, noise + words, 2) + " " + run + _text(rng, noise + words, 2)
            expected = [m.span() for m in plain.finditer(text)]
            hits += bool(expected)
            assert [m.span() for m in led.finditer(text)] == expected, (plain.pattern, text)
            lo = rng.randint(0, len(text))
            got, want = led.search(text, lo), plain.search(text, lo)
            assert (got and got.span()) == (want and want.span()), (plain.pattern, text, lo)
        assert hits > 100, plain.pattern


_LED_PATTERNS = [
    ("names.cast", "_GROUND_BEFORE"), ("matches.mainmatch", "_WON_TROPHY"),
    ("matches.describedsides", "_DESCRIBED_BETWEEN"), ("names.described", "_COACHED_EN_GATE"),
    ("matches.pastmention", "_PAST"), ("matches.statushost", "_STATUS_AT"),
    ("matches.subjects", "_TRANSITIVE_DE"), ("goals.movethrough", "_MOVE_THROUGH"),
    ("names.unknownclubs", "_CLUB_WORD"), ("matches.reading", "_CUP_NAMED"),
    ("matches.placecues", "_AT_UNNAMED"),
]  # fmt: skip


def _unled(module, name: str) -> re.Pattern:
    """The `re.compile(...)` a module wraps in `lead(..., always=True)`, compiled as written."""
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == name:
            call = node.value.args[0]
            return eval(compile(ast.Expression(call), module.__file__, "eval"), vars(module))
    raise LookupError(name)


@pytest.mark.parametrize("where, name", _LED_PATTERNS)
def test_the_led_patterns_match_as_written(where, name):
    module = importlib.import_module(f"bot.reports.{where}")
    led, plain = getattr(module, name), _unled(module, name)
    assert led.pattern != plain.pattern
    rng = random.Random(19)
    words = re.findall(r"[A-Za-zÄÖÜäöüßá’']+", plain.pattern)  # in the pattern's order
    noise = [" ", "  ", "-", ",", "x", "1", "Real", "the", "Bayern", "xx", "'s", "\n", "A",
             "as the Bayern side", "at lowly", "at newly-promoted", "at rivals"]  # fmt: skip
    hits = 0
    for _ in range(20_000):
        at = rng.randrange(len(words))
        run = " ".join(words[at : at + rng.randint(1, 6)])
        head = _text(rng, noise + words, 2) + " " + run + rng.choice(["", " ", "  "])
        text = head + _text(rng, noise + words, 2)
        expected = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in led.finditer(text)] == expected, text
        hi = rng.choice([len(head), rng.randint(0, len(text))])
        got, want = led.search(text, 0, hi), plain.search(text, 0, hi)
        hits += bool(expected) + bool(want)
        assert (got and got.span()) == (want and want.span()), (text, hi)
    assert hits > 50


def test_an_unread_leg_is_found_as_before():
    rng = random.Random(19)
    slots = [
        ["first", "Second", "opening", "return", "Hinspiel", "RÜCKSPIEL", "ſecond"],
        ["leg", "-leg", "LEG", "endete", "war"],
        ["finished", "ended", "mit", "ENDED"],
        ["2", "10", "1"],
        ["-", ":", " - "],
        ["0", "3"],
    ]
    pieces = ["the", "x", ".", "leg", "endete", "İ"]
    hits = 0
    for _ in range(50_000):
        text = _text(rng, pieces, 2) + _slotted(rng, slots, pieces, 0.85) + _text(rng, pieces, 2)
        expected = [m.span() for m in unreadleg._LEG_ENDED.finditer(text)]
        hits += bool(expected)
        assert [m.span() for m in unreadleg._LEG_ENDED_LOW.finditer(text)] == expected, text
    assert hits > 200
