"""Small clues around goals (kicker goals lines, name-minute pairs, timed asides)."""

from __future__ import annotations

import re

from bot.reports.clauses.minutes import Minute
from bot.reports.clauses.scenes import FOREIGN, MAIN, OTHER, Clause, Scene, mentions_in_span
from bot.reports.clauses.timedlist import listed_item
from bot.reports.goals import cues as goalcues
from bot.reports.goals.bothtimed import both_in_stretch
from bot.reports.goals.respective import respective
from bot.reports.goals.scorers import Candidate

_WHEN_HE = re.compile(r"\s*(?:when|as|als|indem)\s+(?:he|er)\s", re.I)
_LINE_SCORE = re.compile(r"^\s*(\d{1,2})\s?[:-]\s?(\d{1,2})\s")
_APPOSITION = re.compile(
    r"^[\s,]*(?:(?:arriving|arrived|coming|came|scored|struck)\s+)?"
    r"(?:in|im|in der|at|timed at|clocked at|both|beide)?\s*(?:the\s+)?"
    r"(?:\s|,|and|und|respectively|jeweils)*"
    r"[.;]?\s*$",
    re.I,
)
# A digit first (the look-behind after it) lets the regex engine skip to digits.
_CLAUSE_SCORE = re.compile(r"(\d(?<![\d:.-]\d)\d?)\s?[:-]\s?(\d{1,2})(?![\d:-]|\.\d)")
_AS_RESULT = re.compile(r"^\s*(?:as|when|als)\s")
_JOINED_SUBJECT = re.compile(r"\s(?:und|and)\s+$")
_MORE = re.compile(
    r"\b(?:two|three|zwei|drei) (?:more|further|weitere)\b|\b(?:two|three) (?:goals )?more\b",
    re.I,
)


class ClueReading:
    """Mixed into GoalReader: assists, goals-line sides and joined sentences."""

    def _timed_apposition(self, clause: Clause, minutes, first: int) -> bool:
        """ "X scored twice, in the 20th and 41st minutes": minutes standing alone after a
        minute-less claim are that claim's minutes, the claim becoming timed goals; after
        "X scored in the 20th", a bare ", 50th and 70th minutes" lists X's further goals."""
        claims = self.events[first:]
        if not claims or any(e.target != clause.target for e in claims):
            return False
        timed = all(e.minute is not None for e in claims)
        if not timed and any(e.minute is not None for e in claims):
            return False
        if len({e.player for e in claims}) != 1 or claims[0].player is None:
            return False
        rest, at = [], clause.start
        for minute in minutes:
            rest.append(self.doc.text[at : minute.start])
            at = minute.end
        rest.append(self.doc.text[at : clause.end])
        if not _APPOSITION.match("".join(rest)):
            return False
        one = claims[0]
        if timed and self._scorer_next(clause):
            return False  # `X scored in the 81st and, a minute later, Y headed in`
        if timed and getattr(self, "_trailing", None) == "":
            return False
        if timed and getattr(self, "_trailing", None):
            if len(minutes) != 1:
                return False
            self._add(clause, minutes[0], self._trailing, False, False, (None, False), None)
            self._trailing = None
            return True
        if timed:
            for minute in minutes:
                self._add(clause, minute, one.player, False, False, one.hint, None)
            return True
        count = sum(e.count for e in claims)
        more = count == 1 and len(minutes) > 1 and _MORE.search(self._sentence.sentence.text)
        if count != len(minutes) and not more:
            return False
        del self.events[first:]
        single = len(minutes) == 1
        for minute in minutes:
            self._add(
                clause,
                minute,
                one.player,
                one.penalty and single,
                one.own_goal and single,
                one.hint,
                None,
            )
        return True

    def _timed_when(self, clause: Clause, minutes, first: int) -> bool:
        """ "X machte mit seinem zweiten Treffer alles klar, als er den Torwart überwand
        (74.)": a when-he clause right after a one-goal claim tells that goal, with its time."""
        claims = self.events[first:]
        if len(claims) != 1 or len(minutes) != 1 or not _WHEN_HE.match(clause.text):
            return False
        claim = claims[0]
        if claim.minute is not None or claim.count != 1 or claim.player is None:
            return False
        if claim.target != clause.target or goalcues.OTHER_EVENT.search(clause.text):
            return False
        del self.events[first:]
        self._add(clause, minutes[0], claim.player, claim.penalty, claim.own_goal, claim.hint, None)
        return True

    def _second_doer(self, found: list[Candidate], cue_at: int, minute) -> str | None:
        """ "Kane glich aus und Musiala traf in der 70. Minute": a second name joined by
        "und" with its own goal verb before the minute is that minute's scorer."""
        text = self.doc.text
        later = [
            c
            for c in found
            if c.name
            and c.eligible
            and cue_at < c.start
            and c.end <= minute.start
            and _JOINED_SUBJECT.search(text, max(cue_at, c.start - 6), c.start)
            and goalcues.GOAL[self.lang].search(text[c.end : minute.start])
        ]
        return self.cast.full_name(later[-1].name) if later else None

    def _trailing_doer(self, found: list[Candidate], minutes, clause: Clause) -> str | None:
        """ "X scored in the 35th minute and Y doubled it": Y, joined after the last minute
        with a goal verb of his own, owns the next minute told alone ("in the 44th"); an
        empty name says someone else was joined, so that minute is nobody's for sure."""
        text = self.doc.text
        last = minutes[-1].end
        later = [
            c
            for c in found
            if c.name
            and c.eligible
            and c.start > last
            and _JOINED_SUBJECT.search(text, max(last, c.start - 6), c.start)
        ]
        if not later:
            return None
        if not goalcues.GOAL[self.lang].search(text[later[0].end : clause.end]):
            return ""
        return self.cast.full_name(later[0].name)

    def _as_other_result(self, scene: Scene) -> None:
        """ "Reus scored twice as Dortmund beat Wolfsburg 2-0": a clause naming no team,
        right before an "as" clause with another match's result, belongs to that match."""
        clauses = scene.clauses
        for index in range(len(clauses) - 1):
            clause, result = clauses[index], clauses[index + 1]
            if clause.target != MAIN or not result.target.startswith(OTHER):
                continue
            if not _AS_RESULT.match(result.text) or mentions_in_span(
                self.doc, clause.start, clause.end
            ):
                continue
            named = {m.team for m in mentions_in_span(self.doc, scene.sentence.start, result.end)}
            if not named & self.pairing.teams:
                clause.target = result.target

    def _by_score(self, scene: Scene) -> None:
        """ "gewann das Rückspiel bei Inter durch ein Tor von Jović mit 1:0": a clause left
        without a match because both legs name the same teams finds it by its score."""
        for clause in scene.clauses:
            if clause.target != FOREIGN or not _CLAUSE_SCORE.search(clause.text):
                continue
            scores = {tuple(sorted(map(int, s))) for s in _CLAUSE_SCORE.findall(clause.text)}
            teams = {m.team for m in mentions_in_span(self.doc, clause.start, clause.end)}
            if len(scores) != 1 or len(teams) != 2:
                continue
            fits = [
                i
                for i, m in enumerate(self.pairing.others)
                if {m.home, m.away} == teams and m.score and tuple(sorted(m.score)) in scores
            ]
            if len(fits) == 1:
                clause.target = f"{OTHER}{fits[0]}"

    def _scorer_next(self, clause: Clause) -> bool:
        """Whether the clause right after tells a goal of a name of its own and no minute:
        a bare time before it is that goal's (`..., a minute later, Kuyt headed in`)."""
        index = self._sentence.clauses.index(clause) + 1
        if index >= len(self._sentence.clauses):
            return False
        after = self._sentence.clauses[index]
        if after.target != clause.target or self._minutes_in(after):
            return False
        if not goalcues.GOAL[self.lang].search(after.text):
            return False
        return any(c.name and c.eligible for c in self._found_in(index))

    def _elliptic(self, found: list[Candidate], minutes: list[Minute]) -> bool:
        """ "..., Guirassy in der 20. Minute": a name and its minute, and nothing else (not
        `..., Martínez in der 61. Minute mit Gelb-Rot vom Platz`, a card's minute)."""
        named = [c for c in found if c.name and c.eligible and c.start < minutes[0].start]
        if len(named) != 1 or named[0] is not found[0]:
            return False
        if len(minutes) != 1 and not all(
            any(c.name and c.eligible and c.end <= m.start for c in found) for m in minutes
        ):
            return False
        between = self.doc.text[named[0].end : minutes[0].start]
        after = self.doc.text[minutes[-1].end : minutes[-1].end + 40].split(".")[0]
        told = goalcues.CARD.search(between) or goalcues.CARD.search(after)
        return len(between.split()) <= 3 and not told

    def _named_before(self, found, minute, minutes, doer) -> bool:
        """ "Nach Pinos frühem Tor (3.) glich Immobile aus (11.)": someone else is named
        before a minute whose doer comes only after it, so that minute is not the doer's."""
        if doer is None or doer.start < minute.end:
            return False
        paired = respective(self.doc.text, found, minute, minutes)
        if paired is not None:
            return self.cast.full_name(paired.name)
        since = max((m.end for m in minutes if m.end <= minute.start), default=0)
        return any(c.name and since <= c.start < minute.start for c in found)

    def _nearest(self, found, minute, minutes) -> str | None:
        """ "X scored in the 10th minute and Y in the 80th": the name since the last minute."""
        paired = respective(self.doc.text, found, minute, minutes)
        if paired is not None:
            return self.cast.full_name(paired.name)
        since = max((m.end for m in minutes if m.end <= minute.start), default=0)
        named = [c for c in found if c.name and c.eligible and since <= c.start < minute.start]
        return self.cast.full_name(named[-1].name) if named else None

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

    def _flags_near(self, clause, minute, minutes) -> tuple[bool, bool]:
        """ "Y equalized in the 38th and Z won it with a penalty in the 87th": a penalty or
        own-goal cue belongs to the minute whose stretch of the clause holds it."""
        since = max((m.end for m in minutes if m.end <= minute.start), default=clause.start)
        stretch = self.doc.text[since : minute.end]
        return (
            bool(goalcues.PENALTY[self.lang].search(stretch)),
            bool(goalcues.OWN_GOAL[self.lang].search(stretch)),
        )

    def _paired(self, found: list[Candidate], minutes, goals_line: bool):
        """Kicker style "Müller (25.) und Gomez (49.)": a name right before its minute."""
        text = self.doc.text
        pairs, listed = [], []
        for minute in minutes:
            if not minute.paren:
                continue
            for candidate in found:
                if not candidate.name or candidate.end > minute.start:
                    continue
                if text[candidate.end : minute.start].strip(" "):
                    continue
                if self._assisting(candidate):
                    continue
                person = next(p for p in self.cast.within(candidate.start, candidate.end + 1))
                if goals_line or self.cast.familiar(person):
                    pairs.append((candidate, minute))
                elif listed_item(text, person.start, person.end):
                    listed.append((candidate, minute))
        # `Bale (3.), Isco (27.) und Ronaldo (57.)`: a one-word item among named scorers
        if not pairs and minutes:  # `X und Y trafen in der Nachspielzeit der ersten Halbzeit`
            return both_in_stretch(text, found, minutes)
        return pairs + listed if pairs and listed else pairs
