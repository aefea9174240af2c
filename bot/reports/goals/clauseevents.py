"""The goal events of one clause: its minutes, cue and scorers checked against what the clause
tells (a miss, a save, a goal not given), kept apart from the scene walk of `events.py`."""

from __future__ import annotations

from bot.reports.clauses.scenes import Scene
from bot.reports.goals import cues as goalcues
from bot.reports.goals.afterhad import read_after_had
from bot.reports.goals.conjuncts import UNCLEAR, after_apposition, described_finish, finisher
from bot.reports.goals.describedminute import read_described
from bot.reports.goals.finishsubject import subject_right_before
from bot.reports.goals.frontedgoal import read_fronted
from bot.reports.goals.heldlead import held_until
from bot.reports.goals.listflags import item_flags
from bot.reports.goals.movethrough import moved_through
from bot.reports.goals.namedafter import named_after
from bot.reports.goals.penalty_award import awarded_before, converted_it
from bot.reports.goals.relativedoer import after_relative, provider_antecedent
from bot.reports.goals.scorers import pick
from bot.reports.goals.splitaside import after_split_apposition
from bot.reports.goals.subjects import inherited, inverted_subject, verb_first
from bot.reports.goals.teams import clause_hint


class ClauseEventReading:
    """The step of `GoalReader` that turns one clause into goal events."""

    def _clause_events(self, clause, found, minutes, cue, goals_line) -> None:
        cue_at = clause.start + cue.start()
        before = self.doc.text[self._sentence.sentence.start : clause.start]
        penalty = bool(goalcues.PENALTY[self.lang].search(clause.text)) or awarded_before(
            before, clause.text, self.lang
        )
        if not penalty and (" it" in clause.text or " ihn" in clause.text):
            at = self.doc.index_of(self._sentence.sentence)
            previous = self.doc.sentences[at - 1].text if at > 0 else ""
            penalty = converted_it(previous, clause.text, self.lang)
        own = bool(goalcues.OWN_GOAL[self.lang].search(clause.text))
        hint = clause_hint(self.doc, clause, self.pairing)
        if goals_line:
            hint = self._line_hint(clause) or hint
        assist = self._assist(found)
        paired = self._paired(found, minutes, goals_line)
        for person, minute in paired:
            name = self.cast.full_name(person.name)
            if len(paired) == 1 and described_finish(clause, found, person, cue_at, self.doc.text):
                name = None
            single = len(paired) == 1
            flags = (penalty, own) if single else item_flags(self.doc, self.lang, paired, person)
            self._add(clause, minute, name, *flags, hint, assist)
        rest = [m for m in minutes if all(m is not pm for _, pm in paired)]
        if paired and not rest:
            return
        doer = pick(found, cue_at)
        chosen = None
        if len(minutes) <= 1:
            at = minutes[0].start if minutes else -1
            chosen = finisher(clause, found, cue_at, doer, self.doc.text, self.lang, at)
            doer = chosen or doer
        if doer is not None and doer is not UNCLEAR and doer.name and self._assisting(doer):
            doer = provider_antecedent(
                self._sentence.clauses, clause, self._found_in, self.doc.text, UNCLEAR
            )
        if doer is UNCLEAR:
            name = None
        else:
            name = self._resolve(doer) if doer is not None else self._inherit(clause)
        inherits = doer is not UNCLEAR and not subject_right_before(doer, cue_at, self.doc.text)
        if inherits and (
            verb_first(clause.text)
            and not any(c.marked for c in found)
            and not inverted_subject(clause, found, self.doc.text, self.lang)
        ):
            index = self._sentence.clauses.index(clause)
            subjects = [self._subject_at(i) for i in range(index)]
            name = inherited(self._sentence.clauses, index, subjects) or name
            clauses = self._sentence.clauses
            found_before = self._found_in(index - 2) if index >= 2 else []
            applies, who = after_apposition(clauses, index, found_before, self.doc.text)
            if not applies:
                applies, who = after_split_apposition(clauses, index, self._found_in, self.doc.text)
            if applies:
                name = self._resolve(who) if who is not None else None
            applies, who = after_relative(clauses, index, self._found_in, self.doc.text)
            if applies:
                name = self._resolve(who) if who is not None else None
        if moved_through(self.doc.text, found, name, self.cast.full_name):
            name = None  # `nach einem Konter über Y traf der Stürmer`: Y set it up
        for minute in rest:
            if cue_at < minute.start and held_until(self.doc.text, minute.start):
                self._held = (minute, self._sentence.index)
                continue
            if read_fronted(self, clause, minute):
                continue
            if read_after_had(self, clause, cue_at, minute):
                continue
            own_doer = self._nearest(found, minute, rest) if len(rest) > 1 else None
            own_doer = own_doer or self._second_doer(found, cue_at, minute)
            if not own_doer and read_described(self, clause, minute, rest, name, hint, assist):
                continue
            if not own_doer and len(rest) > 1 and self._named_before(found, minute, rest, doer):
                self.unplaced.add(clause.target)
                continue
            if not own_doer and len(rest) > 1 and self._someone_else(found, minute, rest, doer):
                self.unplaced.add(clause.target)
                continue
            if not own_doer and named_after(doer, minute, paired):
                continue  # `mit seinem Kopfballtor (81.) ... von Cesc Fàbregas (50.)`
            if len(minutes) > 1 and self._stranger_listed(minute, own_doer or name):
                self.unplaced.add(clause.target)
                continue
            flags = self._flags_near(clause, minute, rest) if len(rest) > 1 else (penalty, own)
            if ":" in before and goalcues.OWN_GOALS_LISTED.search(before):
                flags = (flags[0], True)
            self._add(clause, minute, own_doer or name, *flags, hint, assist)
        self._trailing = self._trailing_doer(found, minutes, clause) if minutes else None
        if not minutes and name and self._elaborates(clause):
            return
        if not minutes and chosen is not None and name:
            self._claims(clause, [chosen], chosen.end, name, penalty, own, hint)
        elif not minutes and name:
            self._claims(clause, found, cue_at, name, penalty, own, hint)
        elif not minutes and penalty and goalcues.ONE_OF_THEM.search(clause.text):
            multiple = [e for e in self.events if e.at >= self._sentence.sentence.start]
            if multiple and multiple[-1].count > 1:
                multiple[-1].penalty = True

    def _has_events_in(self, scene: Scene) -> bool:
        return len(self.events) > self._first_of_sentence
