"""`Weil das Hinspiel im Camp Nou torlos geendet hatte, zog Barça ins Finale ein`, in a
report on that final: a leg whose own sentence tells a side going through to the final
was played in the round before it, so its other side is not the final's opponent, whom
the reader would otherwise lend it from the story."""

from __future__ import annotations

import re

from bot.reports.matches.reading import Reading
from bot.reports.text.document import Document

_INTO_FINAL = re.compile(
    r"\b(?:ins|in das) (?:Finale|Endspiel)\b|\bFinaleinzug\b|\bEndspiel erreicht\w*|"
    r"\bFinale erreicht\w*|\b(?:into|to|reach\w*|made) the final\b",
    re.I,
)
_KEYS = ("finale", "endspiel", "final")


def leg_before_final(doc: Document, r: Reading, main: Reading | None) -> bool:
    """Whether `r`, a leg of the main final's pair that its sentence names with only one
    of the two sides, is told as the way into that final (so its pair is a guess)."""
    if main is None or r is main or r.leg is None or main.stage != "final":
        return False
    if set(r.teams()) != set(main.teams()):
        return False
    low = r.sentence.text.lower()
    if not any(key in low for key in _KEYS) or not _INTO_FINAL.search(r.sentence.text):
        return False
    named = {m.team for m in doc.mentions_in(r.sentence)}
    return not set(r.teams()) <= named
