"""`Branthwaite turned the ball into his own net after 14 minutes`: the clause of the goal
and the clause of its time are read apart, a claim flagged own goal (or penalty) and a
timed goal of the same player from the same sentence. They are one goal, so the timed one
takes the claim's flag (the reader said he scored for the other side, a plain goal)."""

from __future__ import annotations


def carry_flags(claims, names: list[str], timed, timed_names: list[str]) -> None:
    """Give a timed goal the own-goal and penalty flags of the one claim it stands for."""
    for claim, name in zip(claims, names, strict=True):
        if claim.count != 1 or not (claim.own_goal or claim.penalty):
            continue
        same = [
            e
            for e, other in zip(timed, timed_names, strict=True)
            if other == name and e.evidence == claim.evidence
        ]
        if len(same) == 1 and sum(1 for other in names if other == name) == 1:
            same[0].own_goal = same[0].own_goal or claim.own_goal
            same[0].penalty = same[0].penalty or claim.penalty
