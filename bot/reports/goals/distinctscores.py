"""`Carlos Santillana erzielte das 3:0 ... stand erneut Santillana richtig und schob zum
4:0 ein`: a player's untimed goals told with different running scores are different
goals, though no sentence counts them (`zweimal`, `twice`); told with the same score, or
with none, they may be one goal told twice, so they count once as before."""

from __future__ import annotations


def told_count(count: int, mine: list, timed_mine: list) -> int:
    """A player's goal count: the most any one claim counts, or the number of different
    running scores his claims and timed goals tell, if that is more."""
    scores = {c.score for c in mine if c.score} | {e.score for e in timed_mine if e.score}
    return max(count, len(scores))
