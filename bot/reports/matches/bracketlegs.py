"""A tie's two legs told in brackets after the opponent, each with its ground:
`gegen den FC Villarreal (0:1 in Spanien, 1:1 daheim)`, `against Sevilla (0-1 away,
1-1 at home)`. Such a bracket follows a name, not a score, so it holds no half-time
score (`3:2 (2:0)`): each of its scores is a leg's result, told from the side the
sentence is about."""

from __future__ import annotations

import re

_SCORE = r"\d{1,2} ?[:–-] ?\d{1,2}"
_GROUND = (
    r"(?:in\s+(?:der\s+|the\s+)?[A-ZÄÖÜ][\w-]+|at\s+(?:the\s+)?[A-Z][\w-]+|"
    r"(?i:at home|away|abroad|daheim|zu hause|zuhause|auswärts|in der fremde|"
    r"im eigenen stadion))"
)
_LEG = _SCORE + r"\s+" + _GROUND + r"[^()\d,;]{0,30}?"
_BRACKET = re.compile(
    r"(?<=[A-Za-zÄÖÜäöüß.])\s*\(\s*" + _LEG + r"\s*[,;]\s*(?:und\s+|and\s+)?" + _LEG + r"\s*\)"
)


def bracketed_leg(before: str, after: str) -> bool:
    """Whether a score inside brackets is one of two legs told after a name (the
    opponent's), each leg's score followed by its ground."""
    opened = before.rfind("(")
    closed = after.find(")")
    if opened < 1 or closed < 0 or closed > 80 or len(before) - opened > 60:
        return False
    start = opened - 1
    while start > 0 and before[start].isspace():
        start -= 1
    told = before + "0:0" + after  # the score itself is not passed in
    found = _BRACKET.match(told, start + 1)
    return found is not None and found.end() == len(before) + 3 + closed + 1


_NAMED_BRACKET = re.compile(r"[A-ZÄÖÜ][\w.'’-]*\s*\(\s*$")
_AGAINST = re.compile(r"\b(?:gegen|against)\s+(?:[^.;:!?()]|(?<=\d)\.|\.(?=\w))*$")


def named_result(before: str, after: str) -> bool:
    """`bei den Heimsiegen gegen Atlanta United (4:0) und Orlando City (3:1)`, `after
    defeats against Everton (0-2) and Leeds (1-3)`: a bracket holding only a score right
    after a name told after `gegen`/`against` is that game's result, not a half-time
    score (which follows a score)."""
    if not after.lstrip().startswith(")") or not _NAMED_BRACKET.search(before[-40:]):
        return False
    return _AGAINST.search(before[-120:].rstrip()[:-1].rstrip()) is not None


def named_bracket_fits(text: str, hit, people, p: str | None, o: str | None) -> bool:
    """A result read from `gegen X (4:0)` is told against X, from a side named before X:
    any other reading of it (a side named after the bracket) is a wrong guess."""
    if not _OPEN_BEFORE.search(text, max(0, hit.start - 3), hit.start):
        return True
    named = [m for m in people if m.end <= hit.start]
    if not named or text[named[-1].end : hit.start].strip() != "(":
        return True
    return o == named[-1].team and any(m.team == p for m in named[:-1])


_OPEN_BEFORE = re.compile(r"\(\s*$")
