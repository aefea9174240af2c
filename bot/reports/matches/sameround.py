"""Whether a result told beside the main match can have been played in its round."""

from __future__ import annotations

from bot.reports.matches.reading import Reading


def same_round_possible(main: Reading, r: Reading) -> bool:
    """A final is one tie: a result of another pair (`Bayern's own semifinal ... beat
    Real Madrid 2-1`) was played in an earlier round, never in the main match's final; nor
    is a knockout leg of one of the main match's sides against another opponent (`In
    February, Rangers ... drawing 2-2 at Ibrox ... over Dortmund`): a side plays one tie
    a round."""
    pair, other = set(main.teams() or ()), set(r.teams() or ())
    if main.stage in _KNOCKOUT and r.leg is not None and len(pair & other) == 1:
        return False
    return main.stage != "final" or other == pair


_KNOCKOUT = frozenset(("round-of-32", "round-of-16", "quarter-final", "semi-final"))
