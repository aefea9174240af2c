"""A result told in a clause that is no match the reader found (`sent off in the 2-2 draw
at Camp Nou`) moves the clause away from the match of the team it names."""

from __future__ import annotations

import re

from bot.reports.clauses.cues import _RESULT
from bot.reports.clauses.pairing import Pairing
from bot.reports.text.holdsany import holds_any

_DRAW_OR_WIN = re.compile(
    r"(\d(?<![\d.]\d)\d?)\s?[:-]\s?(\d{1,2})(?![\d.])(?:-\w+)?\s+(?:draw|win|victory|defeat|"
    r"loss|Sieg|Niederlage|Remis|Unentschieden|Erfolg|Pleite)\b",
    re.I,
)


_EARLIER = re.compile(
    r"\b(?:from|after|following|despite|nach|trotz)\s+(?:(?:a|an|the|their|its|dem|einem|der|"
    r"des|eines)\s+)?$",
    re.I,
)


def unread_score(text: str, pairing: Pairing, other: str, named: set[str]) -> bool:
    """ "sent off in the 2-2 draw at Camp Nou ... over Barcelona": the clause tells a result
    that is neither the one match of the team it names nor any other match read ("came
    back from a 3-1 defeat" tells an earlier result, not the clause's own)."""
    match = pairing.match_for(other)
    if match is None or match.score is None or not _RESULT.search(text):
        return False
    told = [
        sorted(map(int, m.groups()))
        for m in _DRAW_OR_WIN.finditer(text)
        if not _EARLIER.search(text, max(0, m.start() - 24), m.start())
    ]
    games = (pairing.main, pairing.leg1, pairing.leg2, *pairing.others)
    return bool(told) and not any(
        m is not None
        and m.score is not None
        and sorted(m.score) in told
        and {m.home, m.away} & named
        for m in games
    )


_OVER_LEGS = re.compile(
    r"\s*(?:on|over|in|nach|im|i\.\s?E\.)?\s*(?:aggregate|two legs|penalt|"
    r"the shoot|Gesamt|Elfmeter|Hin- und)",
    re.I,
)


_RESULT_WORDS = (
    "draw", "win", "victory", "defeat", "loss", "sieg", "niederlage", "remis",
    "unentschieden", "erfolg", "pleite",
)  # fmt: skip


def unread_result(text: str, pairing: Pairing) -> bool:
    """`Earlier this month the replay ended in a 1-0 win for Lennon's side, a goal from
    Wilson`: a clause that names no team and tells a result no read match has (nor its
    shoot-out) is about a match the reader did not find; its goals are none of theirs.
    An aggregate or shoot-out score (`a 3-1 win on aggregate`) is no match's own."""
    if not holds_any(text.lower(), _RESULT_WORDS):
        return False
    told = [
        sorted(map(int, m.groups()))
        for m in _DRAW_OR_WIN.finditer(text)
        if not _EARLIER.search(text, max(0, m.start() - 24), m.start())
        and not _OVER_LEGS.match(text, m.end())
    ]
    if not told:
        return False
    games = (pairing.main, pairing.leg1, pairing.leg2, *pairing.others)
    scores = [
        sorted(s) for m in games if m is not None for s in (m.score, m.penalties) if s is not None
    ]
    return any(score not in scores for score in told)
