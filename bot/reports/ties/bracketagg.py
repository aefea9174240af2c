"""`Bayern Munich 2 Manchester United 1 (agg 3-1)`, `Chelsea 4-2 Barcelona (agg 5-4)`: a
result line's bracket gives the tie's aggregate in the line's own order, home side first."""

from __future__ import annotations

import re

from bot.facts import Match, Tie

_AGG = re.compile(r"\(agg (\d{1,2})[-–](\d{1,2})\s*(?:\)|;|,)")
_NOT_PLAIN = re.compile(r"extra|aet|a\.e\.t|pen|away goals|shoot", re.I)
"""A bracket or line that tells extra time, a shoot-out or away goals is left to the
readers of how a tie was won."""


def bracket_ties(text: str, matches: list[Match], ties: list[Tie]) -> list[Tie]:
    """Ties a result line's `(agg A-B)` states, for pairs no tie was read for: the home
    side's aggregate first, as every such line in the sets writes it; only where each
    side's aggregate is at least its goals in this match and one side is ahead."""
    if "(agg " not in text:
        return []
    known = {frozenset(t.teams) for t in ties}
    out = []
    for match in matches:
        found = _AGG.findall(match.evidence)
        if len(found) != 1 or _NOT_PLAIN.search(match.evidence) or match.neutral:
            continue
        if frozenset((match.home, match.away)) in known or match.leg == 1:
            continue
        home, away = int(found[0][0]), int(found[0][1])
        if home == away or home < match.score[0] or away < match.score[1]:
            continue
        if match.leg is None:
            match.leg = 2
        out.append(
            Tie(
                teams=(match.home, match.away),
                competition=match.competition,
                season=match.season,
                stage=match.stage,
                aggregate={match.home: home, match.away: away},
                winner=match.home if home > away else match.away,
                decided_by="aggregate",
                evidence=match.evidence,
            )
        )
        known.add(frozenset((match.home, match.away)))
    return out
