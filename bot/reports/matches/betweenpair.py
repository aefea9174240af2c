"""`Das Hinspiel zwischen Grêmio und Flamengo endete 1:1`, `the first leg between Ajax and
Juventus finished 1-1`: a draw told of the two sides named by `between` is theirs; a
decided score is not, since which side scored first is not told."""

from __future__ import annotations

import re

_BETWEEN = re.compile(r"\b(?:zwischen|between)\s+$", re.I)
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
