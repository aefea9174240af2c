"""`Chelsea's semi-final against Djurgarden was settled in the first leg in Stockholm,
where they won 4-1. They won the second leg 1-0 at Stamford Bridge`: a second leg told
right after a first leg, naming no team and told by a pronoun or by the leg itself, is
that same pair's other leg (never the story's main pair's, which a passing tie follows)."""

from __future__ import annotations

import re

from bot.reports.matches import cues

_OPENS = re.compile(
    r"\s*(?:(?:and|but|und|aber|doch)\s+)?(?:they|sie|(?:the|das|im)\s+(?:second[- ]leg|"
    r"return leg|rückspiel))\b",
    re.I,
)


def second_leg_of_last(sentence, state) -> tuple[str, str] | None:
    """The pair of the first leg told in the sentence before, for a second leg opened
    by `They`/`Sie` or by the leg (`The second leg ended 2-2`, `Das Rückspiel endete`)."""
    before = state.index - 1
    if not state.pair or before < 0 or before not in state.scored:
        return None
    if not _OPENS.match(sentence.text):
        return None
    here = [m.group("two") for m in cues.LEG.finditer(sentence.text)]
    told = [m for m in cues.LEG.finditer(state.doc.sentences[before].text)]
    if not here or not all(here) or not told or not any(m.group("one") for m in told):
        return None
    return state.pair
