"""One goal of a counted claim given its time by an ordinal ("scored twice, the second of
them eleven minutes into stoppage time"): that goal is timed, the rest stay untimed."""

from __future__ import annotations

import re

from bot.reports.goals import cues as goalcues

_ORDINAL = re.compile(
    r"^\s*(?:and\s+|und\s+)?(?:the|der|das|den)\s+(?P<which>first|second|third|last|latter|"
    r"erste|zweite|dritte|letzte)\b",
    re.I,
)
_PLACE = {"first": 0, "erste": 0, "second": 1, "zweite": 1, "third": 2, "dritte": 2}


def ordinal_minute(reader, clause, minutes, first: int) -> bool:
    """Time one goal of the claim just made from a clause like ", the second in the 83rd
    minute"; True when the clause was read so. `reader` is the GoalReader at work."""
    claims = reader.events[first:]
    found = _ORDINAL.match(clause.text)
    if found is None or len(claims) != 1 or len(minutes) != 1:
        return False
    claim = claims[0]
    if claim.minute is not None or claim.count < 2 or claim.player is None:
        return False
    if claim.target != clause.target or goalcues.OTHER_EVENT.search(clause.text):
        return False
    if reader.cast.within(clause.start, clause.end):
        return False
    place = _PLACE.get(found.group("which").lower(), claim.count - 1)
    if place >= claim.count:
        return False
    penalty = bool(goalcues.PENALTY[reader.lang].search(clause.text))
    own = bool(goalcues.OWN_GOAL[reader.lang].search(clause.text))
    reader._add(clause, minutes[0], claim.player, penalty, own, claim.hint, None)
    reader.events[-1].at = claim.at
    return True


_ORDINAL_SUBJECT = re.compile(
    r"^\s*(?:His|Her|(?P<name>(?:[A-Z][\w'’-]+ (?:(?:van|de|da|von|der|di|dos|del|le) )*){0,2}"
    r"[A-Z][\w-]+)['’]s)\s+"
    r"(?P<which>second|third|fourth|fifth|last)(?:\s+goal)?\s*(?:,\s*|\()"
)


def ordinal_subject(reader, scene) -> int:
    """ "His second, on 13 minutes, was the pick of the three": the sentence times one more
    goal of the player in focus, whom the sentences before credited with one already (German
    `Sein zweiter Treffer (13.)` is read as a goal clause). Returns where the time ends
    (0 when the sentence is not of this form): the clauses up to there are read.

    Only a sentence whose first 40 characters hold "His ", "Her ", "'s " or "’s " is read
    so (tested with `in`, no generator: asked for every sentence)."""
    text = scene.sentence.text
    if reader.lang != "en":
        return 0
    head = text[:40]
    if "His " not in head and "Her " not in head and "'s " not in head and "’s " not in head:
        return 0
    found = _ORDINAL_SUBJECT.match(text)
    if found is None or len(scene.clauses) < 2:
        return 0
    end = scene.sentence.start + found.end()
    minutes = [m for m in reader.minutes if end <= m.start < scene.sentence.start + 60]
    if len(minutes) != 1 or minutes[0].minute is None or minutes[0].relative is not None:
        return 0
    if goalcues.MISS[reader.lang].search(text) or goalcues.OTHER_EVENT.search(text):
        return 0
    if reader.cast.within(end, minutes[0].start):
        return 0
    named = found.group("name")
    who = reader.cast.full_name(named) if named else reader.focus.resolve()
    clause = scene.clauses[0]
    earlier = [e for e in reader.events if e.player == who and e.target == clause.target]
    if who is None or not earlier:
        return 0
    reader._add(clause, minutes[0], who, False, False, earlier[-1].hint, None)
    return minutes[0].end
