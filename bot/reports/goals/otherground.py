"""`In London hatte Antonio das 1:0 erzielt` in the report of the return leg at Freiburg:
a goal told in the pluperfect at the visitors' ground was scored in the other leg."""

from __future__ import annotations

from functools import lru_cache

from bot.facts import Match
from bot.reports.matches import cues as matchcues
from bot.reports.names.venues import home_by_place
from bot.teams.resolver import TeamResolver


@lru_cache(maxsize=1)
def _curated() -> TeamResolver:
    """Grounds and towns come from the curated data only; aliases learned later name no
    new grounds."""
    return TeamResolver.default()


def at_visitors_ground(sentence: str, main: Match) -> bool:
    """Whether the sentence places what it tells at the ground of the main match's away
    side, where the main match was not played."""
    if main.neutral or main.leg not in (1, 2):
        return False
    pair = (main.home, main.away)
    for found in matchcues.AT_PLACE.finditer(sentence):
        if found.group("prep").lower() not in ("in", "at", "an der", "im", "at the"):
            continue
        if home_by_place(found.group("place"), pair, _curated()) == main.away:
            return True
    return False
