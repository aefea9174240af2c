"""`Owen scoring twice in the last eight minutes after Ljungberg had put the Londoners
ahead in the 72nd minute`, `..., nachdem Insigne in der 64. Minute getroffen hatte`: a
minute inside an `after X had ...` / `nachdem X ... hatte` clause is the minute of X's
action, never the main clause's goal. It is X's goal where that clause tells one, else
nobody's."""

from __future__ import annotations

import re

from bot.reports.goals import cues as goalcues

_AFTER = re.compile(r"\b(?:after|nachdem)\s+", re.I)
_HAD = re.compile(r"\b(?:had|hatte|hatten|war|waren)\b")
_STOP = re.compile(r"[;:.!?]")


def after_had_doer(text: str, cast, lang: str, cue_at: int, minute) -> str | None:
    """None where the minute is not inside an `after X had` clause opened after the goal
    verb at `cue_at`; else X's full name where the clause tells X's goal, or ""."""
    span = text[cue_at : minute.start]
    if "after" not in span and "nachdem" not in span:
        return None
    opened = None
    for hit in _AFTER.finditer(text, cue_at, minute.start):
        opened = hit
    if opened is None or _STOP.search(text, opened.end(), minute.start):
        return None
    close = _STOP.search(text, minute.end)
    end = close.start() if close else len(text)
    if not _HAD.search(text, opened.end(), end):
        return None
    people = [p for p in cast.within(opened.end(), minute.start) if p.name]
    if not people:
        return None
    doer = cast.full_name(people[0].name)
    if goalcues.GOAL[lang].search(text[opened.end() : end]):
        return doer
    return ""


def read_after_had(reader, clause, cue_at: int, minute) -> bool:
    """Whether `minute` is an `after X had` clause's (added as X's goal where it tells one)."""
    doer = after_had_doer(reader.doc.text, reader.cast, reader.lang, cue_at, minute)
    if doer is None:
        return False
    if doer:
        reader._add(clause, minute, doer, False, False, (None, False), None)
    return True
