"""Goal statements read clause by clause, so each minute finds its scorer and match."""

from __future__ import annotations

import re

from bot.reports.clauses.focus import Focus
from bot.reports.clauses.minutes import Minute
from bot.reports.clauses.scenes import FOREIGN, MAIN, SHOOTOUT, Scene
from bot.reports.goals import cues as goalcues
from bot.reports.goals.assists import AssistReading
from bot.reports.goals.blanks import BlankReading
from bot.reports.goals.claims import ClaimReading, GoalEvent
from bot.reports.goals.clauseevents import ClauseEventReading
from bot.reports.goals.closingminute import closing_minute
from bot.reports.goals.clues import ClueReading
from bot.reports.goals.colonlist import counted_times, listed_after_colon
from bot.reports.goals.doers import DoerReading
from bot.reports.goals.eventlog import EventLog
from bot.reports.goals.frontedgoal import fronted_goal
from bot.reports.goals.goalastime import goal_only_as_time
from bot.reports.goals.heldlead import ended_hold, held_blank, held_lead
from bot.reports.goals.keeperbeaten import beaten_keeper
from bot.reports.goals.keepertor import keeper_cue
from bot.reports.goals.minutes import MinuteReading
from bot.reports.goals.notgiven import drop_not_given
from bot.reports.goals.notscored import misses, one_of_the_saves, tells_no_goal
from bot.reports.goals.ordinal import ordinal_minute, ordinal_subject
from bot.reports.goals.overturned import overturned_in_aside
from bot.reports.goals.rebound import after_save
from bot.reports.goals.savedafter import kept_out_next
from bot.reports.goals.scoredagain import scored_again
from bot.reports.goals.scorers import Candidate, Cast
from bot.reports.goals.teams import sentence_hint
from bot.reports.goals.toldhow import told_how
from bot.reports.goals.wonkick import won_kick_only

_ANY = re.compile(r"\S")
"""The clause's first character: a cue for a goal the clause tells without a cue word."""


class GoalReader(
    EventLog,
    ClaimReading,
    ClueReading,
    AssistReading,
    BlankReading,
    MinuteReading,
    DoerReading,
    ClauseEventReading,
):
    """Walks the scenes of one document and collects goal events."""

    def __init__(self, cast: Cast, minutes: list[Minute], pairing) -> None:
        self.cast = cast
        self.doc = cast.doc
        self.lang = cast.doc.lang if cast.doc.lang in ("de", "en") else "en"
        self.minutes = minutes
        self._minute_starts = [m.start for m in minutes]
        self._times = [(m.start, m.minute, m.added) for m in minutes if m.minute is not None]
        self._counted: set[Minute] = set()
        self._previous_start = 0
        self.pairing = pairing
        self.events: list[GoalEvent] = []
        self.unplaced: set[str] = set()
        self.focus = Focus(cast)
        self._pending: tuple[Minute, int, str | None] | None = None
        self._blank: tuple[GoalEvent, int] | None = None
        self._line: tuple[int, int] = (0, 0)
        self._assist_named: tuple[int, str | None] | None = None

    def read(self, scenes: list[Scene]) -> list[GoalEvent]:
        for scene in scenes:
            before = len(self.events)
            if scene.negative:
                self._pending = None
                self._retract(scene)
            else:
                held = held_lead(self, scene)
                self._scene(scene)
                drop_not_given(self.events, before, scene.sentence)
                self._pending = held or self._pending
            self._previous_start = scene.sentence.start
            if len(self.events) > before:
                self._join_blank(scene, self.events[before:])
            else:  # nothing new: `_join_blank` would only forget the blank waiting
                self._blank = held_blank(self, scene)
            scorers = [e.player for e in self.events[before:] if e.player]
            self.focus.close_sentence(scorers, (scene.sentence.start, scene.sentence.end))
        return self.events

    def _scene(self, scene: Scene) -> None:
        self._as_other_result(scene)
        self._by_score(scene)
        self._sentence = scene
        self._first_of_sentence = len(self.events)
        self._subjects: dict[int, str | None] = {}
        self._found: dict[int, list[Candidate]] = {}
        self._claim_hint: tuple[str | None, bool] = (None, False)
        self._trailing: str | None = None
        waiting: Minute | None = None
        waiting_subject: str | None = None
        self._scored_last = False
        carried = self._pending
        self._pending = None
        # Each match of GOALS_LINE holds a colon: without one, no search.
        text = scene.sentence.text
        goals_line = ":" in text and goalcues.GOALS_LINE.search(text) is not None
        if goals_line:
            self._line_match(scene)
        claimed = 0
        read_to = ordinal_subject(self, scene)
        for index, clause in enumerate(scene.clauses):
            self._index = index
            if clause.target in (FOREIGN, SHOOTOUT) or clause.start < read_to:
                continue
            inside = self._minutes_in(clause)
            minutes = (
                [m for m in inside if self._usable_minute(m, clause, inside)] if inside else inside
            )
            cue = goalcues.GOAL[self.lang].search(clause.text)
            if not (cue or minutes) and self._scored_last and told_how(clause.text, self.lang):
                continue  # `, collecting the ball ..., beating the keeper,`: still that goal
            if cue is None and self.lang == "en":
                cue = beaten_keeper(self, clause)
            if cue is None and minutes and fronted_goal(self, clause, minutes[0]):
                cue = _ANY.search(clause.text)  # `After the opener by X (12), ...`
            if cue is not None and goalcues.KEEPER_GOAL.search(clause.text):
                blank = goalcues.KEEPER_GOAL.sub(lambda m: " " * len(m.group()), clause.text)
                cue = goalcues.GOAL[self.lang].search(blank)
            if self.lang == "de":
                cue = keeper_cue(self.cast, clause, cue, goalcues.GOAL["de"])
            if cue is None and not minutes:
                continue
            if goals_line and cue is None and minutes:
                cue = _ANY.search(clause.text)
            if cue is None and len(minutes) > 1 and ":" in text:
                cue = listed_after_colon(self.doc.text, scene.sentence.start, clause, minutes)
            if cue is None and len(minutes) == 1 and index and ":" in text:
                cue = counted_times(self, scene, index)
            if misses(clause.text, self.lang):
                cue, held = after_save(scene.clauses, index, minutes, cue, self.lang)
                if cue is None:
                    waiting, waiting_subject = (held, None) if held else (waiting, waiting_subject)
                    closing_minute(self, scene.clauses, index, minutes)
                    continue
            if tells_no_goal(clause.text, self.lang) or one_of_the_saves(
                scene.clauses, index, self.lang
            ):
                continue
            if won_kick_only(clause.text, self.lang, bool(minutes)):
                continue  # `holte einen Foulelfmeter heraus, den X verwandelte (13.)`
            if not minutes and goal_only_as_time(clause.text, self.lang):
                continue  # `once the second goal went in`: a goal told before
            if not minutes and clause.target != MAIN and overturned_in_aside(clause.text):
                continue  # `, whose goals had turned a 3-0 first-leg defeat ...,`
            if kept_out_next(scene.clauses, index, bool(minutes)):
                continue
            found = self._found_in(index)
            if cue is None and minutes and self._scored_last and self._elliptic(found, minutes):
                cue = _ANY.search(clause.text)
            if cue is None and minutes and self._scored_last and scored_again(clause.text):
                cue = _ANY.search(clause.text)
            if cue is None and minutes and self._scored_last:
                if self._timed_apposition(clause, minutes, claimed):
                    continue
                if self._timed_when(clause, minutes, claimed):
                    continue
                if ordinal_minute(self, clause, minutes, claimed):
                    self._scored_last = False
                    continue
            if cue is None and self._paired(found, minutes, False):
                if not goalcues.OTHER_EVENT.search(scene.sentence.text):
                    cue = _ANY.search(clause.text)
            self._scored_last = False
            if cue is None:
                if len(minutes) == 1 and not goalcues.OTHER_EVENT.search(clause.text):
                    waiting, waiting_subject = minutes[0], self._subject_at(index)
                elif goalcues.OTHER_EVENT.search(clause.text):
                    waiting = None
                continue
            count_before = len(self.events)
            if minutes:
                carried = None  # `Cardiff led in the 19th. Liverpool levelled in the 60th when X`
            minutes = minutes or ended_hold(self, clause)
            if not minutes and waiting is not None:
                minutes, waiting = [waiting], None
            elif not minutes and carried is not None and carried[1] == scene.paragraph:
                if not self._someone_new(found, carried, clause):
                    minutes = [carried[0]]
                carried = None
            self._clause_events(clause, found, minutes, cue, goals_line)
            if minutes and len(self.events) > count_before:
                headed_kick(self.doc.text, minutes[0], clause, self.events[count_before:])
            if minutes and len(self.events) == count_before:
                self.unplaced.add(clause.target)
            self._scored_last = len(self.events) > count_before
            claimed = count_before
        if waiting is not None and not self._has_events_in(scene):
            self._pending = (waiting, scene.paragraph, waiting_subject)
        elif carried is not None and heads_its_line(self.doc.text, carried[0]):
            if carried[1] == scene.paragraph and self._quiet(scene):
                self._pending = carried  # `41. Minute: Elfmeter! X handled. Y verwandelt sicher`
        first = self._first_of_sentence
        if len(self.events) <= first:
            return  # no goal told: no blank to name, no time to score (most sentences)
        self._name_blank(scene, self.events[first:])
        timed = [e for e in self.events[first:] if e.minute is not None]
        if len(timed) != 1:
            return
        if timed[0].score is None:
            timed[0].score = goalcues.running_score(scene.sentence.text)
        lead = sentence_hint(self.doc, scene.sentence, self.pairing)
        if lead[1] and timed[0].hint[0] is None:
            timed[0].hint = lead

    def _quiet(self, scene: Scene) -> bool:
        """A sentence that tells no goal and no minute: the paragraph's heading minute
        carries past it."""
        if self.events and self.events[-1].at >= scene.sentence.start:
            return False
        if goalcues.GOAL[self.lang].search(scene.sentence.text):
            return False
        return not any(self._minutes_in(clause) for clause in scene.clauses)


def heads_its_line(text: str, minute: Minute) -> bool:
    """The minute opens its line before a colon (`41. Minute: ...`, a live report's heading;
    not `Fünf Minuten vor dem Abpfiff fiel die Entscheidung.`)."""
    line = text.rfind("\n", 0, minute.start) + 1
    after = text[minute.end : minute.end + 2].strip()
    colon = text[minute.start : minute.end].endswith(":") or after == ":"
    return colon and not text[line : minute.start].strip()


_HEADED_KICK = re.compile(
    r"\b(?:Elfmeter|Strafsto(?:ß|ss)|Foulelfmeter|Handelfmeter|PENALTY|Penalty)\b"
)
_CONVERTS = re.compile(r"\b(?:verwandel\w*|converts?|converted|scores|scored)\b", re.I)


def headed_kick(text: str, minute: Minute, clause, events: list[GoalEvent]) -> None:
    """`41. Minute: Elfmeter für Russland! ... Dsjuba verwandelt sicher`: the line's heading
    names the kick its goal puts away."""
    if minute.start >= clause.start or not heads_its_line(text, minute):
        return
    if text.find("\n", minute.start, clause.start) != -1:
        return
    if _HEADED_KICK.search(text, minute.start, clause.start) and _CONVERTS.search(clause.text):
        for event in events:
            event.penalty = True
