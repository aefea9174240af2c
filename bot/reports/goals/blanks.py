"""A goal timed without a name, named by the `when` clause or the sentence after it."""

from __future__ import annotations

import re

from bot.reports.clauses.scenes import Clause, Scene
from bot.reports.goals import cues as goalcues
from bot.reports.goals.claims import GoalEvent
from bot.reports.goals.conjuncts import UNCLEAR, finisher
from bot.reports.goals.scorers import Candidate, candidates, pick

_WHEN = re.compile(r"\s*(?:when|as|als|indem)\s", re.I)
_AND = re.compile(r"\s*(?:and|und)\s", re.I)
_ASIDE = re.compile(r"\s*(?:on|at|in|just|right|shortly|moments|seconds|kurz|genau)\s", re.I)
_WORD = re.compile(r"[^\W\d]{2,}")
_CONVERTED = re.compile(
    r"\b(?:verwandelte|verwandelt|converted|converts|netted|dispatched)\b", re.I
)
"""`Acht Minuten vor dem Ende gab es Handelfmeter für Inter, Lukaku verwandelte sicher`:
the penalty timed in one clause is the goal of the player who converts it in the next."""
_ABSOLUTE = re.compile(
    r"\s*(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2}\s+(?:sliding|turning|heading|"
    r"firing|poking|tapping|volleying|curling|slotting|converting|finishing|nodding|stabbing|"
    r"sweeping|rifling|drilling|smashing|lashing|scoring|glancing|bundling|prodding|"
    r"steering|side-footing|driving|striking|chipping|lifting|squeezing|forcing)\b"
)
"""`Liverpool drew level in the 68th minute, Collymore sliding in at the far post`: the
side scores in one clause, the player named by the absolute clause after it, his name
right before a finishing verb in -ing (not `McAteer crossing for Collymore`)."""


class BlankReading:
    """Mixed into GoalReader, which holds the cast, the document and the events."""

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
        after = starts.index(event.at) + 1
        if after + 1 < len(starts) and self._aside(scene.clauses[after]):
            after += 1  # `won it in the 105th minute, on the stroke of half-time, when X scored`
        clause = scene.clauses[after]
        own = scene.clauses[starts.index(event.at)]
        colon = ":" in self.doc.text[own.end : clause.start]
        converted = event.penalty and _CONVERTED.search(clause.text)
        absolute = self.lang == "en" and _ABSOLUTE.match(clause.text) is not None
        if clause.target != event.target or not (
            _WHEN.match(clause.text) or colon or converted or absolute
        ):
            return
        if any(e.at == clause.start and e.minute is not None for e in new):
            return
        if colon and not (_WHEN.match(clause.text) or converted):
            clause = self._colon_scorer_clause(scene, clause)
            if clause is None:
                return
        found = candidates(self.cast, clause)
        named = [c for c in found if c.name and c.eligible]
        chosen = self._finisher_of_one(clause, found)
        if chosen is UNCLEAR:
            return
        if chosen is None and (
            not named or len(self.doc.text[clause.start : named[0].start].split()) > 1
        ):
            return
        event.player = self.cast.full_name((chosen or named[0]).name)
        event.own_goal = event.own_goal or bool(goalcues.OWN_GOAL[self.lang].search(clause.text))
        event.penalty = event.penalty or bool(goalcues.PENALTY[self.lang].search(clause.text))
        for claim in [e for e in new if e.at == clause.start and e.minute is None]:
            self.events.remove(claim)

    def _aside(self, clause: Clause) -> bool:
        """A phrase between a goal's time and its `when` clause that tells no one and nothing
        of its own: no name, number, goal word or verb-like `when`."""
        text = clause.text
        if _WHEN.match(text) or any(ch.isdigit() for ch in text) or len(text.split()) > 8:
            return False
        if self.cast.within(clause.start, clause.end):
            return False
        return _ASIDE.match(text) is not None and not goalcues.GOAL[self.lang].search(text)

    def _colon_scorer_clause(self, scene: Scene, clause: Clause) -> Clause | None:
        """`stand es 1:0: Roberto Carlos verlor den Ball, und Roy Makaay schob ein`: after
        the colon the clause that tells the goal names the scorer; a clause with a verb
        but no goal word tells what led to it (the one who lost the ball), so the name
        comes from the `and` clause right after it that tells the goal, or from none."""
        if goalcues.GOAL[self.lang].search(clause.text) or not self._tells_more(clause):
            return clause
        index = scene.clauses.index(clause) + 1
        if index >= len(scene.clauses):
            return None
        after = scene.clauses[index]
        if after.target != clause.target or not _AND.match(after.text):
            return None
        return after if goalcues.GOAL[self.lang].search(after.text) else None

    def _tells_more(self, clause: Clause) -> bool:
        """Whether a clause holds three or more words besides the names in it (`Roberto
        Carlos verlor den Ball`), not a bare scorer (`Müller (12.)`)."""
        text = clause.text
        for c in sorted(candidates(self.cast, clause), key=lambda c: -c.start):
            if c.name:
                text = text[: c.start - clause.start] + " " + text[c.end - clause.start :]
        return len(_WORD.findall(text)) >= 3

    def _finisher_of_one(self, clause: Clause, found: list[Candidate]) -> Candidate | None:
        """The finisher of a `when` clause telling the one goal timed just before it."""
        cue = goalcues.GOAL[self.lang].search(clause.text)
        if cue is None:
            return None
        cue_at = clause.start + cue.start()
        doer = pick(found, cue_at)
        chosen = finisher(clause, found, cue_at, doer, self.doc.text, self.lang, clause.start - 1)
        if chosen is None and doer is not None and doer.name and _joined(self, clause, found, doer):
            return doer
        return chosen

    def _join_blank(self, scene: Scene, new: list[GoalEvent]) -> None:
        """ "The second goal arrived in the 32nd minute. X finished ..." is one goal by X."""
        blank = self._blank
        self._blank = None
        timed = [e for e in new if e.minute is not None]
        claims = [e for e in new if e.minute is None]
        if (
            blank
            and len(claims) == 1
            and claims[0].count == 1
            and _first_and_before(claims, timed, blank)
            and not _LATER.search(claims[0].evidence)
        ):
            event, paragraph = blank
            if paragraph >= scene.paragraph - 1 and claims[0].target == event.target:
                event.player = claims[0].player
                event.penalty = event.penalty or claims[0].penalty
                event.own_goal = event.own_goal or claims[0].own_goal
                self.events.remove(claims[0])
                return
        if len(timed) == 1 and timed[0].player is None and not claims:
            self._blank = (timed[0], scene.paragraph)


_JOINED = re.compile(r"\s(?:and|und)\s+$")
_LATER = re.compile(
    r"\b(?:minutes?|moments?|seconds?|Minuten|Sekunden)\s+(?:later|afterwards|after that|"
    r"später|danach|darauf)\b|\bshortly after(?:wards)?\b|\bkurz darauf\b",
    re.I,
)
"""`Eder Militao headed in a corner four minutes later`: a claim told as later than the
goal before is another goal, never that blank goal told again."""


def _joined(reader, clause: Clause, found: list[Candidate], doer: Candidate) -> bool:
    """`when Kane was brought down and Musiala converted the penalty`: the doer of the goal
    verb joined by `and` after another name is the finisher, not the clause's first name."""
    if not _JOINED.search(reader.doc.text, clause.start, doer.start):
        return False
    return any(c.name and c.eligible and c.start < doer.start for c in found)


def _first_and_before(claims, timed, blank) -> bool:
    """`The Timbers needed just 27 seconds ... Diego Valeri scored the fastest goal, Rodney
    Wallace added a second in the seventh minute`: the one claim, told before the timed
    goals of its sentence, all later than the blank's time, is the blank's scorer."""
    if not timed:
        return True
    minute = blank[0].minute
    return claims[0].at < min(e.at for e in timed) and all(e.minute > minute for e in timed)
