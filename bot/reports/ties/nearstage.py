"""`knocking out Shanghai SIPG in the semi-finals, having overturned ... Kawasaki
Frontale in the last eight`: where a tie's sentence names several rounds, the tie's is
the one in the clause that names its other side."""

from __future__ import annotations

import re

from bot.reports.matches import cues

_CLAUSE = re.compile(r"[,;:]\s|\s[–—]\s")


def clause_stage(doc, tie, stages: set) -> str | None:
    sentence = next((s for s in doc.sentences if s.text == tie.evidence), None)
    if sentence is None or len(stages) < 2:
        return None
    cuts = [0, *(m.end() for m in _CLAUSE.finditer(sentence.text)), len(sentence.text)]
    found = set()
    for start, end in zip(cuts, cuts[1:], strict=False):
        clause = sentence.text[start:end]
        named = {
            m.team for m in doc.mentions_in(sentence) if start <= m.start - sentence.start < end
        }
        told = {stage for _, stage in cues.stage_at(clause)}
        if len(told) == 1 and set(tie.teams) & named:
            found |= told
    return found.pop() if len(found) == 1 else None
