"""Who scored, clause by clause: the subject, an earlier clause's, or "he" resolved."""

from __future__ import annotations

import re

from bot.reports.clauses.scenes import Clause, mentions_in_span
from bot.reports.goals import backrefs
from bot.reports.goals.conjuncts import SET_FREE
from bot.reports.goals.describedback import described_subject
from bot.reports.goals.doerwords import NOT_DOER
from bot.reports.goals.helpless import without_beaten_keepers
from bot.reports.goals.lastnamed import FOULED, last_named
from bot.reports.goals.penalty_award import converted_after_foul
from bot.reports.goals.scorers import Candidate, candidates
from bot.reports.goals.subjects import (
    COORDINATING,
    NOT_VERB,
    described_last,
    subject,
    unread_subject,
)
from bot.reports.goals.venuelead import venue_only
from bot.reports.goals.whenfinish import when_finisher
from bot.reports.patterns.keyed import Keyed


class DoerReading:
    """Mixed into GoalReader, which holds the cast, the sentence at hand and its clauses."""

    def _found_in(self, index: int) -> list[Candidate]:
        found = self._found.get(index)
        if found is None:
            clause = self._sentence.clauses[index]
            found = without_beaten_keepers(
                self.doc.text, clause.text, candidates(self.cast, clause)
            )
            self._found[index] = found
        return found

    def _subject_at(self, index: int) -> str | None:
        if index not in self._subjects:
            clause = self._sentence.clauses[index]
            found = [] if venue_only(clause.text) else self._found_in(index)
            subj = subject(found, clause, self.doc.text)
            if subj and subj.name and FOULED.match(self.doc.text, subj.end):
                subj = None  # `after X was brought down`: fouled, not the one who acts
            self._subjects[index] = self._resolve(subj) if subj else None
        return self._subjects[index]

    def _resolve(self, candidate: Candidate) -> str | None:
        if candidate.name:
            return self.cast.full_name(candidate.name)
        start = self._sentence.sentence.start
        if _joined_description(self.cast, start, candidate):
            return None
        if self.events and _LATER_OWN.match(self.doc.text, candidate.start):
            return self.events[-1].player  # `X's first came ..., his second arrived ...`
        named = last_named(self.cast, start, candidate.start)
        return named or described_subject(self.cast, start, candidate) or self.focus.resolve()

    def _someone_new(self, found: list[Candidate], carried, clause: Clause) -> bool:
        """ "Iwobi volleyed from distance in the 69th minute. Hazard finished": a minute
        that belonged to one named player's action is not another player's goal minute,
        unless that action won the penalty this clause puts away."""
        minute, _, before = carried
        if before is None or converted_after_foul(self.doc.text, minute, clause.text, self.lang):
            return False
        names = {self.cast.full_name(c.name) for c in found if c.eligible and c.name}
        return bool(names) and before not in names

    def _inherit(self, clause: Clause) -> str | None:
        start = self._sentence.sentence.start
        if self.events and _LATER_OWN_KEYED.search(clause.text):
            return self.events[-1].player
        if _unnamed_player(self.doc, clause) or _TEAM_SUBJECT.match(clause.text):
            return None
        if _DEFLECTED_BALL.match(clause.text):
            return None
        if backrefs.RELATIVE[self.lang].match(clause.text):
            return last_named(self.cast, start, clause.start, strict=False)
        if unread_subject(self.doc, clause):
            return None
        if self.lang == "de" and _named_after_verb(
            self.doc.text, clause, self._found_in(self._index)
        ):
            return None
        if self._trailing:
            return self._trailing
        if scorer := when_finisher(self, self._index):
            return scorer
        earlier = [(i, s) for i in range(self._index) if (s := self._subject_at(i))]
        if not earlier or described_last(self._sentence.clauses, self._index):
            return None
        strikers = [
            s for i, s in earlier if _STRIKE[self.lang].search(self._sentence.clauses[i].text)
        ]
        if strikers and not _STRIKE[self.lang].search(self._sentence.clauses[earlier[-1][0]].text):
            return strikers[-1]
        return earlier[-1][1]

    def _stranger_listed(self, minute, name: str | None) -> bool:
        """`Jonas Hofmann (83.) und Boniface (89.)`: a name listed before a bracketed
        minute is its scorer; one the cast does not know is nobody read so far."""
        if not minute.paren:
            return False
        listed = _LISTED_NAME.search(self.doc.text, max(0, minute.start - 40), minute.start)
        if listed is None:
            return False
        word = listed.group("name")
        return not name or word not in name.replace("-", " ").split()

    def _someone_else(self, found, minute, minutes, doer) -> bool:
        """ "X's 12th-minute goal was followed by Y's strike on 56 minutes": another name,
        not one beaten or passed to, stands between this minute and the one before."""
        since = max((m.end for m in minutes if m.end <= minute.start), default=None)
        if since is None or doer is None or not doer.name:
            return False
        text = self.doc.text
        for c in found:
            if not c.name or c.name == doer.name or not since <= c.start < minute.start:
                continue
            before = text[max(0, c.start - 20) : c.start].split()
            word = before[-1].lower() if before else ""
            if word not in NOT_DOER and not word.endswith(("keeper", "torhüter", "torwart")):
                return True
        return False


_ROLE = re.compile(
    r"\s+(?:player|defender|midfielder|forward|striker|winger|substitute|full-?back|"
    r"cent(?:re|er)-?back|goalkeeper|keeper)\b",
    re.I,
)


_LATER_OWN = re.compile(
    r"(?:his|her|sein|ihr)\s+(?:second|third|fourth|fifth|zweite[rs]|dritte[rs])\b", re.I
)
"""`His first came in the 17th minute, after Leão had torn down the left, and his second
followed in the 32nd`: a later goal of `his` is the last goal's scorer's, not the last
name's."""
_LATER_OWN_KEYED = Keyed(_LATER_OWN, "second|third|fourth|fifth|zweite|dritte")
"""For a search through a clause: each match holds one of the keys (lower-cased)."""
_TEAM_SUBJECT = re.compile(
    r"\s*(?:(?:and|but|und|aber|doch)\s+)?(?i:his|their|its|her|seine?|ihre?)\s+"
    r"(?:team|side|men|players|club|squad|Mannschaft|Elf|Team|Spieler|Truppe)\b"
)
"""`and his side scored`: the clause's subject is a team, no earlier clause's player."""
_LISTED_NAME = re.compile(r"(?:\bund|\bsowie|\band|,)\s+(?P<name>[A-ZÄÖÜ][\w'’-]+)\s*$")
_STRIKE = {
    "de": re.compile(
        r"\b(?:schoss|zog \w+ ab|zog ab|traf|köpfte|drosch|jagte|schob|hämmerte|lupfte|"
        r"chippte|zirkelte|schlenzte|spitzelte|vollendete|verwandelte|nagelte)\b",
        re.I,
    ),
    "en": re.compile(
        r"\b(?:shot|fired|struck|hit|curled|drilled|lashed|headed|volleyed|slotted|chipped|"
        r"blasted|drove|smashed|converted|finished|swept|stroked)\b",
        re.I,
    ),
}
"""`Oliveira schoss flach, die Mauer sprang hoch, Ronaldo drehte sich weg, und der Ball
rollte ins Eck`: a goal clause with no doer of its own is the last striker's, not the
last subject's."""


_JOINED_DESCRIPTION = re.compile(r"\b(?:and|und|but|aber|doch)\s+(?:the|der|die)\s+$", re.I)


def _joined_description(cast, start: int, candidate: Candidate) -> bool:
    """`Salah made it four on 66 minutes and the Uruguayan added his own second`, `X
    equalized before halftime, but the Brazilian restored Madrid's lead`: a
    description opening a conjunct after a clause whose subject is the one person the
    sentence names stands for someone else (the subject would be `he`), so it is nobody
    known; after `Dias fouled Benzema, and the French striker scored` it is the last one
    named, as ever."""
    text = cast.doc.text
    if not _JOINED_DESCRIPTION.search(text, max(start, candidate.start - 8), candidate.start + 4):
        return False
    named = cast.within(start, candidate.start)
    if len(named) != 1 or text[start : named[0].start].strip():
        return False
    return not SET_FREE.match(text, named[0].end, candidate.start)


_DEFLECTED_BALL = re.compile(
    r"\s*(?:(?:and|und)\s+)?(?:the|der)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:abgefälschte[nr]?\s+(?:Ball|Schuss)|deflected\s+(?:ball|shot|effort))\b"
)
"""`Brehme schoss einen Freistoß, Parker stellte sich in den Weg, und der abgefälschte Ball
senkte sich ins Netz`: the deflected ball tells no scorer, least of all the one it struck."""


def _unnamed_player(doc, clause: Clause) -> bool:
    """ "wenig später lenkte ein Schalker den Ball ins eigene Netz", "a Schalke defender
    turned it in": the clause has a doer of its own, a player it does not name, so the
    goal is no earlier clause's subject's."""
    for mention in mentions_in_span(doc, clause.start, clause.end):
        if mention.prep.lower() in ("ein", "einer"):
            return True
        if mention.prep.lower() in ("a", "an") and _ROLE.match(doc.text, mention.end):
            return True
    return False


def _named_after_verb(text: str, clause: Clause, found: list[Candidate]) -> bool:
    """`in der 41. Minute drückte Luan den Ball über die Linie`: German puts the subject
    after the verb when an adverbial opens the clause, so a name there is this clause's
    doer even where its verb is unknown, never an earlier clause's subject."""
    for candidate in found:
        if not candidate.name:
            continue
        words = text[clause.start : candidate.start].split()
        if len(words) < 2 or words[0].lower() in COORDINATING:
            return False
        last = words[-1]
        return last.isalpha() and last.islower() and last not in NOT_VERB
    return False
