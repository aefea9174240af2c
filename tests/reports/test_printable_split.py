"""The clause splitter's form for text whose only white space is the space finds the
same cuts as `_SPLIT` (and is in use: it is built only while `_SPLIT` reads as its pieces)."""

from __future__ import annotations

from bot.reports.clauses.cues import _SPLIT
from bot.reports.clauses.splitting import _PRINTABLE_SPLIT
from tests.reports.test_fast_paths import SENTENCES


def test_the_printable_form_is_built():
    assert _PRINTABLE_SPLIT is not None


def test_the_printable_form_cuts_where_the_splitter_does():
    checked = 0
    extra = [
        "He scored in the 12th, 40th and 71st minutes, after the break - a treble",
        "Sie führten, bevor Müller  — nach 80 Minuten  während der Pause traf; dann: 2:1",
        "level after 90 minutes after extra time, as  they had before half-time",
    ]
    for sentence in [*SENTENCES, *extra]:
        if sentence.isprintable():
            got = [m.span() for m in _PRINTABLE_SPLIT.finditer(sentence)]
            assert got == [m.span() for m in _SPLIT.finditer(sentence)], sentence
            checked += 1
    assert checked > 50


def test_the_printable_clause_breaks_are_the_class_led_ones():
    from bot.reports.text.clausecuts import _CLAUSE_BREAK, _PRINTABLE_BREAK

    for sentence in [*SENTENCES, "A - B – C — D, E; F  - G,H ;I"]:
        if sentence.isprintable():
            got = [m.span() for m in _PRINTABLE_BREAK.finditer(sentence)]
            assert got == [m.span() for m in _CLAUSE_BREAK.finditer(sentence)], sentence
