"""The goal reader's log of events: a goal added with its minute worked out and its flags
from the minute's note, and the goals of a sentence taken back by a bare denial after it
(a part of GoalReader, kept apart so events.py stays about reading clauses)."""

from __future__ import annotations

from bot.reports.clauses.scenes import Scene
from bot.reports.goals import cues as goalcues
from bot.reports.goals.claims import GoalEvent
from bot.reports.goals.notes import note_flags


class EventLog:
    """Adds to and takes back from `self.events` (see GoalReader for the state used)."""

    def _add(self, clause, minute, name, penalty, own, hint, assist) -> None:
        value, added, inferred = minute.minute, minute.added, False
        evidence = self._sentence.sentence.text
        if minute.relative is not None:
            value, added = self._relative(minute, evidence, clause)
            inferred = True
            if value is None:
                self.unplaced.add(clause.target)
                return
            self._remember(minute, value, added)
        if minute.note:
            penalty, own = note_flags(minute.note, penalty, own)
        score = goalcues.running_score(clause.text)
        for earlier in self.events:
            if earlier.at == clause.start and earlier.minute is not None:
                earlier.score = None
        self.events.append(
            GoalEvent(
                clause.target,
                clause.start,
                name,
                value,
                added,
                penalty,
                own,
                inferred,
                1,
                hint,
                score,
                None if own else assist,
                evidence,
                minute.from_end,
            )
        )

    def _retract(self, scene: Scene) -> None:
        """ "... (52.)? No - the goal did not count.": a denial naming no one and no time
        takes back the goals of the sentence before it."""
        start, end = scene.sentence.start, scene.sentence.end
        if not goalcues.DENIAL.search(scene.sentence.text):
            return
        if self.cast.within(start, end) or any(start <= m.start < end for m in self.minutes):
            return
        previous = self._previous_start
        keep = [e for e in self.events if not previous <= e.at < start]
        if len(keep) != len(self.events):
            self.events[:] = keep
