"""A goal told by its noun with the time, its scorer in the when-clause after (`The
equalizer came in the 64th minute, when forward Robbie Findley beat goalkeeper Donovan
Ricketts`, a German `als` clause ending on its verb is read by the goal verb itself)."""

from __future__ import annotations

import re

from bot.reports.goals import cues as goalcues
from bot.reports.goals.scorers import candidates

_GOAL_SUBJECT = re.compile(
    r"\s*(?:The|Der|Die|Das|His|Their|Sein|Ihr)\s+(?:[\w-]+\s+)?(?i:equali[sz]er|winner|opener|"
    r"goal|breakthrough|Ausgleich|Ausgleichstreffer|Siegtreffer|Führungstreffer|Tor|Treffer|"
    r"Anschlusstreffer)\s+(?:came|arrived|followed|fell|fiel|folgte)\b"
)
_WHEN_LEAD = re.compile(r"\s*(?:when|as|als)\s+(?:(?:the|der)\s+)?(?:[a-zäöü-]+\s+)?$")
_FINISH = re.compile(
    r"\s*(?:(?:then|finally|dann|schließlich)\s+)?(?:beat|überwand|bezwang)\b", re.I
)


def when_finisher(reader, index: int) -> str | None:
    """The scorer named at the head of the when-clause right after clause `index`, when
    that clause is a goal told by its noun (`The equalizer came ...`) and the when-clause
    names no one else who may have done it (`when X headed on and Y bundled in`)."""
    clauses = reader._sentence.clauses
    if index + 1 >= len(clauses) or not _GOAL_SUBJECT.match(clauses[index].text):
        return None
    following = clauses[index + 1]
    text = reader.doc.text
    found = [c for c in candidates(reader.cast, following) if c.name]
    if not found or not found[0].eligible or any(c.eligible for c in found[1:]):
        return None
    first = found[0]
    if not _WHEN_LEAD.fullmatch(text[following.start : first.start]):
        return None
    after = text[first.end : min(following.end, first.end + 40)]
    verb = goalcues.GOAL[reader.lang].search(after)
    if not _FINISH.match(after) and (verb is None or after[: verb.start()].strip()):
        return None
    return reader.cast.full_name(first.name)
