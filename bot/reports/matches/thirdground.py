"""`West Ham ... winning 1-0 at Old Trafford ..., and the result sent Sheffield United
down`: a score whose clause names the ground of a club that is neither of its sides was
not played between them, save in a final (a club's ground may host one) or between
national teams."""

from __future__ import annotations

import re

from bot.reports.names.stadiums import stadiums_in
from bot.teams.curated import curated

_NATIONAL = frozenset(team.id for team, _ in curated() if team.kind == "national")
"""A national team plays at clubs' grounds (a tournament's, a friendly's): no third ground."""

_PLACE_WORDS = (" at ", " in ", " im ", " an der ", " auf ", " bei ")
_FINAL = re.compile(
    r"\b(?:finals?(?!\s+(?:day|matchday|weekend|round|game of the))|finale|endspiel|"
    r"showpiece|championship game|semi-finals?|halbfinale?)\b",
    re.I,
)
_AS_OPPONENT = re.compile(
    r"\b(?:gegen|against|over|über|vs\.?|versus|beat|besiegte)\s+(?:de[nmr]\s+|the\s+)?$", re.I
)


def third_ground(clause: str, sentence_text: str, sides: tuple[str, str]) -> bool:
    """Whether `clause` names the ground of a club other than `sides`, in a sentence that
    names no final."""
    if not any(word in clause for word in _PLACE_WORDS) or _NATIONAL.intersection(sides):
        return False
    if not any(team not in sides for team in stadiums_in(clause)):
        return False
    return _FINAL.search(sentence_text) is None


def ground_beyond(sentence, bounds: tuple[int, int], p: str, candidate) -> bool:
    """Whether a team named after the score's clause (`bounds`, document offsets), and not
    as an opponent (`gegen den FC Barcelona`), is no side of a score whose clause names a
    third club's ground."""
    if candidate.start < bounds[1]:
        return False
    clause = sentence.text[bounds[0] - sentence.start : bounds[1] - sentence.start]
    if not third_ground(clause, sentence.text, (p, candidate.team)):
        return False
    at = candidate.start - sentence.start
    return _AS_OPPONENT.search(sentence.text, max(0, at - 24), at) is None
