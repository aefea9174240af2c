"""`In London hatte Antonio das 1:0 erzielt` in the report of the return leg at Freiburg:
a goal told in the pluperfect at the visitors' ground was scored in the other leg."""

from __future__ import annotations

from bot.facts import Match
from bot.reports.matches import cues as matchcues
from bot.reports.names.venues import home_by_place


def at_visitors_ground(sentence: str, main: Match, resolver) -> bool:
    """Whether the sentence places what it tells at the ground of the main match's away
    side, where the main match was not played."""
    if main.neutral or main.leg not in (1, 2) or resolver is None:
        return False
    pair = (main.home, main.away)
    for found in matchcues.AT_PLACE.finditer(sentence):
        if found.group("prep").lower() not in ("in", "at", "an der", "im", "at the"):
            continue
        if home_by_place(found.group("place"), pair, resolver) == main.away:
            return True
    return False
