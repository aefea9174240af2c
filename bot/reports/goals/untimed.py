"""Names near a minute no goal event took, which must not become goals without one."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from bot.reports.clauses.pairing import MAIN
from bot.reports.goals import cues as goalcues
from bot.reports.goals.events import GoalEvent
from bot.reports.names.players import last_name as surname

if TYPE_CHECKING:
    from bot.reports.goals.placing import Reading


def untimed(reading: Reading, events: list[GoalEvent]) -> dict[str, frozenset[str]]:
    """Per match target, surnames named in a sentence with a minute no goal event took:
    "Werner scored" in the lead and "made no mistake in the 28th minute" later must not
    become a goal without a minute when the reader missed the one with it."""
    used = {(e.minute, e.added) for e in events if e.minute is not None}
    text = reading.cast.doc.text
    starts = [m.start for m in reading.minutes]
    ends = [m.end for m in reading.minutes]
    out: dict[str, set[str]] = {}
    for scene in reading.scenes:
        sentence = scene.sentence
        people = None
        if _bare_minute(sentence, starts, ends):
            out.setdefault(scene.clauses[0].target if scene.clauses else MAIN, set()).update(
                surname(p.name) for p in reading.cast.within(sentence.start, sentence.end)
            )
        if bisect.bisect_left(starts, sentence.start) == bisect.bisect_left(starts, sentence.end):
            continue
        for clause in scene.clauses:
            lo = bisect.bisect_left(starts, clause.start)
            hi = bisect.bisect_left(starts, clause.end)
            for m in reading.minutes[lo:hi]:
                if m.minute is None:
                    continue
                if (m.minute, m.added) in used or _other_event(text, clause, m):
                    continue
                if people is None:
                    people = [
                        surname(p.name) for p in reading.cast.within(sentence.start, sentence.end)
                    ] + _told_scorers(events, sentence)
                out.setdefault(clause.target, set()).update(people)
    return {target: frozenset(names) for target, names in out.items()}


def _told_scorers(events: list[GoalEvent], sentence) -> list[str]:
    """`The Brazilian settled it with two goals ..., in the 59th and 77th minutes`: the
    scorer a description names, whose goals' minutes no event took, is unsure too."""
    return [surname(e.player) for e in events if e.player and sentence.start <= e.at < sentence.end]


SUBSTITUTION_ANY = re.compile("|".join(p.pattern for p in goalcues.SUBSTITUTION.values()), re.I)


_BARE_MINUTE = re.compile(r"\d(?<!\w\d)\d{0,2}(?:st|nd|rd|th|\.)\s+[Mm]inute\b|\(\d{1,3}\.\)")
_BARE_PAREN = re.compile(r"\(\d{1,3}\.\)")
"""`_BARE_MINUTE` where "inute" is missing: only its paren form can match there."""


def _bare_minute(sentence, starts: list[int], ends: list[int]) -> bool:
    """A minute in the sentence that find_minutes did not read. Minutes do not overlap,
    so their ends rise with their starts: the last one starting before a bare minute's end
    is the only one that can overlap it."""
    text = sentence.text
    if "inute" in text:
        pattern = _BARE_MINUTE
    elif ".)" in text:
        pattern = _BARE_PAREN
    else:
        return False
    for bare in pattern.finditer(text):
        before = bisect.bisect_left(starts, sentence.start + bare.end())
        if not before or ends[before - 1] <= sentence.start + bare.start():
            return True
    return False


def _other_event(text: str, clause, minute) -> bool:
    lo = max(clause.start, minute.start - 30)
    window = text[lo : minute.end]
    return bool(SUBSTITUTION_ANY.search(text, lo, minute.end) or goalcues.CARD.search(window))
