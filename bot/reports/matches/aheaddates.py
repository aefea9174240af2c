"""A weekday told of a fixture ahead (`and face Real Madrid in the final in Paris on
Saturday`) dates that fixture, never the match the story opens with."""

from __future__ import annotations

import re

from bot.reports.text.holdsany import holds_any

_CLAUSE_BREAK = re.compile(r"[,;]\s|\s[–—]\s")
_AHEAD = re.compile(
    r"\b(?:will|face|faces|meet|meets|(?:is|are) set to|host|hosts|visit|visits|"
    r"steigt|findet|empfängt|empfangen|gastiert|gastieren)\b",
    re.IGNORECASE,
)
_KEYS = (
    "will", "face", "meet", "set to", "host", "visit", "steigt", "findet", "empfang", "empfäng",
    "gastier",
)  # fmt: skip


_RESULT_BETWEEN = re.compile(r"\b(?:after|following|nach|dank)\b|\d\s?[-:–]\s?\d", re.I)
"""`will play Real Madrid in the final after a 3-1 victory on Wednesday night`: the day
after the result is the result's."""


def told_ahead(text: str, offset: int) -> bool:
    """Whether the clause before the date at `offset` tells a fixture to come."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, offset)]
    clause = text[breaks[-1] if breaks else 0 : offset]
    low = clause.lower()
    if not holds_any(low, _KEYS):
        return False
    ahead = [m.end() for m in _AHEAD.finditer(clause)]
    return bool(ahead) and _RESULT_BETWEEN.search(clause, ahead[-1]) is None


_CARRIED_FROM = re.compile(r"\b(?:from|since|seit)\s+(?:the\s+|last\s+|dem\s+)?$", re.IGNORECASE)
_PRESS_DAY = re.compile(
    r"\b(?:schrieb|schrieben|titelte|titelten|kommentierte|kommentierten|wrote|headlined|"
    r"(?:news)?papers?|Zeitungen|Blätter|Presse)\b[^.;:]{0,40}$"
)
_PRESS_KEYS = ("schrieb", "titelte", "kommentierte", "wrote", "headlined", "paper", "zeitung",
               "blätter", "presse")  # fmt: skip


def told_of_another_day(text: str, offset: int) -> bool:
    """`Bremen, still hungover from Wednesday`, `seit Mittwoch`: a day something was
    carried over from, another game's; `schrieben die englischen Zeitungen am Montag`:
    the day the papers wrote, after the match."""
    if _CARRIED_FROM.search(text, max(0, offset - 12), offset):
        return True
    before = text[max(0, offset - 60) : offset]
    low = before.lower()
    return holds_any(low, _PRESS_KEYS) and _PRESS_DAY.search(before) is not None


_GAME_AHEAD = re.compile(
    r"\bsteh(?:t|en)\s+(?:[\w-]+\s+){0,10}?an\b|\bwartet\b|\bawaits\b|"
    r"\b(?:aufholen|wettmachen|gewinnen|drehen) (?:müsste|müssten|muss|müssen)\b"
)
_A_SCORE = re.compile(r"\d\s?[-:–]\s?\d")


def game_ahead(text: str) -> bool:
    """`Am Mittwoch steht in Amsterdam das Europa-League-Finale gegen Chelsea an`, `the
    final awaits on Wednesday`, `den Rückstand, den Wolfsburg am Samstag aufholen müsste`:
    a sentence of no score telling a game to come, whose day
    is that game's, never a result's."""
    if "steh" not in text and "wartet" not in text and "awaits" not in text and "müss" not in text:
        return False
    return _GAME_AHEAD.search(text) is not None and _A_SCORE.search(text) is None
