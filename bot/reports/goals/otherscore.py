"""Goal sentences whose running score the final score rules out, which tell another match."""

from __future__ import annotations

from bot.reports.goals.claims import GoalEvent


def drop_other_scores(events: list[GoalEvent], score: tuple[int, int]) -> list[GoalEvent]:
    """`ehe Schwarzenbeck in der letzten Minute (120.) zum 1:1 abzog` read on a 4:0 replay:
    a running score no side of the final reaches (each side at most the final's) is of the
    drawn first match the sentence tells, so every goal of that sentence is left out."""
    final = sorted(score)
    other = {
        e.evidence
        for e in events
        if e.score is not None and any(a > b for a, b in zip(sorted(e.score), final, strict=True))
    }
    if not other:
        return events
    return [e for e in events if e.evidence not in other]
