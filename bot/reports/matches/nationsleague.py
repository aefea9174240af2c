"""A bare `Nations League` names UEFA's; between two CONCACAF nations (`Canada beat
Panama 2-0 in the Nations League semi-final`) it is CONCACAF's."""

from __future__ import annotations

from bot.teams.resolver import TeamResolver

UEFA_NL = "UEFA Nations League"
CONCACAF_NL = "CONCACAF Nations League"
_CONCACAF = frozenset(
    "USA MEX CAN CRC PAN JAM HON SLV HAI CUW TRI GUA NCA SUR CUB DOM PUR BER GUY BLZ ATG SKN "
    "BRB MTQ GLP GYF".split()
)


def nations_league_of(teams) -> str:
    """CONCACAF's Nations League for two of its nations, else UEFA's."""
    known = TeamResolver.default().teams
    found = [known.get(t) for t in teams or ()]
    if len(found) == 2 and all(
        t is not None and t.kind == "national" and t.country in _CONCACAF for t in found
    ):
        return CONCACAF_NL
    return UEFA_NL
