"""Where a sentence splits into clauses: at the clause marks of `cues._SPLIT`, never
inside parentheses or a timed list of names (`Müller (12., 34.), Kane (50.)`)."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.reports.clauses.cues import _PAREN, _SPLIT
from bot.reports.clauses.timedlist import inside_timed_list
from bot.reports.text.holdsany import holds_any

_AFTER_MARK = (
    r"(?:(?<!\dst,)(?<!\dnd,)(?<!\drd,)(?<!\dth,)(?<!\d\.,)|"
    r"(?!\s+\d{1,3}(?:st|nd|rd|th|\.)[\s,]))\s+"
)
_AFTER_SPACE = (
    r"\s*(?:[—–]\s+|-\s+|(?=(?:after|before|when|while|but|"
    r"as|nachdem|ehe|bevor|während|weil)\s)(?<!minutes\s)(?<!seconds\s)"
    r"(?!(?:after|before)\s+(?:half-?time|the\s+(?:break|interval|restart|end)|full[- ]time)\b))"
)
_AFTER_SPACE_FAST = (
    r"\s*+(?:[—–\-]\s+|(?=(?:a(?:fter|s)|b(?:efore|ut|evor)|w(?:hen|hile|ährend|eil)|nachdem|"
    r"ehe)\s)(?<!minutes\s)(?<!seconds\s)"
    r"(?!(?:after|before)\s+(?:half-?time|the\s+(?:break|interval|restart|end)|full[- ]time)\b))"
)
_PRINTABLE_SPLIT = (
    re.compile(f" {_AFTER_SPACE_FAST}|,{_AFTER_MARK}|;{_AFTER_MARK}|:{_AFTER_MARK}")
    if _SPLIT.pattern == rf"[,;:\s](?:(?<=[,;:]){_AFTER_MARK}|(?<=\s){_AFTER_SPACE})"
    else None
)
r"""`_SPLIT` for a text whose only white space is " " (`str.isprintable()`: every other
character `\s` matches is a control or separator character, which it refuses): the
same matches, a third cheaper on the reports. `_SPLIT` opens with a class of a category, tested
character by character; this opens with four plain characters, one alternative each,
to which `re` skips by a table. After the first character each alternative is `_SPLIT`'s
own (only one of its two can follow a given character), the space's rewritten: `\s*+`
(what follows a run of spaces opens with a dash or a letter, so giving back a space
never helps), the two dash branches as one class, and the conjunctions grouped by first
letter (a look-ahead only asks whether one of them stands there). Built only while
`_SPLIT` reads as the pieces above."""


_SHOT_ASIDE = re.compile(
    r"(?:'s|’s|\bwhose) (?:[\w-]+ ){0,2}?(?:shot|drive|header|strike|volley|effort)(,) "
    r"(?:not )?(?:[a-z]+ly )?(?:struck|hit|mishit|miscued|scuffed|sliced|skewed)(,) "
)
"""`Jelavic's shot, not cleanly struck, crept past Forster`: an aside on how the shot was
struck is no clause of its own, so the shot and where it went stay one clause."""
_SHOT_ASIDE_KEYS = (" struck,", " hit,", "cued,", "scuffed,", "sliced,", "skewed,")


def _aside_commas(text: str) -> frozenset[int]:
    # holds_any, not a generator: asked of every sentence (about 18 a read, 7 resumes each)
    if not holds_any(text, _SHOT_ASIDE_KEYS):
        return frozenset()
    found = [m for m in _SHOT_ASIDE.finditer(text)]
    return frozenset(at for m in found for at in (m.start(1), m.start(2)))


def split_clauses(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of clauses, not split inside parentheses; goals and cards both ask."""
    return _split_clauses(text)


@lru_cache(maxsize=4096)
def _split_clauses(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    start = 0
    parens = [(m.start(), m.group()) for m in _PAREN.finditer(text)] if "(" in text else []
    seen = depth = 0
    kept = _aside_commas(text)
    split = _PRINTABLE_SPLIT if _PRINTABLE_SPLIT is not None and text.isprintable() else _SPLIT
    for match in split.finditer(text):
        cut, end = match.span()
        while seen < len(parens) and parens[seen][0] <= cut:
            depth = depth + 1 if parens[seen][1] == "(" else max(0, depth - 1)
            seen += 1
        if depth or inside_timed_list(text, cut, end) or cut in kept:
            continue
        if cut > start:
            spans.append((start, cut))
        start = end
    if start < len(text):
        spans.append((start, len(text)))
    return tuple(spans)
