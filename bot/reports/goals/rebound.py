"""`Ronaldo's shot was parried and Quaresma headed the rebound into an empty net`, `Neuers
Parade, doch Müller staubte im Nachschuss ab`: a save told first and a rebound put in
after it in the same clause is a goal of the one who followed up; the save words before
the rebound part keep the clause from being read as a miss."""

from __future__ import annotations

import re

from bot.reports.goals import cues as goalcues
from bot.reports.text.holdsany import holds_any

_REBOUND = re.compile(
    r"\b(?:rebound|follow-up|loose ball|Abpraller|Nachschuss|abgestaubt|staubte|nachsetzte|"
    r"setzte nach)\b",
    re.I,
)
_JOIN = re.compile(r"(?:,\s*|\s+)(?:and|but|before|und|doch|aber)\s+(?:then\s+|dann\s+)?")
_KEYS = ("rebound", "follow-up", "loose ball", "abpraller", "nachschuss", "staubte", "nachsetz")


def rebound_start(text: str, miss) -> int | None:
    """Where the part telling the rebound goal starts in a clause whose save words (found
    by the keyed pattern `miss`) all stand before it; None if there is no such part."""
    low = text.lower()
    if not holds_any(low, _KEYS):
        return None
    found = _REBOUND.search(text)
    if found is None:
        return None
    joins = [m.end() for m in _JOIN.finditer(text, 0, found.start())]
    if not joins:
        return None
    start = joins[-1]
    if any(m.end() > start for m in miss.finditer(text)):
        return None
    return start


_OPENS = re.compile(r"\s*(?:and|but|yet|und|doch|aber|jedoch)\s", re.I)


def rebound_next(clauses, index: int, miss) -> bool:
    """`In the 87th minute Livakovic saved from Ronaldo, but Quaresma fired in the
    rebound`: the clause after a save, opened by `and`/`but`, puts the rebound in; the
    save's minute is that goal's."""
    if index + 1 >= len(clauses):
        return False
    after = clauses[index + 1].text
    if not _OPENS.match(after) or not any(key in after.lower() for key in _KEYS):
        return False
    return _REBOUND.search(after) is not None and miss.search(after) is None


_SHOT_BEFORE = re.compile(r"\b(?:nach (?:einem|einer|dem|der)|after (?:a|an|the|\w+['’]s))\s")
_ASTRAY = re.compile(r"\b(?:wide|over|high|vorbei|drüber|daneben)\b", re.I)


def rebound_first(text: str, miss) -> bool:
    """`staubte er nach einem Lattenkopfball von X zum 2:0 ab`, `he tapped in the rebound
    after X's header hit the bar`: the rebound put in comes first, and the save words all
    stand in the phrase after it that tells the shot before (no join or comma between)."""
    low = text.lower()
    if not holds_any(low, _KEYS):
        return False
    found = _REBOUND.search(text)
    shot = _SHOT_BEFORE.search(text, found.end()) if found else None
    if shot is None or _ASTRAY.search(text, found.start(), shot.start()):
        return False
    misses = list(miss.finditer(text))
    if not misses or misses[0].start() < shot.end():
        return False
    between = text[shot.end() : misses[-1].end()]
    return "," not in between and _JOIN.search(between) is None


def after_save(clauses, index: int, minutes, cue, lang: str):
    """For a clause holding save words: (the goal cue of its rebound part, or None when it
    tells no goal; the minute to hold for a rebound put in by the next clause, or None)."""
    text, miss = clauses[index].text, goalcues.MISS[lang]
    after = rebound_start(text, miss)
    if after is not None:
        return goalcues.GOAL[lang].search(text, after) or cue, None
    if rebound_first(text, miss):
        return cue or goalcues.GOAL[lang].search(text), None
    held = minutes[0] if len(minutes) == 1 and rebound_next(clauses, index, miss) else None
    return None, held
