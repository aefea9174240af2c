"""A tie told by its winner and how it was won, with a verb that alone tells only a
match won: `beat Seongnam on penalties`, `had squeezed past Roma on away goals`,
`needed a penalty shoot-out to get past Red Star`, `schalteten den Karlsruher SC
aufgrund der Auswärtstorregel aus`. The how (a shoot-out, away goals) is what makes
the beaten side a tie's loser, so the verb counts as one of going through only in a
sentence without a score that names it."""

from __future__ import annotations

import re

from bot.reports.text.digits import DIGIT_PAIR
from bot.reports.text.holdsany import holds_any

_SCORE = DIGIT_PAIR  # `\d\s?[:-]\s?\d`, found from its mark (text/digits)
_HOW_KEYS = ("penalt", "shoot", "away", "elfmeterschießen", "auswärtstor")
_HOW = re.compile(
    r"\bon (?:penalties|spot[- ]kicks|away goals|the away[- ]goals? rule)\b|"
    r"\bpenalty shoot-?out\b|\bin a shoot-?out\b|"
    r"\b(?:im|nach|per) Elfmeterschießen\b|"
    r"\b(?:aufgrund|wegen|dank) der (?:mehr erzielten )?Auswärtstor\w*",
    re.I,
)
_WIN_VERB = re.compile(
    r"\b(?:beat|beating|(?:got|get|getting|squeezed|squeezing|edged|edging|slipped|"
    r"slipping|scraped|scraping) past|edged out|edging out|saw off|seeing off|"
    r"overcame|overcoming)\b",
    re.I,
)
_ONE_MATCH = re.compile(
    r"(?<![-\w])(?:final|finale|endspiel)\b|\b(?:trophy|title|titel|pokal|trophäe)\b", re.I
)
"""`Chelsea won the trophy in 2012 by beating Bayern Munich on penalties`: a final or a
trophy won is one match, not a tie, so its shoot-out names no tie's winner."""
_OUT_SEPARABLE = re.compile(r"\bschaltet(?:e|en)?\s+(?:[^\s,;]+\s+){1,8}?aus\b", re.I)
_AUS = re.compile(r"aus\b", re.I)
HINTS = ("penalt", "shoot", "away goal", "away-goal", "elfmeterschießen", "auswärtstor")
"""Lower-case words one of which each sentence read here holds (see gate)."""


def how_won_words(text: str) -> list:
    """The verbs of winning a tie by a stated how, in a sentence without a score: each
    taken at a point past its subject (a German separable verb at its `aus`, so a
    subject after the verb stands before it, as for `setzte sich ... durch`)."""
    low = text.lower()
    if not holds_any(low, _HOW_KEYS) or _SCORE.search(text):
        return []
    if _HOW.search(text) is None or _ONE_MATCH.search(text):
        return []
    found = list(_WIN_VERB.finditer(text))
    if "schalt" in low:
        found += [_AUS.match(text, m.end() - 3) for m in _OUT_SEPARABLE.finditer(text)]
    return found


_PRONOUN_SUBJECT = re.compile(r"\b(?:they|sie)\b", re.I)
_OBJECT_ARTICLE = re.compile(r"\bden\s+$")


def pronoun_winner(text: str, start: int, pos: int, end: int, subject: str | None) -> str | None:
    """`Before that, they had squeezed past Roma on away goals`, `Im Viertelfinale
    setzten sie sich gegen Eintracht Frankfurt erst im Elfmeterschießen durch`: a clause
    naming no side before its verb of going through, whose subject is `they`/`sie` and
    which tells how the tie was won, is the story's subject's. (Without the how, as in
    `They had eliminated Medellin in the semifinals`, the pronoun is left alone.)"""
    if subject is None or _HOW.search(text, start, end) is None:
        return None
    return subject if _PRONOUN_SUBJECT.search(text, start, pos) else None


def accusative(text: str, at: int) -> bool:
    """`schaltete Leverkusen den AC Mailand aus`: a side after `den` is no subject."""
    return _OBJECT_ARTICLE.search(text, max(0, at - 5), at) is not None


def possessive(text: str, m) -> bool:
    """`beat South Korea's Seongnam on penalties`, `Monterreys`: a side named as the
    owner of another name is no side of the tie (the beaten side is the one it owns,
    which the reader may not know)."""
    return m.genitive or text.startswith(("'s ", "’s "), m.end)


_JOINED_OBJECT = re.compile(
    r"\s+(?:und|sowie)\s+(?:(?:im|in der|in|am)\s+[\w-]+\s+)?(?:(?:auch|dann)\s+)?den\s+$"
)


def objects_only(text: str, plain: list, clause: list) -> list:
    """`hatte ... die AS Rom und im Halbfinale den AJ Auxerre ausgeschaltet`: a side
    joined by `und` to one after `den` is an object as well, not the subject."""
    objects = [m for m in clause if accusative(text, m.start)]
    return [
        m
        for m in plain
        if not any(
            m.end < o.start and _JOINED_OBJECT.fullmatch(text, m.end, o.start) for o in objects
        )
    ]
