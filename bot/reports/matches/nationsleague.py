"""A bare `Nations League` names UEFA's; between two CONCACAF nations (`Canada beat
Panama 2-0 in the Nations League semi-final`) it is CONCACAF's."""

from __future__ import annotations

from functools import lru_cache

from bot.teams.curated import curated

UEFA_NL = "UEFA Nations League"
CONCACAF_NL = "CONCACAF Nations League"
_CONCACAF = frozenset(
    "USA MEX CAN CRC PAN JAM HON SLV HAI CUW TRI GUA NCA SUR CUB DOM PUR BER GUY BLZ ATG SKN "
    "BRB MTQ GLP GYF".split()
)


@lru_cache(maxsize=1)
def _concacaf_nations() -> frozenset[str]:
    """The ids of the curated national teams of CONCACAF countries, found once.

    `TeamResolver.default().teams` maps each curated team's id to the last curated entry
    of that id (`add_team` assigns `teams[team.id]`), so the same walk over `curated()`
    gives the same teams without building a whole resolver (its aliases and keys, about
    40 ms) on every call; the test of each team is the one this rule made on it."""
    known = {team.id: team for team, _ in curated()}
    return frozenset(
        tid for tid, t in known.items() if t.kind == "national" and t.country in _CONCACAF
    )


def nations_league_of(teams) -> str:
    """CONCACAF's Nations League for two of its nations, else UEFA's."""
    concacaf = _concacaf_nations()
    found = [t in concacaf for t in teams or ()]
    if len(found) == 2 and all(found):
        return CONCACAF_NL
    return UEFA_NL
