"""`beating Japan 1-0, Jamaica 5-0 and Croatia 1-0`, `schlug Japan 1:0, Jamaika 5:0 und
Kroatien 1:0`: a score right after a name that a comma or `and` joins to the result
before it (`Name score`) shares that result's subject and verb."""

from __future__ import annotations

import re

from bot.reports.matches.reading import Reading

_TAIL = re.compile(r"[,;.]|\s(?:and|und)\s")
_JOIN = re.compile(r",\s+|,?\s+(?:and|und)\s+")


def listed_object(doc, sentence, hit, people, last: Reading | None) -> Reading | None:
    if last is None or last.sentence is not sentence or not last.teams():
        return None
    text = doc.text
    named = [m for m in people if last.hit.end <= m.start and m.end <= hit.start]
    if len(named) != 1 or text[named[0].end : hit.start].strip():
        return None
    own = named[0]
    if not _JOIN.fullmatch(text, last.hit.end, own.start) or own.team in last.teams():
        return None
    before = [m for m in people if m.end <= last.hit.start]
    if not before or before[-1].team != last.o or text[before[-1].end : last.hit.start].strip():
        return None  # the result before must itself be told `Name score`
    if last.p_goals == last.o_goals or hit.first == hit.second:
        return None
    tail = _TAIL.search(text, hit.end, sentence.end)
    stop = tail.start() if tail else sentence.end
    if any(hit.end <= m.start < stop for m in people):
        return None  # `Leipzig 3:0 gegen Köln`: a result of its own, not a listed one
    won = last.p_goals > last.o_goals  # a list shares its verb: the same outcome each time
    high, low = max(hit.first, hit.second), min(hit.first, hit.second)
    if doc.lang == "de" and (hit.first > hit.second) != won:
        return None
    first, second = (high, low) if won else (low, high)
    return Reading(sentence, hit, last.p, own.team, first, second)
