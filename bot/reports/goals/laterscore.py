"""`Nach dem 2:0 gegen Guinea-Bissau, bei dem Krasso traf, folgte ein 0:1 gegen ...,
Troost-Ekong verwandelte damals einen Foulelfmeter`: a goal told after a later score of
its sentence that no match read has belongs to that unread game, not to the one before."""

from __future__ import annotations

import re

_SCORE = re.compile(r"(\d(?<![\d:.(–-]\d)\d?)[:–-](\d{1,2})(?![\d:.–-])")
_RESULT = re.compile(r"\b(?:ein|einem|a|an)\s+(\d{1,2})[:–-](\d{1,2})\s+(?:gegen|against)\s")
"""A later score told as a game against a side (`folgte ein 0:1 gegen`), not a running one."""


def after_unread_score(text: str, event, matches) -> bool:
    """Whether the last score before `event` in its sentence, not the sentence's first,
    is told as a game against a side and is no read match's score."""
    told = event.evidence
    if ("gegen" not in told and "against" not in told) or len(_SCORE.findall(told)) < 2:
        return False
    start = text.find(told, max(0, event.at - len(told)))
    if start < 0 or not start <= event.at <= start + len(told):
        return False
    before = [s for s in _SCORE.finditer(told) if s.end() <= event.at - start]
    if len(before) < 2 or not (later := _RESULT.search(told, before[-1].start() - 6)):
        return False
    if later.start(1) != before[-1].start():
        return False
    score = sorted(int(n) for n in later.groups())
    return not any(m.score is not None and sorted(m.score) == score for m in matches)
