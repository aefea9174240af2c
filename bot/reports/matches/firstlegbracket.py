"""The first leg's score in brackets right after a result (`Bayern – Lazio 3:0 (Hinspiel
0:1)`, `gewann 3:0 (Hinspiel: 0:1)`, `beat Lazio 3-0 (first leg 1-1)`): the result is the
second leg, and the bracket's score is the first leg of the same two sides, told in the
same order as the result (or, `Hinspiel 2:0 für Benfica in Brügge`, won by the side named
and at the town named), at the other side's ground. The bracket's leg word is not the
result's leg."""

from __future__ import annotations

import re

from bot.reports.matches.reading import Reading
from bot.reports.matches.scores import ScoreHit
from bot.reports.names.venues import home_by_place

_BRACKET = re.compile(
    r"\s*(?:(?:n\.\s?V\.|i\.\s?E\.|aet|a\.e\.t\.)\s*)?"
    r"\(\s*(?:(?P<de>Hinspiel)|(?P<en>(?i:first[- ]leg|1st leg)))\s*:?\s*"
    r"(?P<a>\d{1,2}) ?[:–-] ?(?P<b>\d{1,2})"
    r"(?:\s+(?:für|for)\s+(?P<for>[^()]{2,40}?))?(?:\s+in\s+(?P<town>[^()]{2,30}?))?\s*\)"
)


def first_leg_brackets(doc, sentence, readings: list[Reading], resolver) -> list[Reading]:
    """`readings` with each result followed by such a bracket made the second leg, and
    that bracket's first leg added after it. An English bracket is read only where its
    score is a draw: English orders a score by who won, which the bracket does not say."""
    out = []
    for r in readings:
        out.append(r)
        end = _score_end(doc, sentence, r)
        found = _BRACKET.match(doc.text, end) if end is not None else None
        if found is None or found.end() > sentence.end or not r.teams():
            continue
        r.leg = 2
        if "listing" not in r.notes and not _told_in_order(doc, sentence, r):
            continue
        a, b = int(found.group("a")), int(found.group("b"))
        if found.group("for") is not None:
            winner = _named(doc, found, "for", r.teams())
            if winner is None or a == b:
                continue
            a, b = (max(a, b), min(a, b)) if winner == r.p else (min(a, b), max(a, b))
        elif found.group("en") is not None and a != b:
            continue
        hit = ScoreHit(found.start("a"), found.end("b"), a, b, "result")
        first = Reading(sentence, hit, r.p, r.o, a, b, strength=r.strength)
        first.leg = 1
        first.stage = r.stage
        if r.home in (r.p, r.o):
            first.home = r.o if r.home == r.p else r.p
        if found.group("town") is not None:
            host = home_by_place(found.group("town"), r.teams(), resolver)
            if host not in r.teams() or (first.home and first.home != host):
                continue  # a town that is neither side's, or not the other ground
            first.home = host
        first.notes |= r.notes & {"listing", "same-round"}
        out.append(first)
    return out


_SCORE = re.compile(r"(\d(?<![\d.]\d)\d?) ?[:–-] ?(\d{1,2})(?![\d])")


def _score_end(doc, sentence, r: Reading) -> int | None:
    """Where the result's score ends: its hit, or for a listing line (whose hit stands
    for the whole line) the first score of the line."""
    if "listing" not in r.notes:
        return r.hit.end
    found = _SCORE.search(sentence.text)
    if found is None or (int(found.group(1)), int(found.group(2))) != (r.p_goals, r.o_goals):
        return None
    return sentence.start + found.end()


_DASHED_PAIR = re.compile(r"\s[–—-]\s+[A-ZÄÖÜ][\w.'’-]*(?:\s+[A-ZÄÖÜ][\w.'’-]*){0,3}\s*$")


def _told_in_order(doc, sentence, r: Reading) -> bool:
    """Whether the result's numbers are its sides' in the order read (`gewann 3:0`), not
    a pair joined by a dash that the prose reader took apart (`... München – Lazio 3:0`)."""
    if (r.p_goals, r.o_goals) != (r.hit.first, r.hit.second):
        return False
    before = doc.text[max(sentence.start, r.hit.start - 60) : r.hit.start]
    return _DASHED_PAIR.search(before) is None


def _named(doc, found: re.Match, group: str, pair: tuple[str, str]) -> str | None:
    """The one side of `pair` named in the bracket's group."""
    named = {m.team for m in doc.mentions_between(found.start(group), found.end(group))}
    return named.pop() if len(named) == 1 and named <= set(pair) else None
