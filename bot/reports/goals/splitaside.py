"""`Andy Cole nodded it on and Scholes, on as a substitute, swept it home`: the clause
splitter cuts the aside `on as a substitute` at `as`, so the apposition rule saw `as a
substitute` alone and the verb-first clause took the sentence's first subject (Cole). An
aside split in two is read as the one aside it is."""

from __future__ import annotations

from bot.reports.clauses.scenes import Clause
from bot.reports.goals.conjuncts import after_apposition


def after_split_apposition(clauses: list[Clause], index: int, found_in, text: str):
    """after_apposition over the two clauses before `index` joined into one aside, where
    the clause names no one of its own (`Eto'o, on as a substitute, clipped Diego Costa
    ... and the striker sent the penalty past`: the penalty is Costa's)."""
    if index < 3 or found_in(index):
        return False, None
    first, second = clauses[index - 2], clauses[index - 1]
    joined = Clause(first.start, second.end, text[first.start : second.end], first.target)
    merged = [*clauses[: index - 2], joined, clauses[index]]
    return after_apposition(merged, index - 1, found_in(index - 3), text)
