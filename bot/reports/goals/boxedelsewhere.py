"""A prose goal a results line gives to another match of the report is that match's."""

from __future__ import annotations

from bot.facts import Match
from bot.reports.names.players import last_name


def drop_boxed_elsewhere(matches: list[Match]) -> None:
    """`Angel Correa equalized in the 57th minute` placed on a match told in passing (a
    2014 draw) with no side, while the results line `Atletico Madrid 2 (Correa 57, ...)`
    gives Correa's 57th minute to the report's own match: the passing match keeps no
    copy, and a match left without goals has them unknown."""
    sided = {
        (id(m), last_name(g.player), g.minute)
        for m in matches
        for g in m.goals or ()
        if g.team is not None and g.minute is not None and g.player
    }
    if not sided:
        return
    for match in matches:
        if not match.goals or all(g.team is not None for g in match.goals):
            continue
        kept = [
            g
            for g in match.goals
            if g.team is not None
            or g.minute is None
            or not g.player
            or not any(
                key[1:] == (last_name(g.player), g.minute) and key[0] != id(match) for key in sided
            )
        ]
        if len(kept) != len(match.goals):
            match.goals = kept or None
