"""The competition of a result whose sentence names none, taken from the sentence before:
where that names two (`Arsenal went out of the FA Cup to Manchester United ..., and their
Champions League campaign ended in the quarter-finals against Chelsea. After a 1-1 draw
at Stamford Bridge, ...`), the one whose stretch names a side of the result."""

from __future__ import annotations


def competition_before(doc, sentence, found: list, teams, fallback):
    """The name of the competition of `found` (mentions in `sentence`) whose stretch, from
    it up to the next one, names one of `teams`; `fallback()` where one is named or no
    stretch names a side; None where stretches of two name sides."""
    if len({m.name for m in found}) == 1:
        return fallback()
    ordered = sorted(found, key=lambda m: m.start)
    starts = [sentence.start + m.start for m in ordered] + [sentence.end]
    sides = set(teams or ())
    fitting = {
        ordered[i].name
        for i in range(len(ordered))
        for t in doc.mentions_in(sentence)
        if t.team in sides and starts[i] <= t.start < starts[i + 1]
    }
    if not fitting:
        return fallback()
    return fitting.pop() if len(fitting) == 1 else None
