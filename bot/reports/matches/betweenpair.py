"""Scores whose sides the words around them give by position, not by a verb:
`Das Hinspiel zwischen Grêmio und Flamengo endete 1:1` (a draw between the two named;
a decided score is not, since which side scored first is not told) and the
scoreboard form `Athletic 0-3 Manchester United was a scoreline ...`."""

from __future__ import annotations

import re

_BETWEEN = re.compile(r"\b(?:zwischen|between)\s+$", re.I)
_DASH = re.compile(r"\s+[–—-]\s+|\s*[–—]\s*")
_JOIN = re.compile(r"^\s+(?:und|and)\s+$", re.I)


def between_pair(doc, sentence, hit, people) -> tuple[str, str] | None:
    """The two sides of a level score named as `between X and Y` before it."""
    if hit.first != hit.second:
        return None
    before = [m for m in people if m.end <= hit.start]
    for first, second in zip(before, before[1:], strict=False):
        if first.team == second.team:
            continue
        lead = doc.text[max(sentence.start, first.start - 12) : first.start]
        if _BETWEEN.search(lead) and _JOIN.match(doc.text[first.end : second.start]):
            return first.team, second.team
    return None


def scoreboard(doc, hit, people, p, o) -> bool:
    """`Athletic 0-3 Manchester United`: the subject named right before the score and the
    other side right after it, so the first number is the subject's."""
    before = [m for m in people if m.end <= hit.start and m.team == p]
    after = [m for m in people if m.start >= hit.end and m.team == o]
    if not before or not after:
        return False
    left, right = before[-1], after[0]
    return (
        not doc.text[left.end : hit.start].strip()
        and not doc.text[hit.end : right.start].strip()
        and not left.genitive
    )


def dash_pair(doc, hit, people) -> tuple[str, str] | None:
    """`... - FC Bayern München - Lazio Rom 3:0 (1:0)`: two sides joined by a dash right
    before the score are a result line, home side and its goals first, wherever the
    line stands in its sentence."""
    before = [m for m in people if m.end <= hit.start]
    if len(before) < 2:
        return None
    first, second = before[-2], before[-1]
    if first.team == second.team or doc.text[second.end : hit.start].strip():
        return None
    if not _DASH.fullmatch(doc.text[first.end : second.start]):
        return None
    return first.team, second.team
