"""When a goal clause's minutes are the goal's: relative times ("two minutes later"),
and minutes that belong to a substitution or a card instead."""

from __future__ import annotations

import bisect
import re

from bot.reports.clauses.minutes import LEAD, Minute, stoppage_marked
from bot.reports.clauses.scenes import Clause
from bot.reports.goals import cues as goalcues
from bot.reports.goals.countparen import counted_not_timed
from bot.reports.patterns.keyed import Keyed

_CARD_NEAR = 30
_SUBSTITUTION = {
    "en": Keyed(
        goalcues.SUBSTITUTION["en"],
        "came on|brought on|on for|replaced|substituted|subbed on|introduced",
    ),
    "de": Keyed(
        goalcues.SUBSTITUTION["de"],
        "eingewechselt|ausgewechselt|gekommen|kam für|ersetzte",
        cased=True,
    ),
}
"""A window holds a substitution only if it holds one of its key words."""
_THEN = Keyed(
    re.compile(r"\b(?!(?:and|und)\b)\w[\w,]*\s+(?:and\s+|und\s+)?(?:then|dann)\b", re.I),
    "then|dann",
)
"""A second goal verb joined to the clause's first (`... and then put them up`)."""


_STAMP = re.compile(r"\d{1,3}(?:\+\d{1,2})?\s*(?:min(?:s|utes?)?\.?|'|’)?\s*:\s")
"""A blog line's minute stamp: `82 min: `, `90+2': `."""


class MinuteReading:
    """Mixed into GoalReader, which holds `doc`, `lang`, `minutes` and the times read."""

    def _relative(self, minute: Minute, evidence: str, clause: Clause | None = None):
        """ "Two minutes later": counted from the time stated just before, in this
        sentence or the one before (a goal, a card or a substitution alike). Under a line's
        own minute stamp it counts from the event before and lands on the stamp."""
        offset = minute.relative
        earlier = [t for t in self._times if t[0] < minute.start]
        floor = self._previous_start
        if minute.note == LEAD:
            floor = self.doc.text.rfind("\n", 0, minute.start) + 1
        if not earlier:
            return None, None
        if earlier[-1][0] < floor and (
            minute.note == LEAD or not self._quiet_since(earlier[-1][0], minute.start)
        ):
            return None, None
        if self._untimed_between(earlier[-1][0], minute, clause):
            return None, None
        if clause is not None and self._other_match(earlier[-1][0], clause):
            return None, None
        at, base, added = earlier[-1]
        line = self.doc.text.rfind("\n", 0, minute.start) + 1
        if line <= at and not self.doc.text[line:at].strip() and _STAMP.match(self.doc.text, at):
            return base, added  # `82 min: ... Three minutes later it is level`: the stamp
        if added is not None:
            return base, added + offset
        total = base + offset
        for limit in (45, 90):
            if base <= limit < total:
                if stoppage_marked(evidence) and limit == 90:
                    return limit, total - limit
                return None, None
        return total, None

    def _quiet_since(self, anchor: int, told: int) -> bool:
        """ "Hakimi opened the scoring in the 12th minute. He raised his hands in apology.
        Doué made it 2-0 eight minutes later": the time two sentences back still counts
        when the one or two sentences in between tell no goal, card or change."""
        sentences = self.doc.sentences
        starts = getattr(self.doc, "_sentence_starts", None)
        if starts is None or len(starts) != len(sentences):
            starts = self.doc._sentence_starts = [s.start for s in sentences]
        at = bisect.bisect_right(starts, anchor) - 1
        now = self._sentence.sentence.start
        if sentences[bisect.bisect_right(starts, told) - 1].start != now:
            return False
        between = [s for s in sentences[at + 1 :] if s.start < now]
        if at < 0 or not between or len(between) > 2:
            return False
        return not any(
            goalcues.GOAL[self.lang].search(s.text)
            or goalcues.OTHER_EVENT.search(s.text)
            or goalcues.CARD.search(s.text)
            for s in between
        )

    def _untimed_between(self, anchor: int, minute: Minute, clause: Clause | None) -> bool:
        """ "levelled in the seventh and then put Spurs 2-1 up three minutes later": the
        later goal counts from one whose time was not read, so the time before is no
        anchor; nor is it past another relative time that was not worked out."""
        if any(
            m.relative is not None and anchor < m.start < minute.start and m not in self._counted
            for m in self.minutes
        ):
            return True
        if clause is None or not _THEN.may(clause.text):
            return False
        ends = [m.end for m in self.minutes if m.start == anchor]
        lo = max([clause.start] + ends)
        found = _THEN.search(self.doc.text, lo, minute.start)
        # `Helguera then turned it into his own net two minutes later`: only a name before
        # `then` (in German its verb too: `X lenkte dann ...`), no first verb of its own
        words = self.doc.text[lo : found.end()].split()[:-1] if found else []
        verbs = [w for w in words if w[:1].islower() and w not in ("and", "und")]
        return len(verbs) >= (2 if self.lang == "de" else 1)

    def _other_match(self, anchor: int, clause: Clause) -> bool:
        """`Oyarzabal slid it in four minutes from time ... They had beaten France 2-1 in the
        semi-final: ... Olmo scored the winner four minutes later`: a time told of a goal of
        another match is no anchor for this one."""
        told = [e for e in self.events if e.at <= anchor]
        if not told or told[-1].target is None or clause.target is None:
            return False
        return told[-1].target != clause.target

    def _remember(self, minute: Minute, value: int | None, added: int | None) -> None:
        if value is not None:
            self._counted.add(minute)
            self._times.append((minute.start, value, added))
            self._times.sort()

    def _minutes_in(self, clause: Clause) -> list[Minute]:
        lo = bisect.bisect_left(self._minute_starts, clause.start)
        hi = bisect.bisect_left(self._minute_starts, clause.end)
        return self.minutes[lo:hi]

    def _usable_minute(self, minute: Minute, clause: Clause, inside=()) -> bool:
        """Not a substitution or card minute; with two minutes in a clause ("came on in the
        60th minute and scored in the 75th") each looks only at its own stretch."""
        text = self.doc.text
        if minute.paren and counted_not_timed(self.doc, minute):
            return False
        if len(inside) == 1:  # the minute alone: its stretch is the whole clause
            lo, hi = clause.start, clause.end
        else:
            lo = max([clause.start] + [m.end for m in inside if m.end <= minute.start])
            hi = min([clause.end] + [m.start for m in inside if m.start >= minute.end])
        if lo > clause.start:
            lo += max(
                0,
                text.rfind(" und ", lo, minute.start) - lo,
                text.rfind(" and ", lo, minute.start) - lo,
            )
        window = (max(lo, minute.start - 30), min(hi, minute.end + 25))
        substitution = _SUBSTITUTION[self.lang]
        if substitution.may(text[window[0] : window[1]]) and substitution.pattern.search(
            text, *window
        ):
            return False
        near = text[max(lo, minute.start - _CARD_NEAR) : minute.start]
        return not goalcues.CARD.search(near)
