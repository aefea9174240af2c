"""Legs of a league's play-offs: a league's matches have no legs, except in its play-offs
(the Championship's, the Eredivisie's), and a league's `Hinspiel` is a first meeting."""

from __future__ import annotations

from bot.reports.matches.matchinfo import competition_of


def play_off_leg(doc, r, main, comp, primary) -> bool:
    """A leg beside a league's play-off final or semi-final (`Reading had drawn 0-0 at
    home in their first leg` in a report of the Championship play-off final) is a
    play-off leg, not a league game."""
    if r.extra_time:
        return True  # a league game has no extra time: `Mit einem 4:2 nach Verlängerung`
    if r.leg is None or main is None or r is main:
        return False
    if main.extra_time and set(r.teams() or ()) == set(main.teams() or ()):
        return True  # the other leg of a tie whose later leg went to extra time
    knockout = main.stage in ("final", "semi-final", "play-off")
    return knockout and competition_of(doc, main, primary) == comp
