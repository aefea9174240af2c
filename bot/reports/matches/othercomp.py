"""`Luton Town beat Arsenal 3-2 in the Littlewoods Cup final at Wembley last month, and
Wimbledon had reached the final by beating Luton 2-1 in the semi-final`: a competition
named right after a result of its own, in an earlier clause, is that result's; it tells
nothing of the later clause's result. One that opens the sentence as its frame (`In der
Champions League hatte der BVB 0:2 verloren, die Bayern hatten 2:0 gewonnen`) is both's."""

from __future__ import annotations

import re

from bot.reports.matches.scores import find_scores

_BREAK = re.compile(r"[,;]\s")


def outside_other_results(text: str, found: list, rel: int) -> list:
    """The competitions of `found`, less those in an earlier clause than the score at `rel`
    that follow another result of their own clause."""
    if not any(m.start < rel for m in found):
        return found
    others = [h for h in find_scores(text) if h.kind == "result" and h.start != rel]
    if not others:
        return found
    out = []
    for m in found:
        if m.start < rel:
            start = max((b.end() for b in _BREAK.finditer(text, 0, m.start)), default=0)
            close = _BREAK.search(text, m.start)
            end = close.start() if close else len(text)
            if end < rel and any(start <= h.start < m.start for h in others):
                continue  # `beat Arsenal 3-2 in the Littlewoods Cup final, and ...`
        out.append(m)
    return out


_AND = re.compile(r",\s|;\s|\s(?:and|und|before|bevor|then|dann)\s")
_IN = re.compile(r"\b(?:in|im|in der|in the|beim|at the)\s+(?:[\w-]+\s+)?$", re.I)


def after_other_results(text: str, found: list, rel: int) -> list:
    """`They won 4-0 at the Bernabéu in October and thrashed Madrid 5-2 in the Super Cup
    final in January`: the competitions of `found` named after the score at `rel` in a
    later clause that holds a result of its own, as where that result was played (`in
    the`, `im`); they are that result's."""
    later = [m for m in found if m.start > rel]
    if not later:
        return []
    others = [h for h in find_scores(text) if h.kind == "result" and h.start > rel]
    out = []
    for m in later:
        joins = [j.end() for j in _AND.finditer(text, rel, m.start)]
        if not joins or not _IN.search(text, max(0, m.start - 30), m.start):
            continue  # `den Sprung zu einer Weltmeisterschaft`: the whole sentence's goal
        close = _BREAK.search(text, m.end)
        end = close.start() if close else len(text)
        if any(joins[-1] <= h.start < end for h in others):
            out.append(m)
    return out
