"""Small clues around goals (assists, kicker goals lines, name-minute pairs)."""

from __future__ import annotations

import re

from bot.reports import goalcues
from bot.reports.clauses import Clause, Scene
from bot.reports.goal_claims import GoalEvent
from bot.reports.scorers import Candidate, candidates

_ASSIST = re.compile(
    r"(?:pass|cross|cutback|through ball|feed|corner|free kick|delivery|lay-off|Zuspiel|"
    r"Vorarbeit|Vorlage|Flanke|Hereingabe|Pass|Querpass|Ecke|Freistoß)\s+(?:\w+\s+)?"
    r"(?:from|by|von|des)\s+$"
)
_ASSIST_AFTER = re.compile(r"^\s+(?:getting|got|with|providing) the assist|^\s+assisted", re.I)
_WHEN = re.compile(r"\s*(?:when|as|als|indem)\s", re.I)
_LINE_SCORE = re.compile(r"^\s*(\d{1,2})\s?[:-]\s?(\d{1,2})\s")


class ClueReading:
    """Mixed into GoalReader: assists, goals-line sides and joined sentences."""

    def _line_hint(self, clause: Clause) -> tuple[str | None, bool] | None:
        line = _LINE_SCORE.match(clause.text)
        match = self.pairing.match_for(clause.target)
        if not line or match is None:
            return None
        now = (int(line.group(1)), int(line.group(2)))
        before, self._line = self._line, now
        if now == (before[0] + 1, before[1]):
            return match.home, True
        if now == (before[0], before[1] + 1):
            return match.away, True
        return None

    def _assist(self, found) -> str | None:
        text = self.doc.text
        for candidate in found:
            if candidate.name and _ASSIST.search(
                text[max(0, candidate.start - 40) : candidate.start]
            ):
                return self.cast.full_name(candidate.name)
        sentence = self._sentence.sentence
        for person in self.cast.within(sentence.start, sentence.end):
            if _ASSIST_AFTER.match(text[person.end : person.end + 30]):
                return self.cast.full_name(person.name)
        return None

    def _flags_near(self, clause, minute, minutes) -> tuple[bool, bool]:
        """ "Y equalized in the 38th and Z won it with a penalty in the 87th": a penalty or
        own-goal cue belongs to the minute whose stretch of the clause holds it."""
        since = max((m.end for m in minutes if m.end <= minute.start), default=clause.start)
        stretch = self.doc.text[since : minute.end]
        return (
            bool(goalcues.PENALTY[self.lang].search(stretch)),
            bool(goalcues.OWN_GOAL[self.lang].search(stretch)),
        )

    def _name_blank(self, scene: Scene, new: list[GoalEvent]) -> None:
        """ "Sevilla equalized in the 55th when Mancini turned the cross into his own net":
        the side scores in one clause, the player named by the `when` clause after it."""
        blanks = [e for e in new if e.minute is not None and e.player is None]
        if len(blanks) != 1:
            return
        event = blanks[0]
        starts = [c.start for c in scene.clauses]
        if event.at not in starts or starts.index(event.at) + 1 >= len(starts):
            return
        clause = scene.clauses[starts.index(event.at) + 1]
        colon = ":" in self.doc.text[scene.clauses[starts.index(event.at)].end : clause.start]
        if clause.target != event.target or not (_WHEN.match(clause.text) or colon):
            return
        if any(e.at == clause.start and e.minute is not None for e in new):
            return
        named = [c for c in candidates(self.cast, clause) if c.name and c.eligible]
        if not named or len(self.doc.text[clause.start : named[0].start].split()) > 1:
            return
        event.player = self.cast.full_name(named[0].name)
        event.own_goal = event.own_goal or bool(goalcues.OWN_GOAL[self.lang].search(clause.text))
        event.penalty = event.penalty or bool(goalcues.PENALTY[self.lang].search(clause.text))
        for claim in [e for e in new if e.at == clause.start and e.minute is None]:
            self.events.remove(claim)

    def _join_blank(self, scene: Scene, new: list[GoalEvent]) -> None:
        """ "The second goal arrived in the 32nd minute. X finished ..." is one goal by X."""
        blank = self._blank
        self._blank = None
        timed = [e for e in new if e.minute is not None]
        claims = [e for e in new if e.minute is None]
        if blank and not timed and len(claims) == 1 and claims[0].count == 1:
            event, paragraph = blank
            if paragraph >= scene.paragraph - 1 and claims[0].target == event.target:
                event.player = claims[0].player
                event.penalty = event.penalty or claims[0].penalty
                self.events.remove(claims[0])
                return
        if len(timed) == 1 and timed[0].player is None and not claims:
            self._blank = (timed[0], scene.paragraph)

    def _paired(self, found: list[Candidate], minutes, goals_line: bool):
        """Kicker style "Müller (25.) und Gomez (49.)": a name right before its minute."""
        text = self.doc.text
        pairs = []
        for minute in minutes:
            if not minute.paren:
                continue
            for candidate in found:
                if not candidate.name or candidate.end > minute.start:
                    continue
                if text[candidate.end : minute.start].strip(" "):
                    continue
                person = next(p for p in self.cast.within(candidate.start, candidate.end + 1))
                if goals_line or self.cast.familiar(person):
                    pairs.append((candidate, minute))
        return pairs
