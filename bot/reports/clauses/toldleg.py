"""A sentence in the pluperfect right after one about the other leg goes on telling that
leg: `Das Hinspiel ... war 1:1 ausgegangen. Ronaldo hatte kurz vor der Pause getroffen,
David Neres gleich nach Wiederanpfiff ausgeglichen.`"""

from __future__ import annotations

import re

from bot.reports.clauses.pairing import LEG1, LEG2, MAIN, Pairing
from bot.reports.clauses.scenes import Scene
from bot.reports.clauses.targets import mentions_in_span
from bot.reports.text.document import Document

_PLUPERFECT = re.compile(r"[Hh][Aa](?<!\w[Hh][Aa])(?:[Dd]|[Tt][Tt][Ee]|[Tt][Tt][Ee][Nn])\b")
"""`\\b(?:had|hatte|hatten)\\b` with re.I, spelt out in both cases (no other character
folds onto these letters) and opened on the letter h, the word boundary asked by a
look-behind once `ha` stands: `re` skips in C to an h, and the matches are the same."""
_PLUPERFECT_REACH = 60
"""The pluperfect must open the sentence's first clause, so it is the sentence's own tense."""


def carry_told_leg(doc: Document, scenes: list[Scene], pairing: Pairing) -> None:
    """Give the other leg the clauses of such sentences (all of them MAIN before); a
    sentence naming a team outside the pair, or with a clause already elsewhere, stays."""
    main = pairing.main
    if main is None or main.leg not in (1, 2):
        return
    other = LEG1 if main.leg == 2 else LEG2
    if pairing.match_for(other) is None or pairing.match_for(other) is main:
        return
    for before, scene in zip(scenes, scenes[1:], strict=False):
        if before.paragraph != scene.paragraph or not scene.clauses:
            continue
        if other not in [c.target for c in before.clauses]:
            continue
        if any(c.target != MAIN for c in scene.clauses) or scene.negative:
            continue
        first = scene.clauses[0]
        if not _PLUPERFECT.search(first.text[:_PLUPERFECT_REACH]):
            continue
        span = mentions_in_span(doc, scene.sentence.start, scene.sentence.end)
        if any(m.team not in pairing.teams for m in span):
            continue
        for clause in scene.clauses:
            clause.target = other
