"""Goals told without a minute ("scored twice"), kept apart to complete lists only."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.reports.clauses.scenes import SHOOTOUT, mentions_in_span
from bot.reports.goals import cues as goalcues
from bot.reports.goals.chancenoun import chance_noun
from bot.reports.goals.counted import counted_scorers
from bot.reports.goals.eachkick import kicks_for_each
from bot.reports.goals.goalbackref import names_the_goal_told
from bot.reports.goals.joinedgoals import joined_count
from bot.reports.goals.leftscorers import earlier_names, later_reply, reply_sides
from bot.reports.goals.namedkicks import in_named_kicks
from bot.reports.goals.notscored import tells_a_title
from bot.reports.goals.scorers import Candidate
from bot.reports.patterns.keyed import Keyed

_FOR_SIDE = re.compile(r"\s+(?:[a-zäöüß]+\s+){0,2}?(?:for|für)\s+(?:the\s+|die\s+|den\s+)?")
_NUMBERS = re.compile(r"\d+")
_ONE_OF = re.compile(
    r"\s*(?:the|der|das|den)\s+(?:first|second|third|latter|former|erste|zweite|dritte)\b",
    re.I,
)
_SUBORDINATE = re.compile(
    r"\s*(?:ehe|bevor|before|after|nachdem|while|während|but|aber|doch|als|when|until|bis)\b",
    re.I,
)
_CONTINUED = Keyed(
    re.compile(
        r"\b(?:the others|the rest|another|also|too|as well|auch|ebenfalls|zudem|außerdem)\b",
        re.I,
    ),
    "other|the rest|also|too|as well|auch|ebenfalls|zudem|außerdem",
)
_TALLY = Keyed(
    re.compile(
        r"\b(?:\d{1,3}|\w+zig|\w+ty) (?:goals|Tore|Treffer|Saisontore)\b|"
        r"\b(?:this|last|all) season\b|"
        r"\bcareer\b|\bso far\b|\bdiese[rn]? Saison\b|\bKarriere\b|\bbisher\b|\bSaisontor\w*|"
        r"\b\d{1,3}(?:st|nd|rd|th|\.) (?:goal|Tor|Treffer|Saisontor)\b",
        re.I,
    ),
    "goal|tor|treffer|season|career|so far|saison|karriere|bisher",
)
_QUOTES = "\"“„»«”"
_OWN_STRETCH = 50
"""How far past a scorer's name (up to the next) a kick cue is his: `Jugovic then levelled
the tie from the penalty spot and Nesta put Lazio ahead`."""
_JOINED = re.compile(r"\s*(?:,|and|und|&)\s*|\s+(?:and|und)\s+")
_OWN_NOUN = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}")
"""`X's penalty and Y's late header settled it`: a possessive before the goal noun of the
name joined by `and` makes it a scorer of its own as much as a verb right after it does."""
_JOINED_SUBJECT = re.compile(r"\s(?:und|and)\s+$")
"""Held by every match of SCORE_AFTER: a cheap test before it."""
_GOALS_FROM = re.compile(
    r"(?:goals|strikes|Tore|Toren|Treffer|Treffern)\s+"
    r"(?:(?:against|gegen)\s+(?:den\s+|die\s+|das\s+)?(?-i:[A-ZÄÖÜ][\w'’.-]*\s+){1,3})?"
    r"(?:(?:came|were scored|fielen)\s+)?"
    r"(?:from|by|von|durch)\s+$|(?:Tore|Treffer)\s+(?:erzielten|schossen|markierten)\s+$",
    re.I,
)

_PLURAL_VERB_DE = re.compile(
    r"(?:erhöhten|trafen|verkürzten|netzten|schossen|köpften|erzielten|markierten)\s+"
    r"(?:(?:dann|noch|schließlich|später|zudem|außerdem)\s+)?"
)
"""`kurz nach Wiederanpfiff erhöhten Robbie Keane und Aaron Lennon`: a plural goal verb
before the names it inverts is each name's goal, as `X und Y trafen` is."""


@dataclass
class GoalEvent:
    target: str
    at: int
    player: str | None
    minute: int | None
    added: int | None = None
    penalty: bool = False
    own_goal: bool = False
    inferred: bool = False
    count: int = 1
    hint: tuple[str | None, bool] = (None, False)
    score: tuple[int, int] | None = None
    assist: str | None = None
    evidence: str = ""
    from_end: bool = False


class ClaimReading:
    """Mixed into GoalReader: the minute-less statements of a clause."""

    def _claims(self, clause, found, cue_at, name, penalty, own, hint) -> None:
        """Minute-less goals: "X and Y scored twice each", "Vinícius doppelt getroffen"."""
        if _TALLY.search(clause.text) or clause.start < getattr(self, "_list_end", -1):
            return
        if self._sentence.sentence.text[:1] in _QUOTES:
            return  # `"One goal is nothing," he said`: words said, no goal told
        if tells_a_title(clause.text):
            return
        sentence_end = self._sentence.sentence.end
        if chance_noun(self.doc.text, cue_at) and goalcues.MISS[self.lang].search(
            self.doc.text[cue_at:sentence_end]
        ):
            return
        if self._count_listed(clause, found):
            return
        multiple = goalcues.MULTIPLE[self.lang].search(clause.text)
        count = 1 if not multiple else 2 if multiple.group("two") else 3
        if count == 1:
            count = joined_count(self.doc.text, clause, cue_at, found, self.lang)
        doers = [c for c in found if c.eligible and c.name]
        if not any(c.start < cue_at for c in doers):
            doers = self._listed_after(doers, [c for c in found if c.name], cue_at)
        else:
            doers = [c for c in doers if c.start < cue_at]
            doers = earlier_names(self, clause, doers) + doers
        if len(doers) > 1 and count > 1 and not goalcues.SHARE.search(clause.text):
            doers = doers[-1:]
        later = [c for c in found if c.start > cue_at and self._joined_scorer(c, doers)]
        later += [c for c in in_named_kicks(clause, found) if all(c is not d for d in doers)]
        doers += later
        sides = {id(c): self._side_after(c) for c in found + doers}
        doers += [c for c in found if c.eligible and c.name and c.start > cue_at and sides[id(c)]]
        replies = later_reply(self.doc.text, found, doers, cue_at)
        doers += replies
        doers.sort(key=lambda c: c.start)
        for index in range(len(doers) - 2, -1, -1):
            joined = self.doc.text[doers[index].end : doers[index + 1].start]
            if not sides[id(doers[index])] and _JOINED.fullmatch(joined):
                sides[id(doers[index])] = sides[id(doers[index + 1])]
        if (
            hint[0] is None
            and _CONTINUED.search(clause.text)
            and not _SUBORDINATE.match(clause.text)
            and not mentions_in_span(self.doc, clause.start, clause.end)
        ):
            hint = self._claim_hint
        self._claim_hint = hint
        hint = reply_sides(sides, replies, doers, hint)
        if len(doers) > 1 and any(sides[id(d)] for d in doers):
            hint = (None, False)
        pen_each = goalcues.PENALTY[self.lang]
        own_each_cue = goalcues.OWN_GOAL[self.lang]
        evidence = self._sentence.sentence.text
        if not doers:
            self.events.append(
                GoalEvent(
                    clause.target,
                    clause.start,
                    name,
                    None,
                    None,
                    penalty,
                    own,
                    count=count,
                    hint=hint,
                    evidence=evidence,
                )
            )
        each_kick = kicks_for_each(self.doc.text, self.lang, doers, clause.end)
        for index, doer in enumerate(doers):
            stop = doers[index + 1].start if index + 1 < len(doers) else clause.end
            after = self.doc.text[doer.end : min(stop, doer.end + _OWN_STRETCH)]
            mine = penalty if len(doers) == 1 else each_kick or bool(pen_each.search(after))
            own_each = own if len(doers) == 1 else bool(own_each_cue.search(after))
            side = sides.get(id(doer))
            self.events.append(
                GoalEvent(
                    clause.target,
                    clause.start,
                    self.cast.full_name(doer.name),
                    None,
                    None,
                    mine,
                    own_each,
                    count=_own_count(self, doer, stop) if any(doer is c for c in later) else count,
                    hint=(side, False) if side else hint,
                    score=goalcues.running_score(clause.text),
                    evidence=evidence,
                )
            )
        if penalty and count > 1 and goalcues.ONE_OF_THEM.search(clause.text):
            self.events[-1].penalty = True

    def _count_listed(self, clause, found) -> bool:
        """ "Gnabry scored twice and Lewandowski once": each name with its own count."""
        listed = counted_scorers(self.doc.text, found, clause.end)
        for doer, count in listed:
            full = self.cast.full_name(doer.name)
            evidence = self._sentence.sentence.text
            self.events.append(
                GoalEvent(clause.target, clause.start, full, None, count=count, evidence=evidence)
            )
        return bool(listed)

    def _joined_scorer(self, candidate: Candidate, doers: list[Candidate]) -> bool:
        """ "X scored in the first half and Y added the second": a name joined by "and"
        after the first scorer, with a goal verb of its own right after it."""
        if not (candidate.eligible and candidate.name and doers) or candidate in doers:
            return False
        text = self.doc.text
        if not _JOINED_SUBJECT.search(
            text, max(doers[-1].end, candidate.start - 6), candidate.start
        ):
            return False
        after = text[candidate.end : candidate.end + 40]
        verb = goalcues.GOAL[self.lang].search(after)
        if verb is not None and after.startswith(("'s ", "’s ")):
            return bool(_OWN_NOUN.fullmatch(after[: verb.start()]))
        return verb is not None and not after[: verb.start()].strip()

    def _elaborates(self, clause) -> bool:
        """ "two headers, in the 12th and 33rd minutes, the second from a free kick": a
        clause telling one of the goals just counted is no goal of its own."""
        if names_the_goal_told(self, clause):
            return True
        return bool(_ONE_OF.match(clause.text)) and len(self.events) - self._first_of_sentence > 1

    def _line_match(self, scene) -> None:
        """ "Senegal 1, Tunisia 0, aet" then "Goal: Bronn (own goal) 101st": a goals line
        belongs to the result on the line right above it, whatever its clauses name."""
        text = self.doc.text
        start = scene.sentence.start
        begin = text.rfind("\n", 0, start)
        if begin < 0 or text[begin:start].strip():
            return
        above = text.rfind("\n", 0, begin) + 1
        teams = {m.team for m in mentions_in_span(self.doc, above, begin)}
        numbers = _NUMBERS.findall(text[above:begin])
        fits = []
        for target in self.pairing.targets():
            match = self.pairing.match_for(target)
            if match is None or match.score is None or {match.home, match.away} != teams:
                continue
            if all(str(goals) in numbers for goals in match.score):
                fits.append(target)
        if len(fits) != 1:
            return
        colon = text.find(":", start)
        for clause in scene.clauses:
            named = {m.team for m in mentions_in_span(self.doc, clause.start, clause.end)}
            if clause.end > colon and named <= teams and clause.target != SHOOTOUT:
                clause.target = fits[0]

    def _listed_after(self, doers, named: list[Candidate], cue_at: int) -> list[Candidate]:
        """ "with goals from Reus and Adeyemi", "durch Tore von Reus und Adeyemi": every
        name of the list after a plural goals-from; otherwise the first name only."""
        text = self.doc.text
        named = [c for c in named if c.start > cue_at]
        between = text[cue_at : named[0].start] if named else ""
        if not named or not (_GOALS_FROM.match(between) or _PLURAL_VERB_DE.fullmatch(between)):
            return doers[:1]
        listed = named[:1]
        for doer in named[1:] + self._later_names():
            if not _JOINED.fullmatch(text[listed[-1].end : doer.start]):
                break
            listed.append(doer)
        if len(listed) < 2:
            return doers[:1]
        self._list_end = listed[-1].end
        return listed

    def _later_names(self) -> list[Candidate]:
        """The names of the sentence's later clauses, where a list of scorers split at its
        commas runs on (`goals from Haidara, Hwang and Lainer followed`)."""
        clauses = self._sentence.clauses
        return [
            c for i in range(self._index + 1, len(clauses)) for c in self._found_in(i) if c.name
        ]

    def _side_after(self, candidate: Candidate) -> str | None:
        """ "Salah for Liverpool", "Kane für die Bayern": the side named right after a name."""
        text = self.doc.text
        hit = _FOR_SIDE.match(text, candidate.end)
        if not hit:
            return None
        for mention in mentions_in_span(self.doc, hit.end(), hit.end() + 2):
            return mention.team
        return None


def _own_count(reading, doer: Candidate, stop: int) -> int:
    """The goals of a scorer joined later in the clause: his own "twice", else one."""
    multiple = goalcues.MULTIPLE[reading.lang].search(reading.doc.text[doer.end : stop])
    return 1 if not multiple else 2 if multiple.group("two") else 3
