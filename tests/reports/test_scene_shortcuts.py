"""The minute and clause readers' shortcuts (word gates per minute stretch, tests on the
characters before a name, str.find scans) must find exactly what the plain patterns
find on every report text: they only skip work, never a match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.reports.clauses import minutelists, minutephrases
from bot.reports.clauses import targets as clausetargets
from bot.reports.clauses.asides import PLAYS_FOR
from bot.reports.clauses.minutes import find_minutes

ROOT = Path(__file__).resolve().parents[2]
_FOLDERS = [ROOT / "tests" / "data", ROOT / "seeds", ROOT.parent / "shared" / "reports"]
_ODD = [
    "He struck   four minutes\ninto stoppage time, then two Minuten  später again.",
    "with five minutes\tto go; drei Minuten vor Schluss; 20 minutes in, when he hit",
    "THE 34TH-MINUTE HEADER IN THE 88TH MINUTE, WITH 3 MINUTES OF EXTRA TIME LEFT",
    "in der 12.,  20. und 40. Minute; Müller in der 5. und Kane in der 9. Minute",
    "Goals" + " " * 30 + ": Kane 12, Musiala 40\nTORSCHÜTZEN\t: Kane 3",
    "Er traf (23') und (45+2’) und 9’ später, 3\n' nicht",
]


def _texts() -> list[str]:
    texts = list(_ODD)
    for folder in _FOLDERS:
        for path in sorted(folder.rglob("*.txt")):
            if not path.name.isupper():
                texts.append(path.read_text(encoding="utf-8", errors="replace"))
    return texts + [t.upper() for t in texts] + [t.replace(" ", "  ") for t in texts]


TEXTS = _texts()


def test_corpus_is_there():
    assert len(TEXTS) > 300


@pytest.mark.parametrize("lang", ["en", "de"])
def test_minute_gates_lose_no_minute(lang, monkeypatch):
    gated = [find_minutes(text, lang) for text in TEXTS]
    monkeypatch.setattr(minutephrases, "GATES", {})
    monkeypatch.setattr(minutephrases, "digit_quote", lambda text: True)
    monkeypatch.setattr(minutephrases, "may_list_goals", lambda text: True)
    assert [find_minutes(text, lang) for text in TEXTS] == gated


def test_text_gates_match_their_patterns():
    digit_quote = re.compile(r"['’](?<=\d.)")
    for text in TEXTS:
        assert minutephrases.digit_quote(text) == bool(digit_quote.search(text))
        if minutephrases.GOALS_LINE.search(text):
            assert minutephrases.may_list_goals(text)
        plain = [m.span() for m in minutelists.ORDINAL_NAME_EN.finditer(text)]
        assert [m.span() for m in minutelists.ordinal_names_en(text)] == plain


_BEFORE_NAME = [
    (14, clausetargets._ORIGIN_ENDS, True, None),
    (40, clausetargets._PLAYS_FOR_ENDS, False, PLAYS_FOR),
    (50, clausetargets._STANDINGS_ENDS, True, clausetargets._STANDINGS),
    (40, clausetargets._CAME_FROM_ENDS, True, clausetargets._CAME_FROM),
]


def test_name_gates_pass_wherever_the_pattern_matches():
    samples = TEXTS[:200] + [
        "der Stürmer von  \n  Bayern",
        "finished two points AHEAD OF   the Bayern",
        "returned   FROM\tBayern",
        "FORMERLY OF Bayern",
        "nach seiner Rückkehr aus Bayern, der Wechsel vom Bayern, seine Leihe aus dem Bayern",
        "der ehemaligen Bayern, ex- Bayern, drei Punkte vor dem Bayern, stayed above Bayern",
        "der Flügelstürmer des Bayern, the midfielder at the Bayern, Kapitän beim Bayern",
    ]
    for text in samples:
        for word in re.finditer(r"(?<=\W)\w", text):
            start = word.start()
            for reach, ends, fold, pattern in _BEFORE_NAME:
                if pattern is None:
                    hit = clausetargets._ORIGIN.search(text[max(0, start - reach) : start])
                else:
                    hit = pattern.search(text, max(0, start - reach), start)
                if hit:
                    assert clausetargets._ends(text, start, reach, ends, fold=fold), text[
                        max(0, start - reach) : start
                    ]
