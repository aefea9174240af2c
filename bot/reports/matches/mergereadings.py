"""Readings of one pair of teams that tell the same match (the same score at the same
ground, whatever leg each sentence calls it) become one reading with the details of all."""

from __future__ import annotations

import re

from bot.reports.matches.reading import Reading


def merge_readings(group: list[Reading]) -> list[Reading]:
    """Readings of one pair that agree on score (and leg) are one match."""
    out: list[Reading] = []
    for r in group:
        if _named_back(r, out):
            continue
        twin = next((x for x in out if _same(x, r)), None)
        if twin is None:
            out.append(r)
            continue
        if twin.leg and r.leg and twin.leg != r.leg:
            listed = [x for x in (twin, r) if "listing" in x.notes]
            twin.leg = listed[0].leg if len(listed) == 1 else None
            r.leg = None
        for name in ("home", "leg", "date", "stage", "extra_time", "penalties", "year"):
            if getattr(twin, name) is None and getattr(r, name) is not None:
                setattr(twin, name, getattr(r, name))
        twin.notes |= r.notes
        twin.earlier = twin.earlier or r.earlier
    return out


def _same(a: Reading, b: Reading) -> bool:
    """The two legs of a tie are played at the two sides' grounds, so the same score at
    the same ground is the same match, whatever leg each sentence calls it."""
    sa = {a.p: a.p_goals, a.o: a.o_goals}
    sb = {b.p: b.p_goals, b.o: b.o_goals}
    if sa != sb:
        return False
    if a.home and b.home and a.home != b.home:
        return False
    if a.leg and b.leg and a.leg != b.leg:
        return a.home is not None and a.home == b.home and a.home != "neutral"
    return not _told_again(a, b)


_AGAIN = re.compile(r"\b(?:schon|bereits|already|again|erneut|wieder|ebenfalls|as well)\b", re.I)
_AGAIN_KEYS = ("schon", "bereits", "already", "again", "erneut", "wieder", "ebenfalls", "as well")


def _told_again(a: Reading, b: Reading) -> bool:
    """`gewann am Dienstag gegen die AS Rom mit 2:0, nachdem er schon das Hinspiel in Rom
    mit 2:0 gewonnen hatte`, `won 2-0 again, having already won 2-0 in Rome`: the same
    score told twice in one sentence with a word of repeating between is two matches."""
    if a.sentence is not b.sentence or a.hit is b.hit or a.hit.start == b.hit.start:
        return False
    lo, hi = (
        sorted((a.hit.end, b.hit.start))
        if a.hit.start < b.hit.start
        else sorted((b.hit.end, a.hit.start))
    )
    base = a.sentence.start
    between = a.sentence.text[lo - base : hi - base]
    low = between.lower()
    return any(k in low for k in _AGAIN_KEYS) and _AGAIN.search(between) is not None


_THE_BEFORE = re.compile(r"(?<![\w-])(?:[Dd]as|[Dd]ieses|[Tt]he|[Tt]hat|[Tt]his)\s+$")


def _named_back(r: Reading, told: list[Reading]) -> bool:
    """`„Das 1:3 ist ein Ergebnis, mit dem wir leben können", sagte Kiels Sportchef`: a
    score named back by its article, its other side only guessed, is the earlier result
    of the pair with those numbers (told from either side), not a match the other way."""
    if not r.context_filled or r.p_goals == r.o_goals:
        return False
    at = r.hit.start - r.sentence.start
    if not _THE_BEFORE.search(r.sentence.text, max(0, at - 8), at):
        return False
    goals = sorted((r.p_goals, r.o_goals))
    return any(x.hit.start < r.hit.start and sorted((x.p_goals, x.o_goals)) == goals for x in told)
