"""`TURIN — ...` then `MANCHESTER — ...`: a round-up tells each match under a dateline of
its own. A section that names teams, none of them the main match's, tells another match:
its clauses read as the main match's (a goal with no team named, `Raheem Sterling scored
in the ninth minute`) are that other match's, so no goal or card of it goes to the main
one (set 43 put City's opener into Juventus-Lyon)."""

from __future__ import annotations

import re

from bot.reports.clauses.pairing import Pairing
from bot.reports.clauses.scenes import FOREIGN, MAIN, Scene
from bot.reports.clauses.targets import mentions_in_span
from bot.reports.text.document import Document

_DATELINE = re.compile(
    r"^[ \t]*[A-ZÄÖÜ][A-ZÄÖÜ.' -]{2,40}?(?:,[^\n—–]{1,30})?[ \t]+[—–][ \t]+", re.M
)
"""A paragraph opening on a place in capitals and a dash (`MANCHESTER — `)."""


def _dashed_lines(text: str) -> list[int]:
    """The starts of the lines holding a dash, in order. A dateline match holds no newline
    and opens at a line's start (`^`, re.M), so finditer finds a match exactly at each of
    these starts where `_DATELINE.match` finds one (resuming after a match on one line, it
    tries the next line's start next): a line with no dash holds none, and most of a
    report's lines have no dash."""
    starts: list[int] = []
    for dash in "—–":
        at = text.find(dash)
        while at != -1:
            line = text.rfind("\n", 0, at) + 1
            starts.append(line)
            end = text.find("\n", at)
            if end == -1:
                break
            at = text.find(dash, end)
    return sorted(set(starts))


def _sections(text: str) -> list[tuple[int, int]]:
    """The spans from each dateline to the next, where a text has two or more."""
    if "—" not in text and "–" not in text:
        return []
    starts = [at for at in _dashed_lines(text) if _DATELINE.match(text, at)]
    if len(starts) < 2:
        return []
    return list(zip(starts, starts[1:] + [len(text)], strict=True))


def mark_other_sections(doc: Document, scenes: list[Scene], pairing: Pairing) -> None:
    """Clauses read as the main match's in a dateline section of other teams: foreign."""
    if pairing.main is None:
        return
    own = {pairing.main.home, pairing.main.away}
    for start, end in _sections(doc.text):
        teams = {m.team for m in mentions_in_span(doc, start, end)}
        if not teams or teams & own:
            continue
        for scene in scenes:
            if start <= scene.sentence.start < end:
                for clause in scene.clauses:
                    if clause.target == MAIN:
                        clause.target = FOREIGN
