"""Minute phrases on their own, as the goal and card readers see them."""

from __future__ import annotations

import pytest

from bot.reports.clauses.minutes import find_minutes, number


def minutes(text: str, lang: str) -> list[tuple]:
    return [(m.minute, m.added, m.relative) for m in find_minutes(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("traf zum 1:0 (31.)", "de", [(31, None, None)]),
        ("drückte den Ball über die Linie (90.+1)", "de", [(90, 1, None)]),
        ("Coutinho traf doppelt (85., 89.)", "de", [(85, None, None), (89, None, None)]),
        ("1:1 Gündogan (68., Foulelfmeter)", "de", [(68, None, None)]),
        ("nahm in der 16. Minute Maß", "de", [(16, None, None)]),
        ("traf in der neunten Minute", "de", [(9, None, None)]),
        ("in der dritten Minute der Nachspielzeit", "de", [(90, 3, None)]),
        ("in der zweiten Minute der Nachspielzeit der Verlängerung", "de", [(120, 2, None)]),
        ("in der ersten Minute der Nachspielzeit der ersten Halbzeit", "de", [(45, 1, None)]),
        (
            "in der ersten Minute der Nachspielzeit der ersten Halbzeit der Verlängerung",
            "de",
            [(105, 1, None)],
        ),
        ("Vier Minuten später erhöhte er", "de", [(None, None, 4)]),
        ("scored in the 84th minute", "en", [(84, None, None)]),
        ("equalized in the 35th, then", "en", [(35, None, None)]),
        ("headed in the ninth minute", "en", [(9, None, None)]),
        ("his ninth-minute header", "en", [(9, None, None)]),
        ("in the first minute of stoppage time at the end of the half", "en", [(45, 1, None)]),
        ("in the second minute of stoppage time before half-time", "en", [(45, 2, None)]),
        ("a twenty-third-minute penalty", "en", [(23, None, None)]),
        ("a last-minute winner", "en", []),
        ("struck twice, in the 9th and 41st minute", "en", [(9, None, None), (41, None, None)]),
        ("in the sixth minute of stoppage time", "en", [(90, 6, None)]),
        ("in the second minute of first-half stoppage time", "en", [(45, 2, None)]),
        ("a late winner, 90+6, sealed it", "en", [(90, 6, None)]),
        ("Two minutes later he struck again", "en", [(None, None, 2)]),
        ("A minute later, in stoppage time", "en", [(None, None, 1)]),
        ("The Belgian needed only seven minutes to score", "en", [(7, None, None)]),
        ("scored in the 95th minute of extra time", "en", [(95, None, None)]),
    ],
)
def test_minute_phrases(text, lang, expected):
    assert minutes(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Barcelona scored three times from the 88th minute on", "en"),
        ("mit 3:0 (0:0) gewonnen, Halbzeit (1:1, 1:0)", "de"),
        ("his 42nd goal in 48 appearances", "en"),
        ("binnen sechs Minuten auf 3:1", "de"),
        ("the last minute of the game", "en"),
    ],
)
def test_ranges_scores_and_counts_are_no_minutes(text, lang):
    assert find_minutes(text, lang) == []


def test_substitution_brackets_are_not_goal_brackets():
    found = find_minutes("Ribery (90.+1 Luiz Gustavo), Mandzukic (90. Gomez)", "de")
    assert not [m for m in found if m.paren]


def test_number_words_in_both_languages():
    assert number("seven", "en") == 7
    assert number("ninth", "en") == 9
    assert number("neunten", "de") == 9
    assert number("vier", "de") == 4
    assert number("Drei", "de") == 3
    assert number("last", "en") is None


_UNITS = "ein zwei drei vier fünf sechs sieben acht neun".split()
_TENS = "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig".split()
_TEENS = "zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn".split()


def _german_numerals() -> list[tuple[str, int]]:
    words = [("null", 0), ("eins", 1)]
    words += [(w, i) for i, w in enumerate(_UNITS[1:], 2)]
    words += [(w, i) for i, w in enumerate(_TEENS, 10)]
    for t, tens in enumerate(_TENS, 2):
        words.append((tens, 10 * t))
        words += [(f"{unit}und{tens}", 10 * t + u) for u, unit in enumerate(_UNITS, 1)]
    return words


def test_every_german_number_word_up_to_ninety_nine_is_read():
    """German words skip the (slow) German parse unless they hold a number stem: no number
    word may lack one, or "in der dreiundachtzigsten Minute" would lose its minute."""
    for word, value in _german_numerals():
        assert number(word, "de") == value, word
        assert number(word.capitalize(), "en") == value, word
        ordinal = word + ("ste" if value >= 20 else "te")
        if value in (1, 3, 7, 8):
            ordinal = {1: "erste", 3: "dritte", 7: "siebte", 8: "achte"}[value]
        if value:
            assert number(ordinal, "de") == value, ordinal
            found = find_minutes(f"traf in der {ordinal}n Minute", "de")
            assert [m.minute for m in found] == ([value] if value <= 130 else []), ordinal
