"""Which result of a sentence a cue belongs to: the nearest in its clause, or the next
clause's, never one across a score the reader left unread or a fixture still to come."""

from __future__ import annotations

import re
from bisect import bisect_right

from bot.reports.matches import cues
from bot.reports.matches.coordination import owning_result
from bot.reports.matches.reading import Reading
from bot.reports.text.clausecuts import clause_cuts
from bot.reports.text.document import Sentence

_OWN_CLAUSE = ("result", "lead")
"""Scores whose clause's cues are theirs: an unread result's, a lead's (`nachdem die
Roma im Hinspiel in Rom 1:0 führte`), never another result's."""


_EACH_OF = re.compile(r"[,;\s]*(?:all|both|each|alle|beide)\b", re.I)
"""`, all three at home`, `, beide im eigenen Stadion`: a clause that sums up the scores
told before it."""


def owner_finder(sentence: Sentence, readings: list[Reading], hits=(), grounds=False):
    """A cue belongs to the nearest result in its clause; a clause without a result
    leads into the next one that has one; a trailing clause (`, and the two clubs
    will meet in the final on June 1`) belongs to none, nor does a clause whose own
    score was not read (`the 2-2 draw at Camp Nou`), nor a cue beyond such a score
    (`a 2-0 win ... after a 2-1 defeat in Germany last month`); a cue before `after the`
    is the earlier result's (`won 2-1 at Galatasaray, scoring in Istanbul after the first
    leg at Camp Nou ...`). With `grounds`, for where a game was played: a clause summing
    up the scores right before it (read or not) is theirs (`3-1 against Orlando City, all three
    at home in Fort Lauderdale, then ... they drew 4-4`)."""
    cuts = clause_cuts(sentence.text)

    def segment(pos: int) -> int:
        return bisect_right(cuts, pos)

    def cut(seg: int) -> int:
        return cuts[seg - 1] if seg else 0

    placed = [(segment(r.hit.start - sentence.start), r) for r in readings]
    read = {r.hit for r in readings}
    unread_at = [h.start - sentence.start for h in hits if h.kind in _OWN_CLAUSE and h not in read]
    unread = {segment(at) for at in unread_at}

    def owner(pos: int) -> Reading | None:
        seg = segment(pos)
        same = [r for s, r in placed if s == seg]
        if not same and seg in unread:
            return None
        if not same and grounds and _EACH_OF.match(sentence.text, cut(seg)):
            if seg - 1 in unread or any(s == seg - 1 for s, _ in placed):
                return None
        if not same:
            ahead = [s for s, _ in placed if s > seg]
            if not ahead or _ahead_clause(sentence.text, cuts, seg):
                return None
            same = [r for s, r in placed if s == min(ahead)]
        offsets = [r.hit.start - sentence.start for r in same]
        found = same[owning_result(sentence.text, pos, offsets)]
        at = found.hit.start - sentence.start
        if any(min(at, pos) < u < max(at, pos) for u in unread_at):
            return None
        if pos < at and _AFTER_BETWEEN.search(sentence.text, pos, at):
            before = [r for r in readings if r.hit.start - sentence.start < pos]
            if before:
                return max(before, key=lambda r: r.hit.start)
        return found

    return owner


_AFTER_BETWEEN = re.compile(r"\s(?:after|nachdem)\s+(?:the|a|an|their|its|der|die|das)\s", re.I)


def ahead_at(text: str, offset: int) -> bool:
    """`empfängt ... am Montagabend`: a weekday of a fixture to come."""
    cuts = clause_cuts(text)
    return _ahead_clause(text, cuts, bisect_right(cuts, offset))


def _ahead_clause(text: str, cuts: list[int], seg: int) -> bool:
    """A clause about a fixture to come leads into no result after it."""
    start = cuts[seg - 1] if seg > 0 else 0
    end = cuts[seg] if seg < len(cuts) else len(text)
    return bool(cues.FIXTURE_AHEAD.search(text, start, end))
