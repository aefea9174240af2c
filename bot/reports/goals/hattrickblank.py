"""A timed goal told without its scorer's name, but as his hat-trick made whole (`Den
Schlusspunkt setzte wieder der Stürmer, der zum 4:0 vollendete (85.) und damit seinen
Dreierpack perfekt machte`, `the striker completed his hat-trick in the 85th minute`): the
scorer is the one player with two timed goals whose third the report claims untimed."""

from __future__ import annotations

import re

from bot.reports.goals.events import GoalEvent
from bot.reports.names.players import last_name

_HIS_THIRD = re.compile(
    r"\b(?:his|seine[nr]?|sein)\s+(?:(?:lupenreine[nr]?|perfect)\s+)?"
    r"(?:hat[- ]trick|Hattrick|Dreierpack|dritte[ns]?\s+(?:Tor|Treffer)|third(?:\s+goal)?)\b",
    re.I,
)


def name_hat_trick_blank(timed: list[GoalEvent], claims: list[GoalEvent]) -> None:
    """Name the one unnamed timed goal told as `his hat-trick` after the one player whose
    claimed third goal is left over beside his two timed ones; that claim is then spent."""
    blanks = [e for e in timed if e.player is None]
    if len(blanks) != 1 or not claims or not _HIS_THIRD.search(blanks[0].evidence):
        return
    timed_by: dict[str, int] = {}
    for event in timed:
        if event.player:
            timed_by[last_name(event.player)] = timed_by.get(last_name(event.player), 0) + 1
    thirds = [c for c in claims if c.player and timed_by.get(last_name(c.player)) == 2]
    if len({last_name(c.player) for c in thirds}) != 1 or len(thirds) != 1:
        return
    blank, claim = blanks[0], thirds[0]
    blank.player = claim.player
    blank.penalty = blank.penalty or claim.penalty
    claims.remove(claim)
