"""`Hazard set up Pedro for the second`, `teed up Saka for the opener`, `hooked it across
for Gallas to head in`: the player set up for a goal named by its place or kind, or to
finish it, is its scorer, the one who set him up the provider."""

from __future__ import annotations

import re

_BEFORE = re.compile(r"\b(?:set|sets|setting|teed|tees|teeing)\s+up\s+$", re.I)
_AFTER = re.compile(
    r"\s+for\s+(?:the|his|her|their|a|an)\s+(?:[\w-]+\s+)?"
    r"(?:opener|second|third|fourth|fifth|sixth|equali[sz]er|winner|leveller|goal)\b",
    re.I,
)
CUE = (
    r"(?:set|teed) up (?:[\w'’.-]+ ){1,3}for (?:the|his|her|their|a|an) (?:[\w-]+ )?"
    r"(?:opener|second|third|fourth|fifth|sixth|equali[sz]er|winner|leveller|goal)\b"
)
"""The goal cue, for goalcues.GOAL (keyed by `set up`, `teed up`)."""


_FINISH = (
    r"(?:head|nod|tap|fire|slot|volley|prod|poke|side-foot|stab|smash|sweep|bundle|drill|"
    r"rifle|lash|steer|turn)(?: (?:it|the ball))? (?:in|home|into)\b"
)
_FOR_TO = re.compile(r"\s+to\s+(?:" + _FINISH + ")", re.I)
FOR_TO_CUE = r"\bfor (?-i:[A-Z])[\w'’.-]*(?: [\w'’.-]+){0,2} to (?:" + _FINISH + ")"
"""The goal cue `for X to head in` (keyed by `to `)."""
CUES = CUE + "|" + FOR_TO_CUE


def set_up_for(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is the one set up for a goal or to finish it."""
    if text[max(0, start - 4) : start] == "for " and _FOR_TO.match(text, end):
        return True
    if not _AFTER.match(text, end):
        return False
    return bool(_BEFORE.search(text, max(0, start - 16), start))
